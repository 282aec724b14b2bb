#include "DraftValidator.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace motcua::intake {

namespace {

ValidationIssue issue(const QString& field, const QString& code)
{
    return ValidationIssue{field, code, DraftValidator::messageFor(code)};
}

// Age in whole years on `on`.
int ageOn(const QDate& birth, const QDate& on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

bool looksLikePdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

QString DraftValidator::messageFor(const QString& code)
{
    //: Validation messages shown beside the reception form; "hồ sơ" = dossier, "thành phần hồ sơ" = component.
    if (code == QLatin1String("procedure.missing"))
        return tr("Choose the procedure first.");
    if (code == QLatin1String("procedure.unknown"))
        return tr("This procedure is not in the catalogue.");
    if (code == QLatin1String("name.missing"))
        return tr("Enter the full name as written on the identity card.");
    if (code == QLatin1String("id.missing"))
        return tr("Enter the 12-digit personal identification number.");
    if (code == QLatin1String("id.length"))
        return tr("The personal identification number must have exactly 12 digits.");
    if (code == QLatin1String("id.not_digits"))
        return tr("The personal identification number may contain digits only.");
    if (code == QLatin1String("id.province"))
        return tr("The first three digits of the identification number are not a province code (001–096).");
    if (code == QLatin1String("id.birth_year"))
        return tr("The identification number does not match the year of birth: check both.");
    if (code == QLatin1String("id.sex"))
        return tr("The identification number does not match the sex: check both.");
    if (code == QLatin1String("dob.future"))
        return tr("The date of birth cannot be in the future.");
    if (code == QLatin1String("dob.too_old"))
        return tr("The date of birth is implausibly early: check the year.");
    if (code == QLatin1String("phone.format"))
        return tr("The phone number should have 10 digits starting with 0 (or +84).");
    if (code == QLatin1String("email.format"))
        return tr("The email address is not valid.");
    if (code == QLatin1String("received.future"))
        return tr("The reception time cannot be in the future.");
    if (code == QLatin1String("channel.unknown"))
        return tr("Choose where the citizen receives the result.");
    //: "thành phần hồ sơ" = dossier component
    if (code == QLatin1String("component.unknown"))
        return tr("This component is not part of the procedure.");
    if (code == QLatin1String("component.missing"))
        return tr("This required component has not been handed in: scan it, mark it shown, or reuse an earlier "
                  "digitised copy.");
    if (code == QLatin1String("component.not_shown_only"))
        return tr("This component must be kept: scan it or reuse an earlier digitised copy; showing it is not "
                  "enough.");
    if (code == QLatin1String("component.no_file"))
        return tr("No scanned file is attached to this component yet.");
    if (code == QLatin1String("component.not_pdf"))
        return tr("The attached file is not a PDF document.");
    if (code == QLatin1String("component.not_reusable"))
        return tr("This component cannot be reused from an earlier dossier: it must be handed in again.");
    if (code == QLatin1String("component.reuse_no_file"))
        return tr("Choose which earlier digitised document to reuse.");
    if (code == QLatin1String("bundle.part_unknown"))
        return tr("This procedure is not part of the interlinked group.");
    if (code == QLatin1String("bundle.part_required"))
        return tr("The interlinked group must include this procedure.");
    if (code == QLatin1String("bundle.too_few_parts"))
        return tr("Choose at least the required number of procedures for the interlinked group.");
    if (code == QLatin1String("subject.name"))
        return tr("Enter the full name of the person the interlinked group is about.");
    if (code == QLatin1String("subject.dob"))
        return tr("Enter the child's date of birth.");
    if (code == QLatin1String("subject.too_old"))
        return tr("The child must be under 6 years old for this interlinked group.");
    return tr("Check this field.");
}

QString DraftValidator::checkIdAgainstPerson(const QString& idNumber, const QDate& dateOfBirth, const QString& sex)
{
    const QString basic = validatePersonalId(idNumber);
    if (!basic.isEmpty())
        return basic;
    // Digit 4 encodes century and sex (0/1: 1900s male/female, 2/3: 2000s, …); digits 5–6 the year.
    const int genderCentury = idNumber.at(3).digitValue();
    const int century = 1900 + (genderCentury / 2) * 100;
    const int yearDigits = idNumber.mid(4, 2).toInt();
    if (dateOfBirth.isValid() && (dateOfBirth.year() != century + yearDigits))
        return QStringLiteral("id.birth_year");
    const QString s = sex.trimmed().toLower();
    const bool female = genderCentury % 2 == 1;
    if ((s == QStringLiteral("nam") && female) || (s == QStringLiteral("nữ") && !female))
        return QStringLiteral("id.sex");
    return {};
}

ValidationIssues DraftValidator::validatePerson(const Applicant& p, const QString& prefix, const QDate& today)
{
    ValidationIssues issues;
    if (p.fullName.trimmed().size() < 2)
        issues.append(issue(prefix + QStringLiteral(".fullName"), QStringLiteral("name.missing")));
    if (p.idNumber.isEmpty())
        issues.append(issue(prefix + QStringLiteral(".idNumber"), QStringLiteral("id.missing")));
    else if (const QString code = checkIdAgainstPerson(p.idNumber, p.dateOfBirth, p.sex); !code.isEmpty())
        issues.append(issue(prefix + QStringLiteral(".idNumber"), code));
    if (p.dateOfBirth.isValid()) {
        if (p.dateOfBirth > today)
            issues.append(issue(prefix + QStringLiteral(".dateOfBirth"), QStringLiteral("dob.future")));
        else if (p.dateOfBirth.year() < 1900)
            issues.append(issue(prefix + QStringLiteral(".dateOfBirth"), QStringLiteral("dob.too_old")));
    }
    if (!p.phone.isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^(0|\\+84)[0-9]{8,10}$"));
        QString digits = p.phone;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
        if (!phone.match(digits).hasMatch())
            issues.append(issue(prefix + QStringLiteral(".phone"), QStringLiteral("phone.format")));
    }
    if (!p.email.isEmpty()) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(p.email).hasMatch())
            issues.append(issue(prefix + QStringLiteral(".email"), QStringLiteral("email.format")));
    }
    return issues;
}

ValidationIssues DraftValidator::validate(const ReceptionDraft& draft, const Procedure& procedure,
                                          const std::optional<BundleDefinition>& bundle, const QDateTime& now)
{
    ValidationIssues issues;
    const QDate today = now.date();
    if (draft.receivedAt.isValid() && draft.receivedAt > now.addSecs(5 * 60))
        issues.append(issue(QStringLiteral("receivedAt"), QStringLiteral("received.future")));
    issues += validatePerson(draft.applicant, QStringLiteral("applicant"), today);
    if (draft.representative)
        issues += validatePerson(*draft.representative, QStringLiteral("representative"), today);
    static const QStringList channels{QStringLiteral("desk"), QStringLiteral("post"), QStringLiteral("online")};
    if (!channels.contains(draft.returnChannel))
        issues.append(issue(QStringLiteral("returnChannel"), QStringLiteral("channel.unknown")));

    for (const ComponentChoice& c : draft.components) {
        const auto it = std::find_if(procedure.components.begin(), procedure.components.end(),
                                     [&c](const ProcedureComponent& pc) { return pc.id == c.componentId; });
        if (it == procedure.components.end())
            issues.append(issue(QStringLiteral("components.") + c.componentId, QStringLiteral("component.unknown")));
    }
    for (const ProcedureComponent& pc : procedure.components) {
        const QString field = QStringLiteral("components.") + pc.id;
        const ComponentChoice* c = draft.choice(pc.id);
        const ComponentStatus status = c ? c->status : ComponentStatus::Missing;
        switch (status) {
        case ComponentStatus::Missing:
            if (pc.required)
                issues.append(issue(field, QStringLiteral("component.missing")));
            break;
        case ComponentStatus::ShownOnly:
            if (pc.required && pc.form != ComponentForm::ShownOnly)
                issues.append(issue(field, QStringLiteral("component.not_shown_only")));
            break;
        case ComponentStatus::Scanned:
            if (c->filePath.isEmpty() && c->fileSha256.isEmpty())
                issues.append(issue(field, QStringLiteral("component.no_file")));
            else if (!c->filePath.isEmpty() && !looksLikePdf(c->filePath))
                issues.append(issue(field, QStringLiteral("component.not_pdf")));
            break;
        case ComponentStatus::Reused:
            if (!pc.reusable)
                issues.append(issue(field, QStringLiteral("component.not_reusable")));
            else if (c->fileSha256.isEmpty())
                issues.append(issue(field, QStringLiteral("component.reuse_no_file")));
            break;
        }
    }

    if (bundle) {
        QStringList chosen = draft.bundleParts;
        if (chosen.isEmpty())
            for (const BundlePart& p : bundle->parts)
                chosen.append(p.procedureCode);
        for (const QString& code : chosen) {
            const bool known = std::any_of(bundle->parts.begin(), bundle->parts.end(),
                                           [&code](const BundlePart& p) { return p.procedureCode == code; });
            if (!known)
                issues.append(issue(QStringLiteral("bundle.parts"), QStringLiteral("bundle.part_unknown")));
        }
        for (const BundlePart& p : bundle->parts)
            if (p.required && !chosen.contains(p.procedureCode))
                issues.append(issue(QStringLiteral("bundle.parts"), QStringLiteral("bundle.part_required")));
        if (chosen.size() < bundle->minParts)
            issues.append(issue(QStringLiteral("bundle.parts"), QStringLiteral("bundle.too_few_parts")));
        if (draft.subject.fullName.trimmed().size() < 2)
            issues.append(issue(QStringLiteral("bundle.subject.fullName"), QStringLiteral("subject.name")));
        if (bundle->subjectMaxAgeYears > 0) {
            const QDate on = draft.receivedAt.isValid() ? draft.receivedAt.date() : today;
            if (!draft.subject.dateOfBirth.isValid())
                issues.append(issue(QStringLiteral("bundle.subject.dateOfBirth"), QStringLiteral("subject.dob")));
            else if (draft.subject.dateOfBirth > on)
                issues.append(issue(QStringLiteral("bundle.subject.dateOfBirth"), QStringLiteral("dob.future")));
            else if (ageOn(draft.subject.dateOfBirth, on) >= bundle->subjectMaxAgeYears)
                issues.append(issue(QStringLiteral("bundle.subject.dateOfBirth"), QStringLiteral("subject.too_old")));
        }
    }
    return issues;
}

} // namespace motcua::intake
