#include "WorkCalendar.h"

#include <QDir>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <algorithm>

namespace motcua {

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::MakeUp:
        return QStringLiteral("make-up");
    case DayKind::DayOff:
        return QStringLiteral("day-off");
    case DayKind::WorkingWeekend:
        return QStringLiteral("working-day");
    }
    return {};
}

// Computed years, shared by copies of one calendar; merge() starts a new one.
struct WorkCalendar::Cache
{
    QMutex mutex;
    QHash<int, QList<CalendarDay>> years;
};

WorkCalendar::WorkCalendar() : m_cache(std::make_shared<Cache>()) {}

namespace {

constexpr auto kBuiltInDirectory = ":/calendar";
constexpr auto kBaseFile = "vn-base.json";
constexpr int kSearchLimitDays = 3660;

// The base file first, then the others by name (vn-2025.json, vn-2026.json, …).
QStringList layerFiles(const QString& directory)
{
    QStringList files = QDir(directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const QString base = QLatin1String(kBaseFile);
    if (files.removeAll(base) > 0)
        files.prepend(base);
    return files;
}

} // namespace

Result<WorkCalendar> WorkCalendar::fromDirectory(const QString& directory, const QString& province)
{
    const QStringList files = layerFiles(directory);
    if (!files.contains(QLatin1String(kBaseFile)))
        return Result<WorkCalendar>::failure(
            QStringLiteral("calendar.missing_builtin"),
            QStringLiteral("no %1 in %2: the calendar data is missing").arg(QLatin1String(kBaseFile), directory));
    WorkCalendar calendar;
    for (const QString& name : files) {
        auto layer = CalendarLayer::load(QDir(directory).filePath(name));
        if (!layer)
            return layer.error();
        if (!layer->province.isEmpty() && layer->province != province)
            continue;
        calendar.merge(layer.value());
    }
    return calendar;
}

Result<WorkCalendar> WorkCalendar::builtIn(const QString& province)
{
    return fromDirectory(QLatin1String(kBuiltInDirectory), province);
}

void WorkCalendar::merge(const CalendarLayer& layer)
{
    if (layer.weekend)
        m_weekend = *layer.weekend;
    if (layer.officeHours)
        m_officeHours = *layer.officeHours;
    if (layer.cutoffSecond)
        m_policy.cutoffSecond = *layer.cutoffSecond;
    if (layer.workingDays)
        m_policy.workingDays = *layer.workingDays;
    if (layer.calendarDaysEnd)
        m_policy.calendarDaysEnd = *layer.calendarDaysEnd;
    for (const HolidayRule& rule : layer.holidays) {
        auto existing = std::find_if(m_rules.begin(), m_rules.end(), [&](const auto& r) { return r.id == rule.id; });
        if (existing != m_rules.end())
            *existing = rule;
        else
            m_rules.append(rule);
    }
    m_notices.append(layer.notices);
    m_layers.append(layer.id);
    m_cache = std::make_shared<Cache>();
}

Status WorkCalendar::mergeFile(const QString& path)
{
    auto layer = CalendarLayer::load(path);
    if (!layer)
        return layer.error();
    merge(layer.value());
    return Status::success();
}

QList<YearNotice> WorkCalendar::notices(int year) const
{
    QList<YearNotice> result;
    for (const auto& n : m_notices)
        if (n.year == year)
            result.append(n);
    return result;
}

bool WorkCalendar::isWeeklyRestDay(QDate date) const
{
    return m_weekend.contains(date.dayOfWeek());
}

// The dates a rule gives in `year`: a notice's dates when one names them, else the rule's own.
// Lunar rules are asked for the lunar year too, since month 11/12 occurrences spill into January.
QList<QDate> WorkCalendar::ruleDates(const HolidayRule& rule, int year) const
{
    if (!rule.enabled)
        return {};
    QList<QDate> dates;
    bool fromNotice = false;
    for (const auto& n : m_notices) {
        if (n.year == year && n.holidayDates.contains(rule.id)) {
            dates = n.holidayDates.value(rule.id); // later notices win
            fromNotice = true;
        }
    }
    if (!fromNotice)
        dates = rule.occurrence(year);
    QList<QDate> valid;
    for (const QDate& d : dates) {
        if (rule.validFrom.isValid() && d < rule.validFrom)
            continue;
        if (rule.validUntil.isValid() && d > rule.validUntil)
            continue;
        valid.append(d);
    }
    return valid;
}

bool WorkCalendar::makeUpApplies(const HolidayRule& rule, int year) const
{
    bool makeUp = rule.makeUp;
    for (const auto& n : m_notices)
        if (n.year == year && n.makeUp.contains(rule.id))
            makeUp = n.makeUp.value(rule.id);
    return makeUp;
}

QList<CalendarDay> WorkCalendar::computeYear(int year) const
{
    // Holidays of the neighbouring years too: a make-up day can cross New Year.
    QMap<QDate, CalendarDay> days;
    struct Pending
    {
        QDate date;
        const HolidayRule* rule;
    };
    QList<Pending> toMakeUp;
    for (int y = year - 1; y <= year + 1; ++y) {
        for (const HolidayRule& rule : m_rules) {
            for (const QDate& d : ruleDates(rule, y)) {
                if (days.contains(d))
                    continue;
                CalendarDay day;
                day.date = d;
                day.kind = DayKind::Holiday;
                day.name = rule.name;
                day.ruleId = rule.id;
                day.source = rule.source;
                day.verified = rule.evidence != QLatin1String("U");
                day.onWeekend = isWeeklyRestDay(d);
                days.insert(d, day);
                if (day.onWeekend && makeUpApplies(rule, y))
                    toMakeUp.append({d, &rule});
            }
        }
    }
    // BLLĐ Điều 111 khoản 3: a holiday on the weekly rest day is made up on the next working day,
    // one after another when several fall on the weekend (Tết).
    std::sort(toMakeUp.begin(), toMakeUp.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    for (const auto& p : toMakeUp) {
        QDate d = p.date.addDays(1);
        while (isWeeklyRestDay(d) || days.contains(d))
            d = d.addDays(1);
        CalendarDay day;
        day.date = d;
        day.kind = DayKind::MakeUp;
        day.name = QStringLiteral("Nghỉ bù %1").arg(p.rule->name);
        day.ruleId = p.rule->id;
        day.source = p.rule->source;
        day.verified = p.rule->evidence != QLatin1String("U");
        days.insert(d, day);
    }
    // Then what each year's notice decides, in the order the layers were merged.
    for (const auto& n : m_notices) {
        if (n.year < year - 1 || n.year > year + 1)
            continue;
        for (const QDate& d : n.cancelled)
            days.remove(d);
        for (const NoticeDay& nd : n.daysOff) {
            CalendarDay day;
            day.date = nd.date;
            day.kind = nd.kind == QLatin1String("make-up") ? DayKind::MakeUp : DayKind::DayOff;
            day.name = nd.name;
            day.source = n.source;
            day.verified = nd.verified;
            day.onWeekend = isWeeklyRestDay(nd.date);
            days.insert(nd.date, day);
        }
        for (const NoticeDay& nd : n.workingDays) {
            CalendarDay day;
            day.date = nd.date;
            day.kind = DayKind::WorkingWeekend;
            day.name = nd.name;
            day.source = n.source;
            day.verified = nd.verified;
            day.onWeekend = isWeeklyRestDay(nd.date);
            days.insert(nd.date, day);
        }
    }
    QList<CalendarDay> result;
    for (const auto& day : days)
        if (day.date.year() == year)
            result.append(day);
    return result;
}

QList<CalendarDay> WorkCalendar::specialDays(int year) const
{
    QMutexLocker lock(&m_cache->mutex);
    auto it = m_cache->years.constFind(year);
    if (it != m_cache->years.constEnd())
        return *it;
    lock.unlock();
    QList<CalendarDay> computed = computeYear(year);
    lock.relock();
    m_cache->years.insert(year, computed);
    return computed;
}

std::optional<CalendarDay> WorkCalendar::specialDay(QDate date) const
{
    if (!date.isValid())
        return std::nullopt;
    const QList<CalendarDay> days = specialDays(date.year());
    auto it = std::lower_bound(days.begin(), days.end(), date,
                               [](const CalendarDay& d, const QDate& value) { return d.date < value; });
    if (it != days.end() && it->date == date)
        return *it;
    return std::nullopt;
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    if (const auto special = specialDay(date))
        return special->kind == DayKind::WorkingWeekend;
    return !isWeeklyRestDay(date);
}

QDate WorkCalendar::nextWorkingDay(QDate date) const
{
    QDate d = date.addDays(1);
    for (int i = 0; i < kSearchLimitDays; ++i, d = d.addDays(1))
        if (isWorkingDay(d))
            return d;
    return {};
}

} // namespace motcua
