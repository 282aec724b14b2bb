#include "DossierSnapshot.h"

#include "JsonWriter.h"

#include <QJsonDocument>
#include <cstdio>

namespace motcua {

namespace {

constexpr qint64 kVietnamOffsetMs = 7 * 3600 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void writeTime(JsonWriter& json, const QDateTime& time)
{
    const QString text = DossierSnapshot::isoTime(time);
    if (text.isEmpty())
        json.null();
    else
        json.value(text);
}

void writeState(JsonWriter& json, const std::optional<DossierState>& state)
{
    if (state)
        json.value(stateKey(*state));
    else
        json.null();
}

QJsonObject parse(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

QString DossierSnapshot::isoTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Vietnam has kept UTC+7 without daylight saving since 1975: plain arithmetic is exact and much
    // cheaper than a time-zone conversion for every snapshot.
    const qint64 local = time.toMSecsSinceEpoch() + kVietnamOffsetMs;
    const qint64 seconds = floorDiv(local, 1000);
    const qint64 days = floorDiv(seconds, 86400);
    const int secondOfDay = int(seconds - days * 86400);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", date.year(), date.month(), date.day(),
                  secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    return QString::fromLatin1(buffer);
}

void DossierSnapshot::write(JsonWriter& json, const Applicant& a)
{
    json.beginObject().key("fullName").value(a.fullName).key("idNumber").value(a.idNumber).key("dateOfBirth");
    if (a.dateOfBirth.isValid())
        json.value(a.dateOfBirth.toString(Qt::ISODate));
    else
        json.null();
    json.key("sex")
        .value(a.sex)
        .key("address")
        .value(a.address)
        .key("provinceCode")
        .value(a.provinceCode)
        .key("communeCode")
        .value(a.communeCode)
        .key("phone")
        .value(a.phone)
        .key("email")
        .value(a.email)
        .key("identitySource")
        .value(a.identitySource)
        .endObject();
}

void DossierSnapshot::write(JsonWriter& json, const Dossier& d)
{
    json.beginObject()
        .key("uuid")
        .value(d.uuid)
        .key("code")
        .value(d.code)
        .key("codeProvisional")
        .value(d.codeProvisional)
        .key("procedureCode")
        .value(d.procedureCode)
        .key("procedureVersion")
        .value(d.procedureVersion)
        .key("procedureName")
        .value(d.procedureName)
        .key("catalogueVersion")
        .value(d.catalogueVersion)
        .key("applicant");
    write(json, d.applicant);
    json.key("representative");
    if (d.representative)
        write(json, *d.representative);
    else
        json.null();
    json.key("state").value(stateKey(d.state)).key("statusCode").value(nationalStatusCode(d.state));
    json.key("receivedAt");
    writeTime(json, d.receivedAt);
    json.key("dueAt");
    writeTime(json, d.dueAt);
    json.key("previousDueAt");
    writeTime(json, d.previousDueAt);
    json.key("supplementRequests").value(d.counters.supplementRequests);
    json.key("extensions").value(d.counters.extensions);
    json.key("components").beginArray();
    for (const DossierComponent& c : d.components)
        json.beginObject()
            .key("componentId")
            .value(c.componentId)
            .key("name")
            .value(c.name)
            .key("status")
            .value(componentStatusKey(c.status))
            .key("fileSha256")
            .stringOrNull(c.fileSha256)
            .key("pageCount")
            .value(c.pageCount)
            .key("bytes")
            .value(c.bytes)
            .endObject();
    json.endArray();
    json.key("feeVnd")
        .value(d.feeVnd)
        .key("returnChannel")
        .value(d.returnChannel)
        .key("parentUuid")
        .stringOrNull(d.parentUuid)
        .key("receivedBy")
        .value(d.receivedBy)
        .key("note")
        .value(d.note)
        .key("demo")
        .value(d.demo)
        .endObject();
}

void DossierSnapshot::write(JsonWriter& json, const DossierEvent& e)
{
    json.beginObject().key("uuid").value(e.uuid).key("dossierUuid").value(e.dossierUuid).key("action").value(e.action);
    json.key("fromState");
    writeState(json, e.fromState);
    json.key("toState");
    writeState(json, e.toState);
    json.key("actor").value(e.actor).key("at");
    writeTime(json, e.at);
    json.key("payload").raw(e.payload.isEmpty() ? QByteArray("{}")
                                                : QJsonDocument(e.payload).toJson(QJsonDocument::Compact));
    json.endObject();
}

QByteArray DossierSnapshot::outboxPayloadJson(const Dossier& dossier, const DossierEvent& event)
{
    JsonWriter json;
    json.beginObject().key("event");
    write(json, event);
    json.key("dossier");
    write(json, dossier);
    json.endObject();
    return json.bytes();
}

QJsonObject DossierSnapshot::dossier(const Dossier& d)
{
    JsonWriter json;
    write(json, d);
    return parse(json.bytes());
}

QJsonObject DossierSnapshot::event(const DossierEvent& e)
{
    JsonWriter json;
    write(json, e);
    return parse(json.bytes());
}

QJsonObject DossierSnapshot::outboxPayload(const Dossier& d, const DossierEvent& e)
{
    return parse(outboxPayloadJson(d, e));
}

} // namespace motcua
