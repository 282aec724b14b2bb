#include "FaultInjector.h"

namespace motcua::sync {

FaultInjector::FaultInjector(FaultPlan plan)
{
    setPlan(plan);
}

void FaultInjector::setPlan(const FaultPlan& plan)
{
    m_plan = plan;
    m_random.seed(plan.seed != 0 ? plan.seed : QRandomGenerator::system()->generate());
}

bool FaultInjector::roll(double rate)
{
    return rate > 0 && m_random.generateDouble() < rate;
}

FaultInjector::Early FaultInjector::early()
{
    if (roll(m_plan.resetBeforeCommitRate)) {
        count("resetBeforeCommit");
        return Early::Reset;
    }
    if (roll(m_plan.errorRate)) {
        count("error500");
        return Early::Error;
    }
    if (roll(m_plan.throttleRate)) {
        count("throttle429");
        return Early::Throttle;
    }
    if (roll(m_plan.unavailableRate)) {
        count("unavailable503");
        return Early::Unavailable;
    }
    if (roll(m_plan.redirectRate)) {
        count("redirect");
        return Early::Redirect;
    }
    return Early::None;
}

bool FaultInjector::resetAfterCommit(bool isWrite)
{
    if (!isWrite || !roll(m_plan.resetAfterCommitRate))
        return false;
    count("resetAfterCommit");
    return true;
}

bool FaultInjector::duplicate()
{
    if (!roll(m_plan.duplicateRate))
        return false;
    count("duplicate");
    return true;
}

FaultInjector::Malformed FaultInjector::malformed()
{
    if (!roll(m_plan.malformedRate))
        return Malformed::None;
    count("malformed");
    switch (m_random.bounded(5)) {
    case 0:
        return Malformed::Garbage;
    case 1:
        return Malformed::Truncated;
    case 2:
        return Malformed::Html;
    case 3:
        return Malformed::WrongShape;
    default:
        return Malformed::Oversized;
    }
}

int FaultInjector::latencyMs()
{
    if (m_plan.latencyMs <= 0)
        return 0;
    const int half = m_plan.latencyMs / 2;
    return half + static_cast<int>(m_random.bounded(m_plan.latencyMs - half + 1));
}

qint64 FaultInjector::uploadDelayMs(qint64 bytes) const
{
    if (m_plan.uploadBytesPerSecond <= 0)
        return 0;
    return bytes * 1000 / m_plan.uploadBytesPerSecond;
}

QJsonObject FaultInjector::injected() const
{
    QJsonObject out;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace motcua::sync
