#pragma once

#include "Procedure.h"
#include "Result.h"
#include "WorkCalendar.h"

#include <QDateTime>
#include <QTimeZone>

namespace motcua {

// Why counting does not start at the moment of reception.
enum class CountingStart {
    AtReception,        // received during office hours
    AfterCutoff,        // received after 15:00 under the 15:00 rule → opening of the next working day
    OutsideOfficeHours, // before opening, in the lunch break or after closing → next office-hours moment
    NonWorkingDay,      // weekend or holiday (online reception) → opening of the next working day
};
QString countingStartKey(CountingStart start); // "at-reception", "after-cutoff", "outside-office-hours", …

struct DueDate
{
    QDateTime received;      // in Asia/Ho_Chi_Minh
    QDateTime countingStart; // from when the period runs (for calendar days: 00:00 of the first day counted)
    CountingStart startRule = CountingStart::AtReception;
    QDateTime due; // in Asia/Ho_Chi_Minh, whole minutes (seconds dropped)
};

// Computes the appointment date printed on the receipt (DOMAIN.md §4.3), to the minute, from a
// reception time, a legal duration and a working calendar. The rules and the choices made where the
// law is silent are in docs/CALENDAR.md; the policy choices are calendar data (DuePolicy).
//
// The result is provisional: the provincial system is the system of record for NgayHenTra.
class DueDateCalculator
{
public:
    explicit DueDateCalculator(WorkCalendar calendar);

    // `duration` in `unit`; fractional working days and hours are allowed, calendar days must be whole,
    // same-day ignores it. `after15hNextDay`: received after the cut-off (15:00) → counting starts
    // at the opening of the next working day.
    Result<DueDate> compute(const QDateTime& received, double duration, DurationUnit unit, bool after15hNextDay) const;
    Result<DueDate> compute(const QDateTime& received, const Procedure& procedure) const;

    const WorkCalendar& calendar() const { return m_calendar; }
    static QTimeZone zone(); // Asia/Ho_Chi_Minh

    static constexpr double kMaxDuration = 3660; // days, working days or hours; beyond is a data error

private:
    struct Moment
    {
        QDate date;
        int second = 0; // since local midnight
    };
    Result<Moment> startOfCounting(Moment received, bool after15hNextDay, CountingStart& rule) const;
    Result<Moment> addWorkingSeconds(Moment start, qint64 seconds) const;
    QDateTime toDateTime(Moment moment) const;

    WorkCalendar m_calendar;
};

} // namespace motcua
