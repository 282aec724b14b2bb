#pragma once

#include "FormInput.h"
#include "FormKind.h"
#include "IntakeEnvironment.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace motcua {
struct DossierEvent;
}

namespace motcua::intake {

// Gathers what a form shows from the store: the dossier, the procedure version it was received
// under, the details of the action the form records (from the event payloads) and, for the control
// sheet, every handover of its timeline. Forms are therefore reprintable at any time, identical.
class FormDataBuilder
{
public:
    explicit FormDataBuilder(const IntakeEnvironment& environment);

    Result<FormInput> build(FormKind kind, const QString& dossierUuid,
                            const QDateTime& printedAt = QDateTime::currentDateTime()) const;
    // The log book of dossiers received from `from` to `to` (local dates, inclusive).
    Result<FormInput> logBook(const QDate& from, const QDate& to,
                              const QDateTime& printedAt = QDateTime::currentDateTime()) const;

    // Linked sub-dossiers of an interlinked group (by parent uuid), in code order.
    QList<Dossier> linkedDossiers(const QString& parentUuid) const;
    // The handovers of a dossier's timeline, for the control sheet.
    QList<ControlStep> controlSteps(const Dossier& dossier, const QList<DossierEvent>& events,
                                    const std::optional<Procedure>& procedure) const;

private:
    const IntakeEnvironment& m_env;
};

} // namespace motcua::intake
