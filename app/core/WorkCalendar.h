#pragma once

#include "CalendarLayer.h"
#include "DuePolicy.h"
#include "OfficeHours.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace motcua {

// Why a day is not an ordinary weekday or weekend day.
enum class DayKind {
    Holiday,        // statutory holiday (ngày nghỉ lễ, tết), also when it falls on the weekend
    MakeUp,         // nghỉ bù for a holiday that fell on the weekly rest day
    DayOff,         // extra day off set by a notice (swapped working day, hoán đổi)
    WorkingWeekend, // weekend day worked in exchange (làm bù)
};
QString dayKindKey(DayKind kind); // "holiday", "make-up", "day-off", "working-day"

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name;   // Vietnamese, e.g. "Giỗ Tổ Hùng Vương"
    QString ruleId; // holiday rule behind it, if any
    QString source; // legal basis or notice
    bool verified = true;
    bool onWeekend = false; // falls on a weekly rest day

    bool isDayOff() const { return kind != DayKind::WorkingWeekend; }
};

// The working-day calendar of a commune office: weekly rest days, statutory holidays (solar and
// lunar), make-up days, each year's official notices, office hours and the due-date policy — all of it
// data (resources/calendar/*.json, merged in order, then any --calendar FILE), nothing hard-coded.
// Copies are cheap and share a cache of computed years; the class is safe to use from several threads.
class WorkCalendar
{
public:
    // An empty calendar: Monday–Friday, default office hours, no holidays.
    WorkCalendar();

    // The calendar compiled into the program (":/calendar/": vn-base.json first, then the yearly files
    // in name order). Layers that name a province apply only when `province` matches.
    static Result<WorkCalendar> builtIn(const QString& province = {});
    // The built-in layers read from a folder instead of resources (tests, tools).
    static Result<WorkCalendar> fromDirectory(const QString& directory, const QString& province = {});

    // Merges a layer over this calendar: what it sets replaces, rules with the same id are replaced,
    // notices are added.
    void merge(const CalendarLayer& layer);
    Status mergeFile(const QString& path);

    bool isWeeklyRestDay(QDate date) const;
    bool isWorkingDay(QDate date) const;
    // The first working day strictly after `date`; invalid if none within ten years.
    QDate nextWorkingDay(QDate date) const;
    std::optional<CalendarDay> specialDay(QDate date) const;
    // Holidays, make-up days, swapped days off and weekend days worked in `year`, by date.
    QList<CalendarDay> specialDays(int year) const;

    const OfficeHours& officeHours() const { return m_officeHours; }
    const DuePolicy& policy() const { return m_policy; }
    const QList<int>& weekend() const { return m_weekend; }
    const QList<HolidayRule>& rules() const { return m_rules; }
    // Ids of the merged layers, in order, e.g. ["vn-base", "vn-2025", "vn-2026", "my-province"].
    const QStringList& layers() const { return m_layers; }
    // Notices known for `year` (empty when only the statutory rules apply).
    QList<YearNotice> notices(int year) const;

private:
    struct Cache;
    QList<CalendarDay> computeYear(int year) const;
    QList<QDate> ruleDates(const HolidayRule& rule, int year) const;
    bool makeUpApplies(const HolidayRule& rule, int year) const;

    QList<int> m_weekend{6, 7};
    OfficeHours m_officeHours;
    DuePolicy m_policy;
    QList<HolidayRule> m_rules;
    QList<YearNotice> m_notices;
    QStringList m_layers;
    std::shared_ptr<Cache> m_cache;
};

} // namespace motcua
