#include "Procedure.h"

namespace motcua {

QString durationUnitKey(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::WorkingDays:
        return QStringLiteral("working-days");
    case DurationUnit::WorkingHours:
        return QStringLiteral("working-hours");
    case DurationUnit::CalendarDays:
        return QStringLiteral("days");
    case DurationUnit::SameDay:
        return QStringLiteral("same-day");
    }
    return {};
}

std::optional<DurationUnit> durationUnitFromKey(const QString& key)
{
    for (DurationUnit u :
         {DurationUnit::WorkingDays, DurationUnit::WorkingHours, DurationUnit::CalendarDays, DurationUnit::SameDay})
        if (durationUnitKey(u) == key)
            return u;
    return std::nullopt;
}

} // namespace motcua
