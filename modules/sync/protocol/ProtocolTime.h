#pragma once

#include <QDateTime>
#include <QString>

namespace motcua::sync {

// Timestamps on the wire: RFC 3339 with milliseconds. The server writes UTC ("…Z"); desks may send their
// local offset ("+07:00"). Parsing accepts both and answers an invalid QDateTime for anything else.
class ProtocolTime
{
public:
    static QString format(const QDateTime& time);
    static QDateTime parse(const QString& text);
    // Retry-After: delta-seconds or an HTTP-date; `serverNow` turns a date into a delay. -1 when absent
    // or unreadable.
    static qint64 retryAfterMs(const QByteArray& header, const QDateTime& serverNow);
};

} // namespace motcua::sync
