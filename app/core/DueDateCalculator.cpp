#include "DueDateCalculator.h"

#include <cmath>

namespace motcua {

QString countingStartKey(CountingStart start)
{
    switch (start) {
    case CountingStart::AtReception:
        return QStringLiteral("at-reception");
    case CountingStart::AfterCutoff:
        return QStringLiteral("after-cutoff");
    case CountingStart::OutsideOfficeHours:
        return QStringLiteral("outside-office-hours");
    case CountingStart::NonWorkingDay:
        return QStringLiteral("non-working-day");
    }
    return {};
}

namespace {

constexpr int kSecondsPerDay = 24 * 3600;
constexpr int kLastMinute = kSecondsPerDay - 60; // 23:59, how "the end of the day" is printed
constexpr int kSearchLimitDays = 3660 * 2;

Error noWorkingDay()
{
    return Error{QStringLiteral("due.no_working_day"), QStringLiteral("the calendar has no working day in reach")};
}

} // namespace

DueDateCalculator::DueDateCalculator(WorkCalendar calendar) : m_calendar(std::move(calendar)) {}

QTimeZone DueDateCalculator::zone()
{
    static const QTimeZone vietnam("Asia/Ho_Chi_Minh");
    // Without tzdata, UTC+7 is still right: Vietnam has had no daylight saving time since 1975.
    return vietnam.isValid() ? vietnam : QTimeZone(7 * 3600);
}

QDateTime DueDateCalculator::toDateTime(Moment moment) const
{
    QDate date = moment.date;
    int second = moment.second;
    if (second >= kSecondsPerDay) { // an office closing at 24:00
        date = date.addDays(second / kSecondsPerDay);
        second %= kSecondsPerDay;
    }
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(second * 1000), zone());
}

Result<DueDateCalculator::Moment> DueDateCalculator::startOfCounting(Moment received, bool after15hNextDay,
                                                                     CountingStart& rule) const
{
    const OfficeHours& hours = m_calendar.officeHours();
    const auto nextOpening = [&](CountingStart why) -> Result<Moment> {
        rule = why;
        const QDate next = m_calendar.nextWorkingDay(received.date);
        if (!next.isValid())
            return noWorkingDay();
        return Moment{next, hours.opening()};
    };
    if (!m_calendar.isWorkingDay(received.date))
        return nextOpening(CountingStart::NonWorkingDay);
    // "Sau 15 giờ": 15:00 itself is still the same day, 15:00:01 is not.
    if (after15hNextDay && received.second > m_calendar.policy().cutoffSecond)
        return nextOpening(CountingStart::AfterCutoff);
    if (received.second >= hours.closing())
        return nextOpening(CountingStart::OutsideOfficeHours);
    rule = CountingStart::OutsideOfficeHours;
    for (const auto& interval : hours.intervals()) {
        if (received.second < interval.from)
            return Moment{received.date, interval.from}; // before opening or in the lunch break
        if (received.second < interval.to) {
            rule = CountingStart::AtReception;
            return received;
        }
    }
    return nextOpening(CountingStart::OutsideOfficeHours); // not reached: closing() is the last interval's end
}

// Walks office-hours intervals forward from `start` until `seconds` of working time have passed. A
// period that is used up exactly at the end of an interval ends there (17:00), not at the next opening.
Result<DueDateCalculator::Moment> DueDateCalculator::addWorkingSeconds(Moment start, qint64 seconds) const
{
    const OfficeHours& hours = m_calendar.officeHours();
    qint64 remaining = seconds;
    Moment cursor = start;
    for (int i = 0; i < kSearchLimitDays; ++i) {
        if (m_calendar.isWorkingDay(cursor.date)) {
            for (const auto& interval : hours.intervals()) {
                if (interval.to <= cursor.second)
                    continue;
                const int from = std::max(cursor.second, interval.from);
                const qint64 available = interval.to - from;
                if (remaining <= available)
                    return Moment{cursor.date, from + static_cast<int>(remaining)};
                remaining -= available;
            }
        }
        cursor = Moment{cursor.date.addDays(1), 0};
    }
    return noWorkingDay();
}

Result<DueDate> DueDateCalculator::compute(const QDateTime& received, double duration, DurationUnit unit,
                                           bool after15hNextDay) const
{
    if (!received.isValid())
        return Result<DueDate>::failure(QStringLiteral("due.bad_received"), QStringLiteral("invalid reception time"));
    if (unit != DurationUnit::SameDay) {
        if (!std::isfinite(duration) || duration <= 0 || duration > kMaxDuration)
            return Result<DueDate>::failure(
                QStringLiteral("due.bad_duration"),
                QStringLiteral("duration must be greater than 0 and at most %1").arg(kMaxDuration));
        if (unit == DurationUnit::CalendarDays && duration != std::floor(duration))
            return Result<DueDate>::failure(QStringLiteral("due.bad_duration"),
                                            QStringLiteral("a period in calendar days must be a whole number"));
    }

    DueDate result;
    result.received = received.toTimeZone(zone());
    const Moment at{result.received.date(), result.received.time().msecsSinceStartOfDay() / 1000};
    auto start = startOfCounting(at, after15hNextDay, result.startRule);
    if (!start)
        return start.error();
    result.countingStart = toDateTime(*start);

    const OfficeHours& hours = m_calendar.officeHours();
    Moment due;
    switch (unit) {
    case DurationUnit::SameDay:
        // "Trong ngày": by the close of the day counting starts on.
        due = Moment{start->date, hours.closing()};
        break;
    case DurationUnit::WorkingHours: {
        auto end = addWorkingSeconds(*start, std::llround(duration * 3600));
        if (!end)
            return end.error();
        due = *end;
        break;
    }
    case DurationUnit::WorkingDays: {
        auto end = addWorkingSeconds(*start, std::llround(duration * hours.secondsPerDay()));
        if (!end)
            return end.error();
        due = *end;
        if (m_calendar.policy().workingDays == DuePolicy::WorkingDays::EndOfDay)
            due.second = hours.closing();
        break;
    }
    case DurationUnit::CalendarDays: {
        // BLDS Điều 147: the day of the event is not counted; under the 15:00 rule the period is counted
        // from the next working day instead. Điều 148: it ends with its last day, or with the next
        // working day when the last day is a weekend day or a holiday.
        const QDate first = result.startRule == CountingStart::AfterCutoff ? start->date : at.date.addDays(1);
        QDate last = first.addDays(static_cast<qint64>(duration) - 1);
        int guard = 0;
        while (!m_calendar.isWorkingDay(last)) {
            last = last.addDays(1);
            if (++guard > kSearchLimitDays)
                return noWorkingDay();
        }
        result.countingStart = toDateTime(Moment{first, 0});
        const bool midnight = m_calendar.policy().calendarDaysEnd == DuePolicy::CalendarDaysEnd::Midnight;
        due = Moment{last, midnight ? kLastMinute : hours.closing()};
        break;
    }
    }
    due.second -= due.second % 60; // printed to the minute; rounding down never promises a later time
    result.due = toDateTime(due);
    return result;
}

Result<DueDate> DueDateCalculator::compute(const QDateTime& received, const Procedure& procedure) const
{
    return compute(received, procedure.duration, procedure.unit, procedure.after15hNextDay);
}

} // namespace motcua
