#include "FormDataBuilder.h"

#include "BundleCatalogue.h"
#include "Database.h"
#include "DossierCode.h"
#include "DossierRepository.h"
#include "FormText.h"
#include "Statement.h"

#include <QJsonArray>

namespace motcua::intake {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

const DossierEvent* lastEvent(const QList<DossierEvent>& events, DossierAction action)
{
    const QString key = actionKey(action);
    for (auto it = events.crbegin(); it != events.crend(); ++it)
        if (it->action == key)
            return &*it;
    return nullptr;
}

QString outcome(const QDateTime& at, const QDateTime& due)
{
    if (!at.isValid() || !due.isValid())
        return {};
    const qint64 minutes = at.secsTo(due) / 60;
    if (minutes > 0)
        return QStringLiteral("Trước hạn");
    if (minutes == 0)
        return QStringLiteral("Đúng hạn");
    return QStringLiteral("Quá hạn");
}

} // namespace

FormDataBuilder::FormDataBuilder(const IntakeEnvironment& environment) : m_env(environment) {}

QList<Dossier> FormDataBuilder::linkedDossiers(const QString& parentUuid) const
{
    QList<Dossier> linked;
    if (!m_env.database || parentUuid.isEmpty())
        return linked;
    Statement s = m_env.database->prepare("SELECT uuid FROM dossiers WHERE parent_uuid = ?1 ORDER BY code");
    s.bind(1, parentUuid);
    QStringList uuids;
    while (s.next())
        uuids.append(s.text(0));
    DossierRepository repository(*m_env.database);
    for (const QString& uuid : uuids)
        if (auto d = repository.find(uuid))
            linked.append(*d);
    return linked;
}

QList<ControlStep> FormDataBuilder::controlSteps(const Dossier& dossier, const QList<DossierEvent>& events,
                                                 const std::optional<Procedure>& procedure) const
{
    const QString desk = QStringLiteral("Bộ phận Tiếp nhận và Trả kết quả");
    const QString citizen = QStringLiteral("Người nộp hồ sơ");
    const QString competent = procedure && !procedure->competentBody.isEmpty() ? procedure->competentBody
                                                                               : QStringLiteral("Cơ quan giải quyết");
    QList<ControlStep> steps;
    for (const DossierEvent& e : events) {
        ControlStep step;
        step.at = e.at;
        step.outcome = outcome(e.at, dossier.dueAt);
        const auto action = dossierActionFromKey(e.action);
        if (e.action == QLatin1String(event_action::Create)) {
            step = {citizen, desk,         dossier.applicant.fullName,       e.actor,
                    e.at,    step.outcome, QStringLiteral("Tiếp nhận hồ sơ")};
        } else if (!action) {
            continue; // edits and code assignments are not handovers
        } else {
            switch (*action) {
            case DossierAction::StartProcessing: {
                const QString to = e.payload.value(QLatin1String("toUnit")).toString();
                step = {desk, to.isEmpty() ? competent : to, e.actor, {}, e.at, step.outcome, {}};
                break;
            }
            case DossierAction::RequestSupplement:
                step = {desk, citizen, e.actor, {}, e.at, {}, QStringLiteral("Yêu cầu bổ sung hồ sơ")};
                break;
            case DossierAction::CompleteSupplement:
                step = {citizen, desk, {}, e.actor, e.at, {}, QStringLiteral("Đã bổ sung; tính lại thời hạn")};
                break;
            case DossierAction::Resolve:
                step = {competent, desk, {}, e.actor, e.at, step.outcome, QStringLiteral("Có kết quả giải quyết")};
                break;
            case DossierAction::ReturnResult:
                step = {desk,
                        citizen,
                        e.actor,
                        e.payload.value(QLatin1String("receiver")).toString(),
                        e.at,
                        step.outcome,
                        QStringLiteral("Trả kết quả")};
                break;
            case DossierAction::Refuse:
                step = {desk, citizen, e.actor, {}, e.at, {}, QStringLiteral("Từ chối tiếp nhận, giải quyết")};
                break;
            case DossierAction::Stop:
                step = {desk, citizen, e.actor, {}, e.at, {}, QStringLiteral("Dừng giải quyết")};
                break;
            case DossierAction::ExtendWithApology:
                step = {competent,
                        desk,
                        {},
                        e.actor,
                        e.at,
                        {},
                        QStringLiteral("Xin lỗi, hẹn lại: %1")
                            .arg(form_text::shortDateTime(timeFrom(e.payload.value(QLatin1String("newDueAt")))))};
                break;
            default:
                continue;
            }
        }
        steps.append(step);
    }
    return steps;
}

Result<FormInput> FormDataBuilder::build(FormKind kind, const QString& dossierUuid, const QDateTime& printedAt) const
{
    using R = Result<FormInput>;
    if (!m_env.database)
        return R::failure(QStringLiteral("intake.no_database"), QStringLiteral("no database"));
    if (kind == FormKind::LogBook) {
        const auto d = DossierRepository(*m_env.database).find(dossierUuid);
        if (!d)
            return R(d.error());
        const QDate day = form_text::local(d->receivedAt).date();
        return logBook(day, day, printedAt);
    }
    DossierRepository repository(*m_env.database);
    const auto dossier = repository.find(dossierUuid);
    if (!dossier)
        return R(dossier.error());
    const auto events = repository.events(dossierUuid);
    if (!events)
        return R(events.error());

    FormInput input;
    input.dossier = *dossier;
    input.procedure = m_env.catalogue.find(dossier->procedureCode, dossier->procedureVersion);
    if (!input.procedure)
        for (const BundleDefinition& b : m_env.bundles.bundles())
            for (const BundlePart& p : b.parts)
                if (p.procedureCode == dossier->procedureCode && p.local)
                    input.procedure = p.local;
    input.office = m_env.office;
    input.official = m_env.officialName.isEmpty() ? m_env.userName : m_env.officialName;
    input.printedAt = printedAt;
    input.demo = dossier->demo || m_env.demo;
    for (const Dossier& linked : linkedDossiers(dossier->uuid))
        input.linked.append({linked.code, linked.procedureName});

    switch (kind) {
    case FormKind::Receipt:
        // The receipt is dated the day of reception, whenever it is (re)printed.
        input.printedAt = dossier->receivedAt.isValid() ? dossier->receivedAt : printedAt;
        break;
    case FormKind::Supplement:
        if (const DossierEvent* e = lastEvent(*events, DossierAction::RequestSupplement)) {
            input.supplementItems = stringList(e->payload.value(QLatin1String("items")));
            input.supplementReason = e->payload.value(QLatin1String("reason")).toString();
            input.printedAt = e->at;
        }
        break;
    case FormKind::Refusal:
        if (const DossierEvent* e = lastEvent(*events, DossierAction::Refuse)) {
            input.refusalReasons = stringList(e->payload.value(QLatin1String("reasons")));
            input.printedAt = e->at;
        }
        break;
    case FormKind::Apology:
        if (const DossierEvent* e = lastEvent(*events, DossierAction::ExtendWithApology)) {
            input.apologyReason = e->payload.value(QLatin1String("reason")).toString();
            input.newDueAt = timeFrom(e->payload.value(QLatin1String("newDueAt")));
            input.printedAt = e->at;
        }
        break;
    case FormKind::Stop:
        if (const DossierEvent* e = lastEvent(*events, DossierAction::Stop)) {
            input.stopReason = e->payload.value(QLatin1String("reason")).toString();
            input.stopRequestedAt = timeFrom(e->payload.value(QLatin1String("requestedAt")));
            input.printedAt = e->at;
        }
        break;
    case FormKind::Control:
        input.controlSteps = controlSteps(*dossier, *events, input.procedure);
        break;
    case FormKind::LogBook:
        break;
    }
    if (const auto parts = DossierCode::parse(dossier->code); parts && kind == FormKind::Receipt)
        input.logBookIndex = parts->sequence;
    return input;
}

Result<FormInput> FormDataBuilder::logBook(const QDate& from, const QDate& to, const QDateTime& printedAt) const
{
    using R = Result<FormInput>;
    if (!m_env.database)
        return R::failure(QStringLiteral("intake.no_database"), QStringLiteral("no database"));
    DossierRepository repository(*m_env.database);
    DossierFilter filter;
    filter.receivedFrom = from;
    filter.receivedTo = to;
    filter.limit = 100000;
    const auto summaries = repository.list(filter);
    if (!summaries)
        return R(summaries.error());
    FormInput input;
    input.office = m_env.office;
    input.official = m_env.officialName.isEmpty() ? m_env.userName : m_env.officialName;
    input.printedAt = printedAt;
    input.logFrom = from;
    input.logTo = to;
    input.demo = m_env.demo;
    QList<DossierSummary> ordered = *summaries;
    std::sort(ordered.begin(), ordered.end(), [](const DossierSummary& a, const DossierSummary& b) {
        return a.receivedAt != b.receivedAt ? a.receivedAt < b.receivedAt : a.code < b.code;
    });
    for (const DossierSummary& s : ordered) {
        const auto dossier = repository.find(s.uuid);
        if (!dossier)
            return R(dossier.error());
        LogBookLine line;
        line.dossier = *dossier;
        const auto procedure = m_env.catalogue.find(dossier->procedureCode, dossier->procedureVersion);
        line.competentBody = procedure ? procedure->competentBody : QString();
        if (const auto events = repository.events(s.uuid)) {
            if (const DossierEvent* e = lastEvent(*events, DossierAction::ReturnResult)) {
                line.returnedAt = e->at;
                line.receivedBy = e->payload.value(QLatin1String("receiver")).toString();
            }
        }
        input.demo = input.demo || dossier->demo;
        input.logBook.append(line);
    }
    return input;
}

} // namespace motcua::intake
