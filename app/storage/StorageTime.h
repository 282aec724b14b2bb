#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace motcua {

class Statement;

// How the store writes times: INTEGER milliseconds since the Unix epoch (UTC), read back as local
// times in Asia/Ho_Chi_Minh (no daylight saving, so the mapping is one to one). Invalid times are NULL.
namespace storage_time {

qint64 nowMs();
qint64 toMs(const QDateTime& time);
QDateTime fromMs(qint64 ms);
void bind(Statement& statement, int index, const QDateTime& time);
QDateTime read(const Statement& statement, int column);

// Dates without time: TEXT 'YYYY-MM-DD' or NULL.
void bindDate(Statement& statement, int index, const QDate& date);
QDate readDate(const Statement& statement, int column);

} // namespace storage_time
} // namespace motcua
