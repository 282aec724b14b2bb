#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace motcua::sync {

// One HTTP response of the registry simulator, written to the socket by hand so that faults (delays,
// resets, truncation, wrong content types) can be injected at the byte level.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject& object, int status = 200);
    // A protocol error body (SYNC-PROTOCOL.md §2); `extra` members are merged into the top level.
    static HttpReply error(int status, const char* code, const QString& message, bool retryable,
                           const QJsonObject& extra = {});

    QByteArray serialise(const QDateTime& serverTime) const;
};

} // namespace motcua::sync
