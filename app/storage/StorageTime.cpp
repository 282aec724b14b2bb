#include "StorageTime.h"

#include "Statement.h"

#include <QTimeZone>

namespace motcua::storage_time {

namespace {

const QTimeZone& vietnam()
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return zone;
}

} // namespace

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 toMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, vietnam());
}

void bind(Statement& statement, int index, const QDateTime& time)
{
    if (time.isValid())
        statement.bind(index, time.toMSecsSinceEpoch());
    else
        statement.bindNull(index);
}

QDateTime read(const Statement& statement, int column)
{
    return statement.isNull(column) ? QDateTime() : fromMs(statement.int64(column));
}

void bindDate(Statement& statement, int index, const QDate& date)
{
    if (date.isValid())
        statement.bind(index, date.toString(Qt::ISODate));
    else
        statement.bindNull(index);
}

QDate readDate(const Statement& statement, int column)
{
    return statement.isNull(column) ? QDate() : QDate::fromString(statement.text(column), Qt::ISODate);
}

} // namespace motcua::storage_time
