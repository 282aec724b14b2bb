#include "ProtocolTime.h"

#include <QLocale>

namespace motcua::sync {

QString ProtocolTime::format(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ProtocolTime::parse(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // A timestamp without an offset is ambiguous on the wire: refuse it rather than guess the zone.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {};
    return t;
}

qint64 ProtocolTime::retryAfterMs(const QByteArray& header, const QDateTime& serverNow)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds * 1000;
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime parsed =
        QLocale::c().toDateTime(QString::fromLatin1(value.left(25)), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!parsed.isValid() || !serverNow.isValid())
        return -1;
    const QDateTime date(parsed.date(), parsed.time(), Qt::UTC);
    return qMax<qint64>(0, serverNow.msecsTo(date));
}

} // namespace motcua::sync
