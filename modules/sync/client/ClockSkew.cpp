#include "ClockSkew.h"

namespace motcua::sync {

void ClockSkew::observe(const QDateTime& sentAt, const QDateTime& receivedAt, const QDateTime& serverTime)
{
    if (!sentAt.isValid() || !receivedAt.isValid() || !serverTime.isValid())
        return;
    // The server stamped its answer somewhere during the round trip; the middle is the best guess.
    const qint64 middle = sentAt.toMSecsSinceEpoch() + sentAt.msecsTo(receivedAt) / 2;
    m_skewMs = serverTime.toMSecsSinceEpoch() - middle;
    m_known = true;
}

QDateTime ClockSkew::serverNow(const QDateTime& localNow) const
{
    return localNow.toUTC().addMSecs(m_skewMs);
}

} // namespace motcua::sync
