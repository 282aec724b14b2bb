#include "OfficeHours.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace motcua {

OfficeHours::OfficeHours() : m_intervals{{7 * 3600 + 30 * 60, 11 * 3600 + 30 * 60}, {13 * 3600 + 30 * 60, 17 * 3600}} {}

Result<OfficeHours> OfficeHours::fromIntervals(const QList<Interval>& intervals)
{
    if (intervals.isEmpty())
        return Result<OfficeHours>::failure(QStringLiteral("calendar.bad_office_hours"),
                                            QStringLiteral("office hours need at least one interval"));
    int previousEnd = -1;
    for (const auto& i : intervals) {
        if (i.from < 0 || i.to > 24 * 3600 || i.from >= i.to || i.from < previousEnd)
            return Result<OfficeHours>::failure(
                QStringLiteral("calendar.bad_office_hours"),
                QStringLiteral("office hours must be increasing, non-overlapping intervals within one day"));
        previousEnd = i.to;
    }
    OfficeHours hours;
    hours.m_intervals = intervals;
    return hours;
}

Result<OfficeHours> OfficeHours::fromJson(const QJsonValue& value)
{
    const auto fail = [](const QString& why) {
        return Result<OfficeHours>::failure(QStringLiteral("calendar.bad_office_hours"), why);
    };
    if (!value.isArray())
        return fail(QStringLiteral("officeHours must be an array of [\"HH:MM\", \"HH:MM\"] pairs"));
    QList<Interval> intervals;
    for (const auto& pairValue : value.toArray()) {
        const QJsonArray pair = pairValue.toArray();
        if (pair.size() != 2)
            return fail(QStringLiteral("each officeHours entry must be a [\"HH:MM\", \"HH:MM\"] pair"));
        const auto from = parseTime(pair.at(0).toString());
        const auto to = parseTime(pair.at(1).toString());
        if (!from || !to)
            return fail(QStringLiteral("officeHours times must be written HH:MM"));
        intervals.append({*from, *to});
    }
    return fromIntervals(intervals);
}

QJsonValue OfficeHours::toJson() const
{
    QJsonArray array;
    for (const auto& i : m_intervals)
        array.append(QJsonArray{formatTime(i.from), formatTime(i.to)});
    return array;
}

int OfficeHours::secondsPerDay() const
{
    int total = 0;
    for (const auto& i : m_intervals)
        total += i.to - i.from;
    return total;
}

bool OfficeHours::contains(int secondOfDay) const
{
    for (const auto& i : m_intervals)
        if (secondOfDay >= i.from && secondOfDay < i.to)
            return true;
    return false;
}

QString OfficeHours::formatTime(int secondOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay % 3600 / 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> OfficeHours::parseTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    // 24:00 is allowed as the end of the day.
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 3600 + minutes * 60;
}

} // namespace motcua
