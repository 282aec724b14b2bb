#pragma once

#include "DueDateCalculator.h"
#include "IntakeEnvironment.h"
#include "ReceptionDraft.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QList>
#include <variant>

namespace motcua::intake {

// What a reception produced: the dossier (for a bundle, the group's parent dossier), its linked
// sub-dossiers, the procedure version used and how the due date was computed.
struct ReceptionOutcome
{
    Dossier dossier;
    QList<Dossier> linked;
    Procedure procedure;
    DueDate due;
};

// Why receive() refused: invalid input (with the issues to show) or a storage failure.
struct ReceptionError
{
    Error error;
    ValidationIssues issues;
};

// An earlier digitised document of the same citizen that a component can reuse (Đề án 06 aim).
struct ReuseCandidate
{
    QString dossierCode;
    QString procedureName;
    QDateTime receivedAt;
    QString componentId;
    QString componentName;
    QString fileSha256;
    int pageCount = 0;
    bool sameComponent = false; // same component id: the likeliest match
};

// Receives a dossier at the desk: validates the draft against its procedure version, computes the
// appointment to the minute with the working calendar, and writes dossier + components + files +
// outbox event (and, for an interlinked group, every linked sub-dossier) in ONE transaction, under a
// code from the daily sequence (provisional unless the desk mints official codes).
class ReceptionService
{
    Q_DECLARE_TR_FUNCTIONS(motcua::intake::ReceptionService)
public:
    explicit ReceptionService(const IntakeEnvironment& environment);

    // The procedure version a draft names (current version when it names none).
    Result<Procedure> procedureFor(const ReceptionDraft& draft) const;
    ValidationIssues validate(const ReceptionDraft& draft, const QDateTime& now) const;
    // The appointment for `draft` received at `receivedAt` (preview while filling in).
    Result<DueDate> dueDate(const Procedure& procedure, const QDateTime& receivedAt) const;

    // Everything or nothing: on failure no row is written (files already copied are orphans that
    // FileStore::collectGarbage removes).
    std::variant<ReceptionOutcome, ReceptionError> receive(const ReceptionDraft& draft,
                                                           const QDateTime& now = QDateTime::currentDateTime());

    // The fee of a procedure from the catalogue: the sum of amounts known at the desk.
    static qint64 defaultFee(const Procedure& procedure);
    // Earlier digitised documents of the citizen with `idNumber`, same component first, newest first.
    QList<ReuseCandidate> reuseCandidates(const QString& idNumber, const QString& componentId) const;

private:
    Result<DossierComponent> storeComponent(const ProcedureComponent& pc, const ComponentChoice* choice);
    Dossier makeDossier(const ReceptionDraft& draft, const Procedure& procedure, const QDateTime& receivedAt,
                        const QDateTime& due) const;

    const IntakeEnvironment& m_env;
};

} // namespace motcua::intake
