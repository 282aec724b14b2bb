#pragma once

#include "Dossier.h"
#include "FormKind.h"
#include "IntakeEnvironment.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace motcua::intake {

// The desk's life-cycle actions with their legal rules (DOMAIN.md §3–4). Each one is an event plus an
// outbox entry written by the repository in one transaction, and each names the form to print.
// Illegal steps come back as errors without writing anything: a second supplement request
// (lifecycle.supplement_once), a second extension (lifecycle.extension_once), an action the state
// does not allow (lifecycle.illegal_transition), or missing details (action.*).
class DeskActions
{
    Q_DECLARE_TR_FUNCTIONS(motcua::intake::DeskActions)
public:
    explicit DeskActions(const IntakeEnvironment& environment);

    // Phiếu yêu cầu bổ sung: what is missing, once and completely.
    Result<Dossier> requestSupplement(const QString& uuid, const QStringList& items, const QString& reason,
                                      const QDateTime& at = {});
    // The citizen brought what was missing: the processing period restarts from `at` (ND 61 Điều 19 k.4).
    Result<Dossier> completeSupplement(const QString& uuid, const QDateTime& at = {});
    // Phiếu từ chối with the reasons.
    Result<Dossier> refuse(const QString& uuid, const QStringList& reasons, const QDateTime& at = {});
    // Sent to the competent unit.
    Result<Dossier> startProcessing(const QString& uuid, const QString& toUnit, const QDateTime& at = {});
    // The result is ready at the desk.
    Result<Dossier> resolve(const QString& uuid, const QString& note, const QDateTime& at = {});
    // Handed over: when and to whom.
    Result<Dossier> returnResult(const QString& uuid, const QString& receiverName, const QString& receiverId,
                                 const QDateTime& at = {});
    // The citizen asks to stop; the stop notice follows (both recorded, in one transaction).
    Result<Dossier> withdraw(const QString& uuid, const QString& reason, const QDateTime& requestedAt = {},
                             const QDateTime& at = {});
    // Phiếu xin lỗi và hẹn lại: a new appointment after the current one, once.
    Result<Dossier> extend(const QString& uuid, const QDateTime& newDueAt, const QString& reason,
                           const QDateTime& at = {});

    // The form an action prints, if any.
    static std::optional<FormKind> formFor(DossierAction action);
    // A sentence for the official about an error code of these actions.
    static QString messageFor(const Error& error);

private:
    Result<Dossier> apply(const QString& uuid, DossierAction action, const QJsonObject& payload, const QDateTime& at,
                          const QDateTime& newDueAt = {});

    const IntakeEnvironment& m_env;
};

} // namespace motcua::intake
