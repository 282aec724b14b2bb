// motcua-cli calendar: due dates and the holiday calendar, on the same core code as the desk.
//
//   motcua-cli calendar due --received 2026-02-13T15:20 --procedure 2.000815 --json
//   motcua-cli calendar due --received 2026-02-13T09:10 --duration 3 --unit working-days
//   motcua-cli calendar holidays --year 2026 --json
#include "Catalogue.h"
#include "CliCommand.h"
#include "DueDateCalculator.h"
#include "LunarCalendar.h"
#include "WorkCalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace motcua {
int resourcesAnchor(); // resources/resources_anchor.cpp: keeps the compiled-in data linked
} // namespace motcua

namespace motcua::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text); // lupdate's context for these free functions
}

const QCommandLineOption kCalendarOption(QStringLiteral("calendar"),
                                         QStringLiteral("Calendar file merged over the built-in calendar."),
                                         QStringLiteral("FILE"));

QString isoMinute(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString human(const QDateTime& t)
{
    return QLocale().dayName(t.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           t.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// "YYYY-MM-DDTHH:MM[:SS]" in Asia/Ho_Chi_Minh, or with "Z" / "±HH:MM" for another offset.
std::optional<QDateTime> parseReceived(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(Z|[+-][0-9]{2}:[0-9]{2})?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = m.captured(7);
    if (offset.isEmpty())
        return QDateTime(date, time, DueDateCalculator::zone());
    if (offset == QLatin1String("Z"))
        return QDateTime(date, time, QTimeZone::utc());
    const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
    const int hours = offset.mid(1, 2).toInt();
    const int minutes = offset.mid(4, 2).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
}

// The built-in calendar with --calendar FILE merged over it. Returns an exit code on error.
std::optional<int> loadCalendar(CliInvocation& cli, const QCommandLineParser& parser, WorkCalendar& calendar)
{
    resourcesAnchor();
    auto builtIn = WorkCalendar::builtIn();
    if (!builtIn)
        return cli.failed(builtIn.error().message);
    calendar = builtIn.value();
    if (parser.isSet(kCalendarOption)) {
        const Status merged = calendar.mergeFile(parser.value(kCalendarOption));
        if (!merged)
            return cli.badInput(merged.error().message);
    }
    return std::nullopt;
}

QJsonObject policyJson(const WorkCalendar& calendar)
{
    const DuePolicy& p = calendar.policy();
    return QJsonObject{
        {QStringLiteral("cutoff"), OfficeHours::formatTime(p.cutoffSecond)},
        {QStringLiteral("workingDays"),
         p.workingDays == DuePolicy::WorkingDays::Elapsed ? QStringLiteral("elapsed") : QStringLiteral("end-of-day")},
        {QStringLiteral("calendarDaysEnd"), p.calendarDaysEnd == DuePolicy::CalendarDaysEnd::OfficeClose
                                                ? QStringLiteral("office-close")
                                                : QStringLiteral("midnight")},
    };
}

int runDue(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Computes the appointment (due) date of a dossier from its reception time, to the minute, in "
           "Asia/Ho_Chi_Minh. Give either a procedure code from the catalogue or a duration and a unit."));
    const QCommandLineOption received(QStringLiteral("received"),
                                      tr("Reception time, YYYY-MM-DDTHH:MM[:SS] (Vietnam time unless Z or "
                                         "+HH:MM is added)."),
                                      QStringLiteral("ISO_DATETIME"));
    const QCommandLineOption procedure(QStringLiteral("procedure"), tr("National procedure code, e.g. 1.001193."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption duration(QStringLiteral("duration"), tr("Legal time limit, e.g. 3 or 0.5."),
                                      QStringLiteral("N"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("working-days, working-hours, days or same-day."),
                                  QStringLiteral("UNIT"));
    const QCommandLineOption after15(QStringLiteral("after-15h-next-day"),
                                     tr("Received after 15:00: counting starts the next working day."));
    const QCommandLineOption catalogueFile(QStringLiteral("catalogue"),
                                           tr("Procedure catalogue file instead of the built-in one."),
                                           QStringLiteral("FILE"));
    parser.addOptions({received, procedure, duration, unit, after15, kCalendarOption, catalogueFile});
    const int parsed = cli.parse(
        parser, args,
        QStringLiteral("motcua-cli calendar due --received 2026-02-13T09:10 --duration 3 --unit working-days --json"));
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    if (!parser.isSet(received))
        return cli.badInput(tr("--received is required"));
    const auto receivedAt = parseReceived(parser.value(received));
    if (!receivedAt)
        return cli.badInput(tr("malformed --received '%1': expected YYYY-MM-DDTHH:MM").arg(parser.value(received)));
    if (parser.isSet(procedure) == parser.isSet(duration))
        return cli.badInput(tr("give either --procedure CODE or --duration N --unit UNIT"));

    Procedure p;
    QString catalogueVersion;
    if (parser.isSet(procedure)) {
        if (parser.isSet(unit))
            return cli.badInput(tr("--unit goes with --duration; a procedure carries its own unit"));
        resourcesAnchor();
        auto catalogue =
            parser.isSet(catalogueFile) ? Catalogue::loadFile(parser.value(catalogueFile)) : Catalogue::loadBuiltIn();
        if (!catalogue) {
            if (parser.isSet(catalogueFile))
                return cli.badInput(catalogue.error().message);
            return cli.failed(catalogue.error().message);
        }
        const auto found = catalogue->find(parser.value(procedure));
        if (!found)
            return cli.badInput(tr("unknown procedure code '%1'").arg(parser.value(procedure)));
        p = *found;
        catalogueVersion = catalogue->version();
    } else {
        if (!parser.isSet(unit))
            return cli.badInput(tr("--unit is required with --duration"));
        const auto u = durationUnitFromKey(parser.value(unit));
        if (!u)
            return cli.badInput(
                tr("unknown unit '%1': use working-days, working-hours, days or same-day").arg(parser.value(unit)));
        bool ok = false;
        const double n = parser.value(duration).toDouble(&ok);
        if (!ok || !std::isfinite(n))
            return cli.badInput(tr("malformed --duration '%1': expected a number").arg(parser.value(duration)));
        p.unit = *u;
        p.duration = n;
    }
    p.after15hNextDay = p.after15hNextDay || parser.isSet(after15);

    WorkCalendar calendar;
    if (const auto exit = loadCalendar(cli, parser, calendar))
        return *exit;
    const auto due = DueDateCalculator(calendar).compute(*receivedAt, p);
    if (!due) {
        if (due.error().code == QLatin1String("due.bad_duration"))
            return cli.badInput(due.error().message);
        return cli.failed(due.error().message);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{
            {QStringLiteral("due"), isoMinute(due->due)},
            {QStringLiteral("received"), isoMinute(due->received)},
            {QStringLiteral("countingStart"), isoMinute(due->countingStart)},
            {QStringLiteral("startRule"), countingStartKey(due->startRule)},
            {QStringLiteral("duration"), p.duration},
            {QStringLiteral("unit"), durationUnitKey(p.unit)},
            {QStringLiteral("after15hNextDay"), p.after15hNextDay},
            {QStringLiteral("timeZone"), QStringLiteral("Asia/Ho_Chi_Minh")},
            {QStringLiteral("officeHours"), calendar.officeHours().toJson()},
            {QStringLiteral("policy"), policyJson(calendar)},
            {QStringLiteral("calendar"), QJsonArray::fromStringList(calendar.layers())},
        };
        if (!p.code.isEmpty()) {
            o.insert(QStringLiteral("procedure"), QJsonObject{{QStringLiteral("code"), p.code},
                                                              {QStringLiteral("version"), p.version},
                                                              {QStringLiteral("name"), p.name},
                                                              {QStringLiteral("verified"), p.verified}});
            o.insert(QStringLiteral("catalogueVersion"), catalogueVersion);
        }
        cli.printJson(o);
        return ExitOk;
    }
    if (!p.code.isEmpty())
        cli.out() << p.code << "  " << p.name << "\n";
    cli.out() << tr("Received:        %1").arg(human(due->received)) << "\n"
              << tr("Counting starts: %1 (%2)").arg(human(due->countingStart), countingStartKey(due->startRule)) << "\n"
              << tr("Time limit:      %1")
                     .arg(p.unit == DurationUnit::SameDay
                              ? durationUnitKey(p.unit)
                              : QStringLiteral("%1 %2").arg(p.duration).arg(durationUnitKey(p.unit)))
              << "\n"
              << tr("Due:             %1").arg(human(due->due)) << "\n";
    cli.out().flush();
    return ExitOk;
}

int runHolidays(CliInvocation& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the days off (statutory holidays, make-up days, swapped days) and the weekend days worked "
           "in a year, from the built-in calendar and its yearly notices."));
    const QCommandLineOption year(QStringLiteral("year"), tr("Gregorian year, e.g. 2026."), QStringLiteral("N"));
    parser.addOptions({year, kCalendarOption});
    const int parsed = cli.parse(parser, args, QStringLiteral("motcua-cli calendar holidays --year 2026 --json"));
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return cli.badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(year))
        return cli.badInput(tr("--year is required"));
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!ok || y <= LunarCalendar::kMinYear || y >= LunarCalendar::kMaxYear)
        return cli.badInput(tr("malformed --year '%1': expected a year from %2 to %3")
                                .arg(parser.value(year))
                                .arg(LunarCalendar::kMinYear + 1)
                                .arg(LunarCalendar::kMaxYear - 1));

    WorkCalendar calendar;
    if (const auto exit = loadCalendar(cli, parser, calendar))
        return *exit;
    const QList<CalendarDay> days = calendar.specialDays(y);
    int workingDays = 0;
    for (QDate d(y, 1, 1); d.year() == y; d = d.addDays(1))
        workingDays += calendar.isWorkingDay(d) ? 1 : 0;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CalendarDay& day : days) {
            QJsonObject o{
                {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                {QStringLiteral("weekday"), day.date.dayOfWeek()},
                {QStringLiteral("name"), day.name},
                {QStringLiteral("kind"), dayKindKey(day.kind)},
                {QStringLiteral("lunar"), LunarCalendar::fromSolar(day.date).toString()},
                {QStringLiteral("onWeekend"), day.onWeekend},
                {QStringLiteral("verified"), day.verified},
                {QStringLiteral("source"), day.source},
            };
            if (!day.ruleId.isEmpty())
                o.insert(QStringLiteral("rule"), day.ruleId);
            list.append(o);
        }
        QJsonArray notices;
        for (const YearNotice& n : calendar.notices(y))
            notices.append(QJsonObject{{QStringLiteral("source"), n.source},
                                       {QStringLiteral("verified"), n.verified},
                                       {QStringLiteral("note"), n.note}});
        cli.printJson(QJsonObject{
            {QStringLiteral("year"), y},
            {QStringLiteral("days"), list},
            {QStringLiteral("workingDays"), workingDays},
            {QStringLiteral("tet"), LunarCalendar::newYear(y).toString(Qt::ISODate)},
            {QStringLiteral("notices"), notices},
            {QStringLiteral("calendar"), QJsonArray::fromStringList(calendar.layers())},
        });
        return ExitOk;
    }
    cli.out() << tr("Days off and weekend days worked in %1 (%2 working days):").arg(y).arg(workingDays) << "\n";
    for (const CalendarDay& day : days) {
        cli.out() << "  " << QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat) << ' '
                  << day.date.toString(QStringLiteral("dd/MM/yyyy")) << "  " << dayKindKey(day.kind).leftJustified(12)
                  << day.name << (day.verified ? "" : " [?]") << "\n";
    }
    if (calendar.notices(y).isEmpty())
        cli.out() << tr("No official notice for %1 is known: Tết and the second National Day follow the default "
                        "rules.")
                         .arg(y)
                  << "\n";
    cli.out().flush();
    return ExitOk;
}

int run(CliInvocation& cli)
{
    return runAction(
        cli, tr("Working-day calendar and due dates (docs/CALENDAR.md)."),
        {
            {QStringLiteral("due"), tr("appointment date from a reception time and a time limit"), &runDue},
            {QStringLiteral("holidays"), tr("days off and weekend days worked in a year"), &runHolidays},
        });
}

const CliRegistration registration{
    {QStringLiteral("calendar"), QStringLiteral("due dates and the holiday calendar (due, holidays)"), &run}};

} // namespace
} // namespace motcua::cli
