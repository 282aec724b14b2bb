#pragma once

#include <QDateTime>

namespace motcua::sync {

// How far the registry's clock is from this computer's, measured on every answer (SYNC-PROTOCOL.md §4).
// Token life and Retry-After dates are judged on the server's clock; the desk's own clock is never
// changed, only reported when it is off.
class ClockSkew
{
public:
    static constexpr qint64 kWarnMs = 120 * 1000;

    // `sentAt`/`receivedAt` are this computer's clock around the request; `serverTime` from the answer.
    void observe(const QDateTime& sentAt, const QDateTime& receivedAt, const QDateTime& serverTime);
    bool known() const { return m_known; }
    // serverTime − local time, in milliseconds (positive: the server is ahead).
    qint64 skewMs() const { return m_skewMs; }
    QDateTime serverNow(const QDateTime& localNow = QDateTime::currentDateTimeUtc()) const;
    bool isOff() const { return m_known && qAbs(m_skewMs) > kWarnMs; }

private:
    bool m_known = false;
    qint64 m_skewMs = 0;
};

} // namespace motcua::sync
