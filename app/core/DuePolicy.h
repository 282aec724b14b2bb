#pragma once

namespace motcua {

// The choices a due-date computation makes where the law is silent (docs/CALENDAR.md). They are
// calendar data (the "dueDate" object of a calendar file) so a province can change them.
struct DuePolicy
{
    // How "N working days" maps to an hour on the receipt.
    enum class WorkingDays {
        // N × the length of a working day in office hours, counted from the start of counting:
        // received Tue 09:10 + 3 working days → Fri 09:10. What provincial systems print.
        Elapsed,
        // As Elapsed, then moved to the closing time of the day it lands on (→ Fri 17:00).
        EndOfDay,
    };
    // Where a period in calendar days ends on its last day (BLDS Điều 148 khoản 6 says 24:00).
    enum class CalendarDaysEnd {
        OfficeClose, // the office's closing time: the result can only be handed over during office hours
        Midnight,    // 23:59, the last minute of the legal end of the day
    };

    int cutoffSecond = 15 * 3600; // the 15:00 rule: received after this ("sau 15 giờ") → next working day
    WorkingDays workingDays = WorkingDays::Elapsed;
    CalendarDaysEnd calendarDaysEnd = CalendarDaysEnd::OfficeClose;
};

} // namespace motcua
