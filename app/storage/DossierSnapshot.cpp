#include "DossierSnapshot.h"

#include <QJsonArray>

namespace motcua {

namespace {

QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue state(const std::optional<DossierState>& value)
{
    return value ? QJsonValue(stateKey(*value)) : QJsonValue();
}

} // namespace

QJsonObject DossierSnapshot::applicant(const Applicant& a)
{
    return QJsonObject{
        {QStringLiteral("fullName"), a.fullName},
        {QStringLiteral("idNumber"), a.idNumber},
        {QStringLiteral("dateOfBirth"), date(a.dateOfBirth)},
        {QStringLiteral("sex"), a.sex},
        {QStringLiteral("address"), a.address},
        {QStringLiteral("provinceCode"), a.provinceCode},
        {QStringLiteral("communeCode"), a.communeCode},
        {QStringLiteral("phone"), a.phone},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("identitySource"), a.identitySource},
    };
}

QJsonObject DossierSnapshot::dossier(const Dossier& d)
{
    QJsonArray components;
    for (const DossierComponent& c : d.components)
        components.append(QJsonObject{
            {QStringLiteral("componentId"), c.componentId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), componentStatusKey(c.status)},
            {QStringLiteral("fileSha256"), c.fileSha256.isEmpty() ? QJsonValue() : QJsonValue(c.fileSha256)},
            {QStringLiteral("pageCount"), c.pageCount},
            {QStringLiteral("bytes"), c.bytes},
        });
    return QJsonObject{
        {QStringLiteral("uuid"), d.uuid},
        {QStringLiteral("code"), d.code},
        {QStringLiteral("codeProvisional"), d.codeProvisional},
        {QStringLiteral("procedureCode"), d.procedureCode},
        {QStringLiteral("procedureVersion"), d.procedureVersion},
        {QStringLiteral("procedureName"), d.procedureName},
        {QStringLiteral("catalogueVersion"), d.catalogueVersion},
        {QStringLiteral("applicant"), applicant(d.applicant)},
        {QStringLiteral("representative"), d.representative ? QJsonValue(applicant(*d.representative)) : QJsonValue()},
        {QStringLiteral("state"), stateKey(d.state)},
        {QStringLiteral("statusCode"), nationalStatusCode(d.state)},
        {QStringLiteral("receivedAt"), time(d.receivedAt)},
        {QStringLiteral("dueAt"), time(d.dueAt)},
        {QStringLiteral("previousDueAt"), time(d.previousDueAt)},
        {QStringLiteral("supplementRequests"), d.counters.supplementRequests},
        {QStringLiteral("extensions"), d.counters.extensions},
        {QStringLiteral("components"), components},
        {QStringLiteral("feeVnd"), d.feeVnd},
        {QStringLiteral("returnChannel"), d.returnChannel},
        {QStringLiteral("parentUuid"), d.parentUuid.isEmpty() ? QJsonValue() : QJsonValue(d.parentUuid)},
        {QStringLiteral("receivedBy"), d.receivedBy},
        {QStringLiteral("note"), d.note},
        {QStringLiteral("demo"), d.demo},
    };
}

QJsonObject DossierSnapshot::event(const DossierEvent& e)
{
    return QJsonObject{
        {QStringLiteral("uuid"), e.uuid},
        {QStringLiteral("dossierUuid"), e.dossierUuid},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("fromState"), state(e.fromState)},
        {QStringLiteral("toState"), state(e.toState)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("at"), time(e.at)},
        {QStringLiteral("payload"), e.payload},
    };
}

QJsonObject DossierSnapshot::outboxPayload(const Dossier& d, const DossierEvent& e)
{
    return QJsonObject{{QStringLiteral("event"), event(e)}, {QStringLiteral("dossier"), dossier(d)}};
}

} // namespace motcua
