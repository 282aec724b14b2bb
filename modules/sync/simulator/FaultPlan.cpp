#include "FaultPlan.h"

namespace motcua::sync {

bool FaultPlan::any() const
{
    return latencyMs > 0 || errorRate > 0 || throttleRate > 0 || unavailableRate > 0 || resetBeforeCommitRate > 0 ||
           resetAfterCommitRate > 0 || duplicateRate > 0 || malformedRate > 0 || redirectRate > 0 ||
           uploadBytesPerSecond > 0;
}

QJsonObject FaultPlan::toJson() const
{
    return {{QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("errorRate"), errorRate},
            {QStringLiteral("throttleRate"), throttleRate},
            {QStringLiteral("unavailableRate"), unavailableRate},
            {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
            {QStringLiteral("resetBeforeCommitRate"), resetBeforeCommitRate},
            {QStringLiteral("resetAfterCommitRate"), resetAfterCommitRate},
            {QStringLiteral("duplicateRate"), duplicateRate},
            {QStringLiteral("malformedRate"), malformedRate},
            {QStringLiteral("redirectRate"), redirectRate},
            {QStringLiteral("uploadBytesPerSecond"), uploadBytesPerSecond},
            {QStringLiteral("seed"), static_cast<qint64>(seed)}};
}

} // namespace motcua::sync
