#pragma once

#include "DuePolicy.h"
#include "OfficeHours.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace motcua {

// A statutory holiday as a rule: a solar or lunar anchor date, an offset and a number of days.
// Tết is {lunar 1/1, offset −1, 5 days}: the last day of the lunar year and the first four days.
struct HolidayRule
{
    enum class Basis { Solar, Lunar };

    QString id; // stable key, e.g. "tet", "hung-kings"; a later layer with the same id replaces it
    QString name;
    QString nameEn;
    Basis basis = Basis::Solar;
    int month = 1;
    int day = 1;
    int offsetDays = 0;
    int days = 1;
    bool makeUp = true;  // a day on the weekly rest day is made up on the next working day (BLLĐ Điều 111.3)
    QDate validFrom;     // occurrences before this date are ignored (e.g. 24/11 from 01/07/2026)
    QDate validUntil;    // and after this one; null = open
    QString source;      // legal basis
    QString evidence;    // DOMAIN.md tag: V, S, I or U
    bool enabled = true; // a layer can switch a built-in rule off

    // The Gregorian dates of the occurrence whose anchor falls in (solar or lunar) year `year`,
    // before validFrom/validUntil filtering.
    QList<QDate> occurrence(int year) const;
};

// A day named by an official notice.
struct NoticeDay
{
    QDate date;
    QString name;
    QString kind; // days off: "make-up" or "day-off"; working days: "working-day"
    QString note;
    bool verified = true;
};

// What one year's official notice (Thông báo of Bộ Nội vụ, formerly Bộ LĐ-TB&XH) decides for the civil
// service: the dates of Tết and of the second National Day, make-up days, swapped days off and the
// weekend days worked in exchange.
struct YearNotice
{
    int year = 0;
    QString source;
    QString evidence;
    bool verified = true;
    QString note;
    QHash<QString, QList<QDate>> holidayDates; // rule id → the dates that replace the rule's own this year
    QHash<QString, bool> makeUp;               // rule id → make-up switched on/off this year
    QList<NoticeDay> daysOff;
    QList<NoticeDay> workingDays; // weekend days worked (làm bù)
    QList<QDate> cancelled;       // computed days off that the notice takes back
};

// One calendar data file (resources/calendar/*.json or --calendar FILE). Every part is optional; a
// layer merged over another replaces what it sets and adds its rules and notices.
struct CalendarLayer
{
    static constexpr auto kFormat = "motcua-calendar/1";

    QString origin; // file path or resource, for messages
    QString id;
    QString title;
    QString source;
    QString province; // when set, a built-in layer applies only to that province's calendar

    std::optional<QList<int>> weekend; // ISO weekdays, 6 = Saturday, 7 = Sunday
    std::optional<OfficeHours> officeHours;
    std::optional<int> cutoffSecond;
    std::optional<DuePolicy::WorkingDays> workingDays;
    std::optional<DuePolicy::CalendarDaysEnd> calendarDaysEnd;
    QList<HolidayRule> holidays;
    QList<YearNotice> notices;

    static Result<CalendarLayer> parse(const QByteArray& json, const QString& origin);
    static Result<CalendarLayer> load(const QString& path); // a file or a ":/calendar/…" resource
};

} // namespace motcua
