#include "CalendarLayer.h"

#include "LunarCalendar.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua {

QList<QDate> HolidayRule::occurrence(int year) const
{
    QDate anchor;
    if (basis == Basis::Solar)
        anchor = QDate(year, month, day);
    else
        anchor = LunarCalendar::toSolar(LunarDate{year, month, day, false});
    if (!anchor.isValid())
        return {};
    QList<QDate> dates;
    for (int i = 0; i < days; ++i)
        dates.append(anchor.addDays(offsetDays + i));
    return dates;
}

namespace {

// Collects the first problem found while reading a layer, with where it was.
class Reader
{
public:
    explicit Reader(QString origin) : m_origin(std::move(origin)) {}

    bool failed() const { return !m_problem.isEmpty(); }
    Error error() const
    {
        return Error{QStringLiteral("calendar.bad_data"), m_origin + QStringLiteral(": ") + m_problem};
    }
    void fail(const QString& where, const QString& what)
    {
        if (m_problem.isEmpty())
            m_problem = where + QLatin1Char(' ') + what;
    }

    QString text(const QJsonObject& o, const char* key, const QString& where, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("is required"));
            return {};
        }
        if (!v.isString())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("must be a string"));
        return v.toString();
    }

    int integer(const QJsonObject& o, const char* key, const QString& where, int fallback, int min, int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e9);
        if (!v.isDouble() || d != static_cast<int>(d) || d < min || d > max) {
            fail(where + QLatin1Char('.') + QLatin1String(key),
                 QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject& o, const char* key, const QString& where, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("must be true or false"));
        return v.toBool(fallback);
    }

    QDate date(const QJsonValue& v, const QString& where)
    {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid() || v.toString().size() != 10)
            fail(where, QStringLiteral("must be a date written YYYY-MM-DD"));
        return d;
    }

    QDate optionalDate(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        return date(v, where + QLatin1Char('.') + QLatin1String(key));
    }

    QJsonArray array(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("must be an array"));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v, const QString& where)
    {
        if (!v.isObject())
            fail(where, QStringLiteral("must be an object"));
        return v.toObject();
    }

private:
    QString m_origin;
    QString m_problem;
};

HolidayRule readRule(Reader& r, const QJsonObject& o, const QString& where)
{
    HolidayRule rule;
    rule.id = r.text(o, "id", where, true);
    rule.enabled = r.boolean(o, "enabled", where, true);
    rule.name = r.text(o, "name", where, rule.enabled);
    rule.nameEn = r.text(o, "nameEn", where);
    const QString basis = r.text(o, "calendar", where);
    if (basis == QLatin1String("lunar"))
        rule.basis = HolidayRule::Basis::Lunar;
    else if (basis.isEmpty() || basis == QLatin1String("solar"))
        rule.basis = HolidayRule::Basis::Solar;
    else
        r.fail(where + QStringLiteral(".calendar"), QStringLiteral("must be \"solar\" or \"lunar\""));
    rule.month = r.integer(o, "month", where, 1, 1, 12);
    rule.day = r.integer(o, "day", where, 1, 1, rule.basis == HolidayRule::Basis::Lunar ? 30 : 31);
    rule.offsetDays = r.integer(o, "offsetDays", where, 0, -31, 31);
    rule.days = r.integer(o, "days", where, 1, 1, 31);
    rule.makeUp = r.boolean(o, "makeUp", where, true);
    rule.validFrom = r.optionalDate(o, "from", where);
    rule.validUntil = r.optionalDate(o, "until", where);
    rule.source = r.text(o, "source", where);
    rule.evidence = r.text(o, "evidence", where);
    if (rule.enabled && rule.basis == HolidayRule::Basis::Solar && !QDate::isValid(2024, rule.month, rule.day))
        r.fail(where, QStringLiteral("names a day that does not exist"));
    return rule;
}

NoticeDay readNoticeDay(Reader& r, const QJsonValue& v, const QString& where, const QString& defaultKind,
                        bool noticeVerified)
{
    const QJsonObject o = r.object(v, where);
    NoticeDay day;
    day.date = r.date(o.value(QLatin1String("date")), where + QStringLiteral(".date"));
    day.name = r.text(o, "name", where, true);
    day.kind = r.text(o, "kind", where);
    if (day.kind.isEmpty())
        day.kind = defaultKind;
    day.note = r.text(o, "note", where);
    day.verified = r.boolean(o, "verified", where, noticeVerified);
    return day;
}

YearNotice readNotice(Reader& r, const QJsonObject& o, const QString& where)
{
    YearNotice notice;
    notice.year = r.integer(o, "year", where, 0, LunarCalendar::kMinYear, LunarCalendar::kMaxYear);
    if (!o.contains(QLatin1String("year")))
        r.fail(where + QStringLiteral(".year"), QStringLiteral("is required"));
    notice.source = r.text(o, "source", where, true);
    notice.evidence = r.text(o, "evidence", where);
    notice.verified = r.boolean(o, "verified", where, true);
    notice.note = r.text(o, "note", where);

    const QJsonValue datesValue = o.value(QLatin1String("holidayDates"));
    if (!datesValue.isUndefined()) {
        const QJsonObject dates = r.object(datesValue, where + QStringLiteral(".holidayDates"));
        for (auto it = dates.begin(); it != dates.end(); ++it) {
            const QString at = where + QStringLiteral(".holidayDates.") + it.key();
            if (!it.value().isArray()) {
                r.fail(at, QStringLiteral("must be an array of dates"));
                continue;
            }
            QList<QDate> list;
            for (const auto& d : it.value().toArray())
                list.append(r.date(d, at));
            notice.holidayDates.insert(it.key(), list);
        }
    }
    const QJsonValue makeUpValue = o.value(QLatin1String("makeUp"));
    if (!makeUpValue.isUndefined()) {
        const QJsonObject makeUp = r.object(makeUpValue, where + QStringLiteral(".makeUp"));
        for (auto it = makeUp.begin(); it != makeUp.end(); ++it) {
            if (!it.value().isBool())
                r.fail(where + QStringLiteral(".makeUp.") + it.key(), QStringLiteral("must be true or false"));
            notice.makeUp.insert(it.key(), it.value().toBool());
        }
    }
    const auto daysOff = r.array(o, "daysOff", where);
    for (int i = 0; i < daysOff.size(); ++i) {
        NoticeDay day = readNoticeDay(r, daysOff.at(i), where + QStringLiteral(".daysOff[%1]").arg(i),
                                      QStringLiteral("day-off"), notice.verified);
        if (day.kind != QLatin1String("day-off") && day.kind != QLatin1String("make-up"))
            r.fail(where + QStringLiteral(".daysOff[%1].kind").arg(i),
                   QStringLiteral("must be \"day-off\" or \"make-up\""));
        notice.daysOff.append(day);
    }
    const auto workingDays = r.array(o, "workingDays", where);
    for (int i = 0; i < workingDays.size(); ++i)
        notice.workingDays.append(readNoticeDay(r, workingDays.at(i), where + QStringLiteral(".workingDays[%1]").arg(i),
                                                QStringLiteral("working-day"), notice.verified));
    const auto cancelled = r.array(o, "cancelDaysOff", where);
    for (int i = 0; i < cancelled.size(); ++i)
        notice.cancelled.append(r.date(cancelled.at(i), where + QStringLiteral(".cancelDaysOff[%1]").arg(i)));
    return notice;
}

} // namespace

Result<CalendarLayer> CalendarLayer::parse(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<CalendarLayer>::failure(QStringLiteral("calendar.bad_json"),
                                              QStringLiteral("%1: not valid JSON at offset %2 (%3)")
                                                  .arg(origin)
                                                  .arg(parseError.offset)
                                                  .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<CalendarLayer>::failure(QStringLiteral("calendar.bad_json"),
                                              QStringLiteral("%1: a calendar file is a JSON object").arg(origin));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return Result<CalendarLayer>::failure(
            QStringLiteral("calendar.bad_data"),
            QStringLiteral("%1: not a calendar file (\"format\" must be \"%2\")").arg(origin, QLatin1String(kFormat)));

    Reader r(origin);
    CalendarLayer layer;
    layer.origin = origin;
    layer.id = r.text(root, "id", QStringLiteral("calendar"));
    if (layer.id.isEmpty())
        layer.id = QFileInfo(origin).completeBaseName();
    layer.title = r.text(root, "title", QStringLiteral("calendar"));
    layer.source = r.text(root, "source", QStringLiteral("calendar"));
    layer.province = r.text(root, "province", QStringLiteral("calendar"));

    if (root.contains(QLatin1String("weekend"))) {
        QList<int> weekend;
        const auto days = r.array(root, "weekend", QStringLiteral("calendar"));
        for (const auto& d : days) {
            const int day = d.toInt(0);
            if (!d.isDouble() || day < 1 || day > 7)
                r.fail(QStringLiteral("calendar.weekend"), QStringLiteral("must list ISO weekdays 1 (Monday) to 7"));
            else if (!weekend.contains(day))
                weekend.append(day);
        }
        if (weekend.size() == 7)
            r.fail(QStringLiteral("calendar.weekend"), QStringLiteral("leaves no working day"));
        layer.weekend = weekend;
    }
    if (root.contains(QLatin1String("officeHours"))) {
        auto hours = OfficeHours::fromJson(root.value(QLatin1String("officeHours")));
        if (!hours)
            r.fail(QStringLiteral("calendar.officeHours"), hours.error().message);
        else
            layer.officeHours = hours.value();
    }
    if (root.contains(QLatin1String("dueDate"))) {
        const QJsonObject due = r.object(root.value(QLatin1String("dueDate")), QStringLiteral("calendar.dueDate"));
        if (due.contains(QLatin1String("cutoff"))) {
            const auto cutoff = OfficeHours::parseTime(due.value(QLatin1String("cutoff")).toString());
            if (!cutoff)
                r.fail(QStringLiteral("calendar.dueDate.cutoff"), QStringLiteral("must be a time written HH:MM"));
            layer.cutoffSecond = cutoff;
        }
        const QString workingDays = r.text(due, "workingDays", QStringLiteral("calendar.dueDate"));
        if (workingDays == QLatin1String("elapsed"))
            layer.workingDays = DuePolicy::WorkingDays::Elapsed;
        else if (workingDays == QLatin1String("end-of-day"))
            layer.workingDays = DuePolicy::WorkingDays::EndOfDay;
        else if (!workingDays.isEmpty())
            r.fail(QStringLiteral("calendar.dueDate.workingDays"),
                   QStringLiteral("must be \"elapsed\" or \"end-of-day\""));
        const QString daysEnd = r.text(due, "calendarDaysEnd", QStringLiteral("calendar.dueDate"));
        if (daysEnd == QLatin1String("office-close"))
            layer.calendarDaysEnd = DuePolicy::CalendarDaysEnd::OfficeClose;
        else if (daysEnd == QLatin1String("midnight"))
            layer.calendarDaysEnd = DuePolicy::CalendarDaysEnd::Midnight;
        else if (!daysEnd.isEmpty())
            r.fail(QStringLiteral("calendar.dueDate.calendarDaysEnd"),
                   QStringLiteral("must be \"office-close\" or \"midnight\""));
    }
    const auto rules = r.array(root, "holidays", QStringLiteral("calendar"));
    for (int i = 0; i < rules.size(); ++i) {
        const QString where = QStringLiteral("holidays[%1]").arg(i);
        layer.holidays.append(readRule(r, r.object(rules.at(i), where), where));
    }
    const auto notices = r.array(root, "years", QStringLiteral("calendar"));
    for (int i = 0; i < notices.size(); ++i) {
        const QString where = QStringLiteral("years[%1]").arg(i);
        layer.notices.append(readNotice(r, r.object(notices.at(i), where), where));
    }
    if (r.failed())
        return r.error();
    return layer;
}

Result<CalendarLayer> CalendarLayer::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Result<CalendarLayer>::failure(QStringLiteral("calendar.missing_file"),
                                              QStringLiteral("calendar file not found: %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<CalendarLayer>::failure(
            QStringLiteral("calendar.unreadable_file"),
            QStringLiteral("cannot read calendar file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

} // namespace motcua
