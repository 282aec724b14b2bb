#pragma once

#include "BundleCatalogue.h"
#include "Procedure.h"
#include "ReceptionDraft.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>

namespace motcua::intake {

// Checks a reception before it is saved: the applicant's identity (12-digit number consistent with the
// date of birth and sex it encodes), dates, contacts, the representative, every required component
// handed in the way the procedure allows, and the interlinked group's parts and subject. Each problem
// comes back with a sentence that says what to fix.
class DraftValidator
{
    Q_DECLARE_TR_FUNCTIONS(motcua::intake::DraftValidator)
public:
    // `bundle` when the procedure stands for an interlinked group.
    static ValidationIssues validate(const ReceptionDraft& draft, const Procedure& procedure,
                                     const std::optional<BundleDefinition>& bundle, const QDateTime& now);

    // One person (applicant or representative); `prefix` names the field path ("applicant").
    static ValidationIssues validatePerson(const Applicant& person, const QString& prefix, const QDate& today);
    // Empty when the 12-digit number is consistent with the date of birth and sex; else the issue code
    // ("id.length", "id.not_digits", "id.province", "id.birth_year", "id.sex").
    static QString checkIdAgainstPerson(const QString& idNumber, const QDate& dateOfBirth, const QString& sex);
    static QString messageFor(const QString& code);
};

} // namespace motcua::intake
