#pragma once

#include "FaultPlan.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

namespace motcua::sync {

// Rolls the dice of a FaultPlan for each request and counts what it injected (printed by the simulator
// on exit, so a test can tell that a fault kind really happened).
class FaultInjector
{
public:
    enum class Early { None, Reset, Error, Throttle, Unavailable, Redirect };
    enum class Malformed { None, Garbage, Truncated, Html, WrongShape, Oversized };

    explicit FaultInjector(FaultPlan plan = {});

    const FaultPlan& plan() const { return m_plan; }
    void setPlan(const FaultPlan& plan);

    Early early();
    bool resetAfterCommit(bool isWrite);
    bool duplicate();
    Malformed malformed();
    int latencyMs();
    qint64 uploadDelayMs(qint64 bytes) const;

    QJsonObject injected() const;

private:
    bool roll(double rate);
    void count(const char* name) { ++m_counts[QLatin1String(name)]; }

    FaultPlan m_plan;
    QRandomGenerator m_random;
    QHash<QString, qint64> m_counts;
};

} // namespace motcua::sync
