#include "ReceptionService.h"

#include "Database.h"
#include "DossierRepository.h"
#include "DraftValidator.h"
#include "FileStore.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <poppler-qt6.h>

namespace motcua::intake {

namespace {

Q_LOGGING_CATEGORY(lcIntake, "motcua.intake")

int countPages(const QString& path)
{
    const auto document = Poppler::Document::load(path);
    return document && !document->isLocked() ? document->numPages() : 0;
}

// A stored file may be sealed on disk (docs/SECURITY.md): count its pages from the plaintext the store
// reads back, never from the file itself. 0 when it cannot be read or is no PDF.
int countStoredPages(const FileStore& files, const QString& sha256)
{
    const auto bytes = files.read(sha256);
    if (!bytes)
        return 0;
    const auto document = Poppler::Document::loadFromData(*bytes);
    return document && !document->isLocked() ? document->numPages() : 0;
}

ReceptionError failure(const Error& error, ValidationIssues issues = {})
{
    return ReceptionError{error, std::move(issues)};
}

} // namespace

ReceptionService::ReceptionService(const IntakeEnvironment& environment) : m_env(environment) {}

Result<Procedure> ReceptionService::procedureFor(const ReceptionDraft& draft) const
{
    if (draft.procedureCode.isEmpty())
        return Result<Procedure>::failure(QStringLiteral("input.procedure"), QStringLiteral("no procedure chosen"));
    const auto procedure = draft.procedureVersion > 0
                               ? m_env.catalogue.find(draft.procedureCode, draft.procedureVersion)
                               : m_env.catalogue.find(draft.procedureCode);
    if (!procedure)
        return Result<Procedure>::failure(QStringLiteral("input.procedure_unknown"),
                                          QStringLiteral("procedure '%1' is not in catalogue %2")
                                              .arg(draft.procedureCode, m_env.catalogue.version()));
    return *procedure;
}

ValidationIssues ReceptionService::validate(const ReceptionDraft& draft, const QDateTime& now) const
{
    const auto procedure = procedureFor(draft);
    if (!procedure) {
        const QString code =
            draft.procedureCode.isEmpty() ? QStringLiteral("procedure.missing") : QStringLiteral("procedure.unknown");
        return {ValidationIssue{QStringLiteral("procedure"), code, DraftValidator::messageFor(code)}};
    }
    return DraftValidator::validate(draft, *procedure, m_env.bundles.forProcedure(procedure->code), now);
}

Result<DueDate> ReceptionService::dueDate(const Procedure& procedure, const QDateTime& receivedAt) const
{
    return DueDateCalculator(m_env.calendar).compute(receivedAt, procedure);
}

qint64 ReceptionService::defaultFee(const Procedure& procedure)
{
    qint64 total = 0;
    for (const Fee& fee : procedure.fees)
        if (!fee.amountSetElsewhere)
            total += fee.amountVnd;
    return total;
}

Result<DossierComponent> ReceptionService::storeComponent(const ProcedureComponent& pc, const ComponentChoice* choice)
{
    using R = Result<DossierComponent>;
    DossierComponent component;
    component.componentId = pc.id;
    component.name = pc.name;
    component.status = choice ? choice->status : ComponentStatus::Missing;
    if (!choice || (choice->status != ComponentStatus::Scanned && choice->status != ComponentStatus::Reused))
        return component;
    FileStore files(*m_env.database, m_env.effectiveFileRoot());
    if (!choice->filePath.isEmpty()) {
        const auto stored = files.putFile(choice->filePath, QStringLiteral("application/pdf"));
        if (!stored)
            return R(stored.error());
        component.fileSha256 = stored->sha256;
        component.bytes = stored->size;
        component.pageCount = choice->pageCount > 0 ? choice->pageCount : countPages(choice->filePath);
        return component;
    }
    // A file already in the store: scanned earlier in this session, or an earlier dossier's document.
    const auto info = files.info(choice->fileSha256);
    if (!info)
        return R::failure(QStringLiteral("input.file_unknown"),
                          QStringLiteral("component %1: no stored file %2").arg(pc.id, choice->fileSha256));
    component.fileSha256 = info->sha256;
    component.bytes = info->size;
    component.pageCount = choice->pageCount > 0 ? choice->pageCount : countStoredPages(files, info->sha256);
    return component;
}

Dossier ReceptionService::makeDossier(const ReceptionDraft& draft, const Procedure& procedure,
                                      const QDateTime& receivedAt, const QDateTime& due) const
{
    Dossier d;
    d.procedureCode = procedure.code;
    d.procedureVersion = procedure.version;
    d.procedureName = procedure.name;
    d.catalogueVersion = procedure.catalogueVersion.isEmpty() ? m_env.catalogue.version() : procedure.catalogueVersion;
    d.applicant = draft.applicant;
    d.representative = draft.representative;
    d.state = DossierState::Received;
    d.receivedAt = receivedAt;
    d.dueAt = due;
    d.returnChannel = draft.returnChannel;
    d.receivedBy = draft.receivedBy.isEmpty() ? m_env.userName : draft.receivedBy;
    d.note = draft.note;
    d.demo = draft.demo.value_or(m_env.demo);
    return d;
}

std::variant<ReceptionOutcome, ReceptionError> ReceptionService::receive(const ReceptionDraft& draft,
                                                                         const QDateTime& now)
{
    if (!m_env.database)
        return failure(Error{QStringLiteral("intake.no_database"), QStringLiteral("no database")});
    const auto procedure = procedureFor(draft);
    if (!procedure)
        return failure(procedure.error(), validate(draft, now));
    const auto bundle = m_env.bundles.forProcedure(procedure->code);
    const ValidationIssues issues = DraftValidator::validate(draft, *procedure, bundle, now);
    if (!issues.isEmpty()) {
        QStringList fields;
        for (const auto& i : issues)
            fields.append(i.field + QLatin1Char(':') + i.code);
        return failure(Error{QStringLiteral("input.invalid"), fields.join(QStringLiteral(", "))}, issues);
    }

    const QDateTime receivedAt = draft.receivedAt.isValid() ? draft.receivedAt : now;
    const auto due = dueDate(*procedure, receivedAt);
    if (!due)
        return failure(due.error());

    const CodeRequest code{m_env.mintsOfficialCodes ? m_env.office.agencyId : m_env.office.deskId,
                           !m_env.mintsOfficialCodes};
    Transaction tx(*m_env.database);
    if (!tx.isActive())
        return failure(tx.status().error());

    Dossier dossier = makeDossier(draft, *procedure, receivedAt, due->due);
    dossier.feeVnd = draft.feeVnd.value_or(defaultFee(*procedure));
    QJsonArray reused;
    for (const ProcedureComponent& pc : procedure->components) {
        const ComponentChoice* choice = draft.choice(pc.id);
        if (!choice || choice->status == ComponentStatus::Missing)
            continue; // optional and not handed in: not part of the dossier
        const auto component = storeComponent(pc, choice);
        if (!component)
            return failure(component.error());
        if (component->status == ComponentStatus::Reused)
            reused.append(QJsonObject{{QStringLiteral("componentId"), pc.id},
                                      {QStringLiteral("sha256"), component->fileSha256},
                                      {QStringLiteral("fromDossier"), choice->reusedFrom}});
        dossier.components.append(*component);
    }

    DossierEvent created;
    created.actor = dossier.receivedBy;
    created.at = receivedAt;
    created.payload = QJsonObject{
        {QStringLiteral("channel"), QStringLiteral("desk")},
        {QStringLiteral("countingStart"), countingStartKey(due->startRule)},
        {QStringLiteral("calendar"), QJsonArray::fromStringList(m_env.calendar.layers())},
    };
    if (!reused.isEmpty())
        created.payload.insert(QStringLiteral("reused"), reused);
    if (bundle) {
        created.payload.insert(QStringLiteral("bundle"), bundle->id);
        created.payload.insert(QStringLiteral("subject"), applicantToJson(draft.subject));
    }
    DossierRepository repository(*m_env.database);
    auto stored = repository.create(dossier, created, code);
    if (!stored)
        return failure(stored.error());

    ReceptionOutcome outcome{*stored, {}, *procedure, *due};
    if (bundle) {
        const QStringList chosen = draft.bundleParts;
        for (const BundlePart& part : bundle->parts) {
            if (!chosen.isEmpty() && !chosen.contains(part.procedureCode))
                continue;
            const auto partProcedure = BundleCatalogue::partProcedure(part, m_env.catalogue);
            if (!partProcedure)
                return failure(Error{QStringLiteral("intake.bundle_part"),
                                     QStringLiteral("bundle part %1 has no procedure data").arg(part.procedureCode)});
            // Each part is a linked sub-dossier due with the group: the group's time limit is the legal one.
            Dossier sub = makeDossier(draft, *partProcedure, receivedAt, due->due);
            sub.parentUuid = stored->uuid;
            if (!draft.subject.fullName.isEmpty())
                sub.note = draft.subject.fullName;
            DossierEvent linked;
            linked.actor = sub.receivedBy;
            linked.at = receivedAt;
            linked.payload = QJsonObject{{QStringLiteral("channel"), QStringLiteral("desk")},
                                         {QStringLiteral("bundle"), bundle->id},
                                         {QStringLiteral("parentCode"), stored->code}};
            auto storedSub = repository.create(sub, linked, code);
            if (!storedSub)
                return failure(storedSub.error());
            outcome.linked.append(*storedSub);
        }
    }
    if (Status st = tx.commit(); !st)
        return failure(st.error());
    qCInfo(lcIntake) << "received dossier" << outcome.dossier.code << "procedure" << procedure->code << "linked"
                     << outcome.linked.size();
    return outcome;
}

QList<ReuseCandidate> ReceptionService::reuseCandidates(const QString& idNumber, const QString& componentId) const
{
    QList<ReuseCandidate> candidates;
    if (!m_env.database || idNumber.isEmpty())
        return candidates;
    const auto earlier = DossierRepository(*m_env.database).findByApplicantId(idNumber);
    if (!earlier)
        return candidates;
    QSet<QString> seen;
    for (const Dossier& d : *earlier) {
        for (const DossierComponent& c : d.components) {
            if (c.fileSha256.isEmpty() || seen.contains(c.fileSha256))
                continue;
            seen.insert(c.fileSha256);
            candidates.append(ReuseCandidate{d.code, d.procedureName, d.receivedAt, c.componentId, c.name, c.fileSha256,
                                             c.pageCount, c.componentId == componentId});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const ReuseCandidate& a, const ReuseCandidate& b) {
        if (a.sameComponent != b.sameComponent)
            return a.sameComponent;
        return a.receivedAt > b.receivedAt;
    });
    return candidates;
}

} // namespace motcua::intake
