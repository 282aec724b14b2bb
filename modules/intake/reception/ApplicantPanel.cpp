#include "ApplicantPanel.h"

#include "PersonForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::intake {

namespace {

QString mark(Verdict v)
{
    switch (v) {
    case Verdict::Passed:
        return QStringLiteral("<span style='color:#1b7f3b'>✓</span>");
    case Verdict::Failed:
        return QStringLiteral("<span style='color:#b00020'>✗</span>");
    case Verdict::NotChecked:
        break;
    }
    return QStringLiteral("<span style='color:#777'>–</span>");
}

} // namespace

ApplicantPanel::ApplicantPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_cardStatus = new QLabel(this);
    m_cardStatus->setObjectName(QStringLiteral("cardStatus"));
    m_cardStatus->setStyleSheet(QStringLiteral("color: #555;"));
    m_cardButton = new QPushButton(this);
    m_cardButton->setObjectName(QStringLiteral("readCardButton"));
    m_cardButton->setFocusPolicy(Qt::NoFocus);
    connect(m_cardButton, &QPushButton::clicked, this, &ApplicantPanel::readCardRequested);
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_cardStatus);
    top->addWidget(m_cardButton);
    layout->addLayout(top);

    m_verdicts = new QLabel(this);
    m_verdicts->setObjectName(QStringLiteral("identityVerdicts"));
    m_verdicts->setTextFormat(Qt::RichText);
    m_verdicts->setWordWrap(true);
    m_verdicts->setStyleSheet(QStringLiteral("background: #eef6ee; border: 1px solid #bcd9bf; padding: 3px;"));
    m_verdicts->hide();
    m_verdictTimer = new QTimer(this);
    m_verdictTimer->setSingleShot(true);
    m_verdictTimer->setInterval(20000);
    // The verdicts are shown in full for a while, then shrink to one short line.
    connect(m_verdictTimer, &QTimer::timeout, this, [this] { m_verdicts->setText(m_verdictShort); });
    layout->addWidget(m_verdicts);

    m_applicant = new PersonForm(QStringLiteral("applicant"), PersonForm::Fields::Full, this);
    layout->addWidget(m_applicant);

    m_representativeBox = new QCheckBox(this);
    m_representativeBox->setObjectName(QStringLiteral("representativeBox"));
    layout->addWidget(m_representativeBox);
    m_representative = new PersonForm(QStringLiteral("representative"), PersonForm::Fields::Full, this);
    m_representative->hide();
    layout->addWidget(m_representative);
    connect(m_representativeBox, &QCheckBox::toggled, this, [this] {
        updateRepresentative();
        emit changed();
    });
    connect(m_applicant, &PersonForm::changed, this, &ApplicantPanel::changed);
    connect(m_representative, &PersonForm::changed, this, &ApplicantPanel::changed);
    setFocusProxy(m_applicant);
    retranslateUi();
}

void ApplicantPanel::retranslateUi()
{
    m_heading->setText(tr("2. Applicant"));
    m_cardButton->setText(tr("Read card (F4)"));
    m_representativeBox->setText(tr("Handed in by an authorised &representative"));
    m_applicant->retranslateUi();
    m_representative->retranslateUi();
}

void ApplicantPanel::updateRepresentative()
{
    m_representative->setVisible(m_representativeBox->isChecked());
}

Applicant ApplicantPanel::applicant() const
{
    return m_applicant->person();
}

std::optional<Applicant> ApplicantPanel::representative() const
{
    if (!m_representativeBox->isChecked())
        return std::nullopt;
    return m_representative->person();
}

void ApplicantPanel::setPeople(const Applicant& applicant, const std::optional<Applicant>& representative)
{
    m_applicant->setPerson(applicant);
    m_representativeBox->setChecked(representative.has_value());
    m_representative->setPerson(representative.value_or(Applicant{}));
    updateRepresentative();
}

void ApplicantPanel::clear()
{
    m_applicant->clear();
    m_representative->clear();
    m_representativeBox->setChecked(false);
    m_verdicts->clear();
    m_verdicts->hide();
}

void ApplicantPanel::applyIdentity(const CitizenIdentity& identity)
{
    if (identity.isEmpty())
        return;
    const bool toRepresentative =
        m_representativeBox->isChecked() && m_representative->isAncestorOf(QApplication::focusWidget());
    PersonForm* target = toRepresentative ? m_representative : m_applicant;
    target->fillFromIdentity(identity);

    QString source;
    switch (identity.source) {
    case CitizenIdentity::Source::Chip:
        source = tr("chip");
        break;
    case CitizenIdentity::Source::Demo:
        source = tr("demo card chip");
        break;
    case CitizenIdentity::Source::Qr:
        source = tr("QR code (not verified by the chip)");
        break;
    case CitizenIdentity::Source::Mrz:
        source = tr("MRZ");
        break;
    }
    const QString who = toRepresentative ? tr("representative") : tr("applicant");
    QString text =
        tr("Filled the %1 from the %2 at %3.")
            .arg(who, source,
                 identity.readAt.isValid() ? identity.readAt.toString(QStringLiteral("HH:mm")) : QStringLiteral("—"));
    const bool chip =
        identity.source == CitizenIdentity::Source::Chip || identity.source == CitizenIdentity::Source::Demo;
    const bool failed = identity.dataIntact == Verdict::Failed || identity.signatureValid == Verdict::Failed ||
                        identity.issuerTrusted == Verdict::Failed || identity.chipAuthentic == Verdict::Failed;
    if (chip) {
        text += QStringLiteral("<br>") + tr("Data intact %1 · Signature %2 · Issuer trusted %3 · Chip authentic %4")
                                             .arg(mark(identity.dataIntact), mark(identity.signatureValid),
                                                  mark(identity.issuerTrusted), mark(identity.chipAuthentic));
    }
    for (auto it = identity.mismatches.begin(); it != identity.mismatches.end(); ++it)
        text += QStringLiteral("<br><span style='color:#b00020'>%1</span>")
                    .arg(tr("Differs between sources — %1: %2").arg(it.key(), it.value()).toHtmlEscaped());
    m_verdictShort = failed || !identity.mismatches.isEmpty()
                         ? tr("<span style='color:#b00020'>Card check failed: verify the person</span>")
                     : chip && identity.dataIntact == Verdict::Passed && identity.signatureValid == Verdict::Passed
                         ? tr("Card verified %1").arg(mark(Verdict::Passed))
                         : tr("Card read (%1)").arg(source);
    m_verdicts->setStyleSheet(failed || !identity.mismatches.isEmpty()
                                  ? QStringLiteral("background: #fdecee; border: 1px solid #e3a1aa; padding: 3px;")
                                  : QStringLiteral("background: #eef6ee; border: 1px solid #bcd9bf; padding: 3px;"));
    m_verdicts->setText(text);
    m_verdicts->show();
    m_verdictTimer->start();
}

QString ApplicantPanel::verdictText() const
{
    return m_verdicts->isVisible() ? m_verdicts->text() : QString();
}

void ApplicantPanel::setCardStatus(const QString& text)
{
    m_cardStatus->setText(text);
}

ValidationIssues ApplicantPanel::localIssues() const
{
    ValidationIssues issues = m_applicant->localIssues();
    if (m_representativeBox->isChecked())
        issues += m_representative->localIssues();
    return issues;
}

void ApplicantPanel::showIssues(const ValidationIssues& issues, bool showAll)
{
    m_applicant->showIssues(issues, showAll);
    m_representative->showIssues(issues, showAll);
}

QWidget* ApplicantPanel::fieldWidget(const QString& fieldPath) const
{
    if (QWidget* w = m_applicant->fieldWidget(fieldPath))
        return w;
    return m_representative->fieldWidget(fieldPath);
}

} // namespace motcua::intake
