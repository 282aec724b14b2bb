#include "ReceptionDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace motcua::intake {

namespace {

Error inputError(const QString& code, const QString& message)
{
    return Error{QStringLiteral("input.") + code, message};
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// "YYYY-MM-DD" only; anything else is refused with the field's name.
std::optional<QDate> parseDate(const QJsonValue& value, bool* bad)
{
    *bad = false;
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid()) {
        *bad = true;
        return std::nullopt;
    }
    return date;
}

// "YYYY-MM-DDTHH:MM[:SS]" in Asia/Ho_Chi_Minh unless an offset is given (docs/CLI.md).
std::optional<QDateTime> parseTime(const QJsonValue& value, bool* bad)
{
    *bad = false;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        *bad = true;
        return std::nullopt;
    }
    const QString text = value.toString();
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() || !text.contains(QLatin1Char('T'))) {
        *bad = true;
        return std::nullopt;
    }
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone("Asia/Ho_Chi_Minh"));
    return t;
}

} // namespace

bool ReceptionDraft::isEmpty() const
{
    return procedureCode.isEmpty() && applicant.isEmpty() && !representative && components.isEmpty();
}

ComponentChoice* ReceptionDraft::choice(const QString& componentId)
{
    for (auto& c : components)
        if (c.componentId == componentId)
            return &c;
    return nullptr;
}

const ComponentChoice* ReceptionDraft::choice(const QString& componentId) const
{
    for (const auto& c : components)
        if (c.componentId == componentId)
            return &c;
    return nullptr;
}

QJsonObject applicantToJson(const Applicant& a)
{
    QJsonObject o{
        {QStringLiteral("fullName"), a.fullName},
        {QStringLiteral("idNumber"), a.idNumber},
        {QStringLiteral("dateOfBirth"), dateValue(a.dateOfBirth)},
        {QStringLiteral("sex"), a.sex},
        {QStringLiteral("address"), a.address},
        {QStringLiteral("phone"), a.phone},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("identitySource"), a.identitySource},
    };
    if (!a.provinceCode.isEmpty())
        o.insert(QStringLiteral("provinceCode"), a.provinceCode);
    if (!a.communeCode.isEmpty())
        o.insert(QStringLiteral("communeCode"), a.communeCode);
    return o;
}

Result<Applicant> applicantFromJson(const QJsonObject& o, const QString& where)
{
    Applicant a;
    static const char* const textFields[] = {"fullName", "idNumber",       "sex",          "address",    "phone",
                                             "email",    "identitySource", "provinceCode", "communeCode"};
    for (const char* key : textFields) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return Result<Applicant>(inputError(
                QStringLiteral("type"), QStringLiteral("%1.%2 must be a string").arg(where, QLatin1String(key))));
    }
    a.fullName = o.value(QLatin1String("fullName")).toString().simplified();
    a.idNumber = o.value(QLatin1String("idNumber")).toString().trimmed();
    a.sex = o.value(QLatin1String("sex")).toString().trimmed();
    a.address = o.value(QLatin1String("address")).toString().simplified();
    a.phone = o.value(QLatin1String("phone")).toString().trimmed();
    a.email = o.value(QLatin1String("email")).toString().trimmed();
    a.identitySource = o.value(QLatin1String("identitySource")).toString().trimmed();
    a.provinceCode = o.value(QLatin1String("provinceCode")).toString().trimmed();
    a.communeCode = o.value(QLatin1String("communeCode")).toString().trimmed();
    if (a.identitySource.isEmpty())
        a.identitySource = QStringLiteral("manual");
    bool bad = false;
    const auto dob = parseDate(o.value(QLatin1String("dateOfBirth")), &bad);
    if (bad)
        return Result<Applicant>(
            inputError(QStringLiteral("date"), QStringLiteral("%1.dateOfBirth is not a date YYYY-MM-DD").arg(where)));
    if (dob)
        a.dateOfBirth = *dob;
    return a;
}

QJsonObject ReceptionDraft::toJson() const
{
    QJsonArray list;
    for (const ComponentChoice& c : components) {
        QJsonObject o{{QStringLiteral("id"), c.componentId}, {QStringLiteral("status"), componentStatusKey(c.status)}};
        if (!c.filePath.isEmpty())
            o.insert(QStringLiteral("file"), c.filePath);
        if (!c.fileSha256.isEmpty())
            o.insert(QStringLiteral("sha256"), c.fileSha256);
        if (!c.reusedFrom.isEmpty())
            o.insert(QStringLiteral("reusedFrom"), c.reusedFrom);
        if (c.pageCount > 0)
            o.insert(QStringLiteral("pageCount"), c.pageCount);
        list.append(o);
    }
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("motcua-dossier-input/1")},
        {QStringLiteral("procedure"), procedureCode},
        {QStringLiteral("applicant"), applicantToJson(applicant)},
        {QStringLiteral("components"), list},
        {QStringLiteral("returnChannel"), returnChannel},
    };
    if (procedureVersion > 0)
        o.insert(QStringLiteral("procedureVersion"), procedureVersion);
    if (receivedAt.isValid())
        o.insert(QStringLiteral("receivedAt"), receivedAt.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate));
    if (representative)
        o.insert(QStringLiteral("representative"), applicantToJson(*representative));
    if (feeVnd)
        o.insert(QStringLiteral("feeVnd"), double(*feeVnd));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!receivedBy.isEmpty())
        o.insert(QStringLiteral("receivedBy"), receivedBy);
    if (demo)
        o.insert(QStringLiteral("demo"), *demo);
    if (!bundleParts.isEmpty() || !subject.isEmpty()) {
        QJsonObject bundle{{QStringLiteral("parts"), QJsonArray::fromStringList(bundleParts)}};
        if (!subject.isEmpty() || subject.dateOfBirth.isValid())
            bundle.insert(QStringLiteral("subject"), applicantToJson(subject));
        o.insert(QStringLiteral("bundle"), bundle);
    }
    return o;
}

Result<ReceptionDraft> ReceptionDraft::fromJson(const QJsonObject& o)
{
    using R = Result<ReceptionDraft>;
    ReceptionDraft d;
    const QJsonValue format = o.value(QLatin1String("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String("motcua-dossier-input/1"))
        return R(inputError(QStringLiteral("format"), QStringLiteral("unknown format '%1'").arg(format.toString())));
    const QJsonValue procedure = o.value(QLatin1String("procedure"));
    if (!procedure.isString())
        return R(
            inputError(QStringLiteral("procedure"), QStringLiteral("\"procedure\" (a national code) is required")));
    d.procedureCode = procedure.toString().trimmed();
    if (o.contains(QLatin1String("procedureVersion"))) {
        const QJsonValue v = o.value(QLatin1String("procedureVersion"));
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInt()))
            return R(inputError(QStringLiteral("type"), QStringLiteral("procedureVersion must be a positive integer")));
        d.procedureVersion = v.toInt();
    }
    bool bad = false;
    const auto received = parseTime(o.value(QLatin1String("receivedAt")), &bad);
    if (bad)
        return R(inputError(QStringLiteral("date"), QStringLiteral("receivedAt is not a time YYYY-MM-DDTHH:MM")));
    if (received)
        d.receivedAt = *received;

    const QJsonValue applicant = o.value(QLatin1String("applicant"));
    if (!applicant.isObject())
        return R(inputError(QStringLiteral("applicant"), QStringLiteral("\"applicant\" must be an object")));
    auto a = applicantFromJson(applicant.toObject(), QStringLiteral("applicant"));
    if (!a)
        return R(a.error());
    d.applicant = *a;
    const QJsonValue rep = o.value(QLatin1String("representative"));
    if (rep.isObject()) {
        auto r = applicantFromJson(rep.toObject(), QStringLiteral("representative"));
        if (!r)
            return R(r.error());
        d.representative = *r;
    } else if (!rep.isUndefined() && !rep.isNull()) {
        return R(inputError(QStringLiteral("type"), QStringLiteral("\"representative\" must be an object")));
    }

    const QJsonValue components = o.value(QLatin1String("components"));
    if (!components.isUndefined() && !components.isArray())
        return R(inputError(QStringLiteral("type"), QStringLiteral("\"components\" must be an array")));
    for (const QJsonValue& v : components.toArray()) {
        if (!v.isObject())
            return R(inputError(QStringLiteral("type"), QStringLiteral("each component must be an object")));
        const QJsonObject c = v.toObject();
        ComponentChoice choice;
        choice.componentId = c.value(QLatin1String("id")).toString().trimmed();
        if (choice.componentId.isEmpty())
            return R(inputError(QStringLiteral("component"), QStringLiteral("a component has no \"id\"")));
        const QString statusKey = c.value(QLatin1String("status")).toString();
        const auto status = componentStatusFromKey(statusKey);
        if (!status)
            return R(
                inputError(QStringLiteral("component"),
                           QStringLiteral("component '%1': unknown status '%2'").arg(choice.componentId, statusKey)));
        choice.status = *status;
        choice.filePath = c.value(QLatin1String("file")).toString();
        choice.fileSha256 = c.value(QLatin1String("sha256")).toString().toLower();
        choice.reusedFrom = c.value(QLatin1String("reusedFrom")).toString();
        choice.pageCount = c.value(QLatin1String("pageCount")).toInt();
        d.components.append(choice);
    }

    const QJsonValue channel = o.value(QLatin1String("returnChannel"));
    if (!channel.isUndefined()) {
        static const QStringList channels{QStringLiteral("desk"), QStringLiteral("post"), QStringLiteral("online")};
        if (!channels.contains(channel.toString()))
            return R(
                inputError(QStringLiteral("channel"), QStringLiteral("returnChannel must be desk, post or online")));
        d.returnChannel = channel.toString();
    }
    if (o.contains(QLatin1String("feeVnd"))) {
        const QJsonValue fee = o.value(QLatin1String("feeVnd"));
        if (!fee.isDouble() || fee.toDouble() < 0)
            return R(inputError(QStringLiteral("type"), QStringLiteral("feeVnd must be a non-negative number")));
        d.feeVnd = qint64(fee.toDouble());
    }
    d.note = o.value(QLatin1String("note")).toString();
    d.receivedBy = o.value(QLatin1String("receivedBy")).toString();
    if (o.value(QLatin1String("demo")).isBool())
        d.demo = o.value(QLatin1String("demo")).toBool();

    const QJsonValue bundle = o.value(QLatin1String("bundle"));
    if (bundle.isObject()) {
        for (const QJsonValue& p : bundle.toObject().value(QLatin1String("parts")).toArray())
            d.bundleParts.append(p.toString());
        const QJsonValue subject = bundle.toObject().value(QLatin1String("subject"));
        if (subject.isObject()) {
            auto s = applicantFromJson(subject.toObject(), QStringLiteral("bundle.subject"));
            if (!s)
                return R(s.error());
            d.subject = *s;
        }
    } else if (!bundle.isUndefined() && !bundle.isNull()) {
        return R(inputError(QStringLiteral("type"), QStringLiteral("\"bundle\" must be an object")));
    }
    return d;
}

Result<ReceptionDraft> ReceptionDraft::fromJsonBytes(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<ReceptionDraft>(
            inputError(QStringLiteral("json"),
                       QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString())));
    if (!doc.isObject())
        return Result<ReceptionDraft>(
            inputError(QStringLiteral("json"), QStringLiteral("the input must be a JSON object")));
    return fromJson(doc.object());
}

} // namespace motcua::intake
