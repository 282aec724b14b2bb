#pragma once

#include "Result.h"

#include <QJsonValue>
#include <QList>
#include <QTime>
#include <optional>

namespace motcua {

// The hours of a working day during which the office works, as sorted, non-overlapping intervals
// (default 07:30–11:30 and 13:30–17:00; each province sets its own). Working-hour deadlines only
// advance inside these intervals, so the lunch break and the night do not count.
class OfficeHours
{
public:
    struct Interval
    {
        int from = 0; // seconds since midnight
        int to = 0;   // exclusive end, seconds since midnight
    };

    OfficeHours(); // the national default
    static Result<OfficeHours> fromIntervals(const QList<Interval>& intervals);
    // JSON form: [["07:30", "11:30"], ["13:30", "17:00"]].
    static Result<OfficeHours> fromJson(const QJsonValue& value);
    QJsonValue toJson() const;

    const QList<Interval>& intervals() const { return m_intervals; }
    int opening() const { return m_intervals.first().from; } // seconds since midnight
    int closing() const { return m_intervals.last().to; }
    int secondsPerDay() const; // 7.5 h = 27000 s by default
    bool contains(int secondOfDay) const;

    static QString formatTime(int secondOfDay); // "07:30"
    static std::optional<int> parseTime(const QString& text);

private:
    QList<Interval> m_intervals;
};

} // namespace motcua
