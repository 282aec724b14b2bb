#include "BundlePanel.h"

#include "PersonForm.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace motcua::intake {

namespace {
constexpr auto kCodeProperty = "procedureCode";
}

BundlePanel::BundlePanel(QWidget* parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("bundlePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    m_partsLabel = new QLabel(this);
    layout->addWidget(m_partsLabel);
    m_partsError = new QLabel(this);
    m_partsError->setObjectName(QStringLiteral("bundle.parts.error"));
    m_partsError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_partsError->setWordWrap(true);
    m_partsError->hide();
    m_subjectLabel = new QLabel(this);
    m_subject = new PersonForm(QStringLiteral("bundle.subject"), PersonForm::Fields::NameAndBirth, this);
    layout->addWidget(m_partsError);
    layout->addWidget(m_subjectLabel);
    layout->addWidget(m_subject);
    connect(m_subject, &PersonForm::changed, this, &BundlePanel::changed);
    hide();
    retranslateUi();
}

void BundlePanel::retranslateUi()
{
    setTitle(tr("Interlinked group"));
    m_partsLabel->setText(tr("Procedures received together (Space ticks):"));
    const bool child = m_bundle && m_bundle->subjectRole == QLatin1String("child");
    m_subjectLabel->setText(child ? tr("The child being registered:") : tr("The deceased person:"));
    m_subject->retranslateUi();
}

void BundlePanel::setBundle(const std::optional<BundleDefinition>& bundle, const Catalogue& catalogue)
{
    m_bundle = bundle;
    qDeleteAll(m_parts);
    m_parts.clear();
    m_subject->clear();
    if (!bundle) {
        hide();
        return;
    }
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    int index = layout->indexOf(m_partsLabel) + 1;
    QWidget* previous = nullptr;
    for (const BundlePart& part : bundle->parts) {
        const auto procedure = BundleCatalogue::partProcedure(part, catalogue);
        auto* box = new QCheckBox(procedure ? procedure->name : part.procedureCode, this);
        box->setObjectName(QStringLiteral("bundlePart:") + part.procedureCode);
        box->setProperty(kCodeProperty, part.procedureCode);
        box->setChecked(true);
        box->setEnabled(!part.required);
        if (part.required)
            box->setToolTip(tr("Required in this group"));
        connect(box, &QCheckBox::toggled, this, &BundlePanel::changed);
        layout->insertWidget(index++, box);
        m_parts.append(box);
        if (previous && box->isEnabled())
            setTabOrder(previous, box);
        if (box->isEnabled())
            previous = box;
    }
    retranslateUi();
    show();
}

QStringList BundlePanel::chosenParts() const
{
    QStringList codes;
    for (QCheckBox* box : m_parts)
        if (box->isChecked())
            codes.append(box->property(kCodeProperty).toString());
    return codes;
}

void BundlePanel::setChosenParts(const QStringList& codes)
{
    if (codes.isEmpty())
        return; // empty = every part
    for (QCheckBox* box : m_parts)
        if (box->isEnabled())
            box->setChecked(codes.contains(box->property(kCodeProperty).toString()));
}

Applicant BundlePanel::subject() const
{
    return m_bundle ? m_subject->person() : Applicant{};
}

void BundlePanel::setSubject(const Applicant& subject)
{
    m_subject->setPerson(subject);
}

ValidationIssues BundlePanel::localIssues() const
{
    return m_bundle ? m_subject->localIssues() : ValidationIssues{};
}

void BundlePanel::showIssues(const ValidationIssues& issues, bool showAll)
{
    m_subject->showIssues(issues, showAll);
    QStringList messages;
    for (const ValidationIssue& issue : issues)
        if (issue.field == QLatin1String("bundle.parts") && !messages.contains(issue.message))
            messages.append(issue.message);
    m_partsError->setText(messages.join(QLatin1Char('\n')));
    m_partsError->setVisible(!messages.isEmpty());
}

QWidget* BundlePanel::fieldWidget(const QString& fieldPath) const
{
    if (fieldPath == QLatin1String("bundle.parts")) {
        for (QCheckBox* box : m_parts)
            if (box->isEnabled())
                return box;
        return nullptr;
    }
    return m_subject->fieldWidget(fieldPath);
}

} // namespace motcua::intake
