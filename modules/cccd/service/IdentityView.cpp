#include "IdentityView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace motcua::cccd {

namespace {

const QSize kFaceSize(120, 160);

QString showDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString badgeStyle(Verdict verdict, bool applicable)
{
    if (!applicable || verdict == Verdict::NotChecked)
        return QStringLiteral("QLabel { background: #eceff1; color: #37474f; border-radius: 4px; padding: 3px 6px; }");
    if (verdict == Verdict::Passed)
        return QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border-radius: 4px; padding: 3px 6px; }");
    return QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; border-radius: 4px; padding: 3px 6px; "
                          "font-weight: bold; }");
}

} // namespace

IdentityView::IdentityView(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    outer->addLayout(top);

    auto* faceColumn = new QVBoxLayout;
    m_face = new QLabel(this);
    m_face->setObjectName(QStringLiteral("faceLabel"));
    m_face->setFixedSize(kFaceSize);
    m_face->setAlignment(Qt::AlignCenter);
    m_face->setFrameShape(QFrame::StyledPanel);
    m_face->setAccessibleName(tr("Photo from the chip"));
    faceColumn->addWidget(m_face);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setWordWrap(true);
    m_source->setMaximumWidth(kFaceSize.width());
    faceColumn->addWidget(m_source);
    faceColumn->addStretch();
    top->addLayout(faceColumn);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setVerticalSpacing(2);
    top->addLayout(m_form, 1);
    addField(QStringLiteral("idNumber"), tr("ID number"));
    addField(QStringLiteral("fullName"), tr("Full name"));
    addField(QStringLiteral("dateOfBirth"), tr("Date of birth"));
    addField(QStringLiteral("sex"), tr("Sex"));
    addField(QStringLiteral("nationality"), tr("Nationality"));
    addField(QStringLiteral("ethnicity"), tr("Ethnicity"));
    addField(QStringLiteral("religion"), tr("Religion"));
    addField(QStringLiteral("placeOfOrigin"), tr("Place of origin"));
    addField(QStringLiteral("placeOfResidence"), tr("Place of residence"));
    addField(QStringLiteral("personalMarks"), tr("Identifying marks"));
    addField(QStringLiteral("issuedOn"), tr("Date of issue"));
    addField(QStringLiteral("expiresOn"), tr("Valid until"));
    addField(QStringLiteral("fatherName"), tr("Father"));
    addField(QStringLiteral("motherName"), tr("Mother"));
    addField(QStringLiteral("spouseName"), tr("Spouse"));
    addField(QStringLiteral("oldIdNumber"), tr("Old ID (CMND)"));
    addField(QStringLiteral("documentNumber"), tr("MRZ document number"));

    auto* verdicts = new QVBoxLayout;
    verdicts->setSpacing(3);
    for (const QString& check : {QStringLiteral("dataIntact"), QStringLiteral("signatureValid"),
                                 QStringLiteral("issuerTrusted"), QStringLiteral("chipAuthentic")}) {
        auto* badge = new QLabel(this);
        badge->setObjectName(QStringLiteral("verdict_") + check);
        badge->setWordWrap(true);
        verdicts->addWidget(badge);
        m_verdicts.insert(check, badge);
    }
    outer->addLayout(verdicts);

    m_mismatches = new QLabel(this);
    m_mismatches->setObjectName(QStringLiteral("mismatchLabel"));
    m_mismatches->setWordWrap(true);
    m_mismatches->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #8a4b00; border: 1px solid #ffb74d; padding: 4px; }"));
    outer->addWidget(m_mismatches);
    outer->addStretch();
    clear();
}

void IdentityView::addField(const QString& key, const QString& label)
{
    auto* name = new QLabel(label, this);
    auto* value = new QLabel(this);
    value->setObjectName(QStringLiteral("field_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    name->setBuddy(value);
    m_form->addRow(name, value);
    m_values.insert(key, value);
    m_fieldLabels.insert(key, name);
}

QString IdentityView::verdictText(const QString& check, Verdict verdict)
{
    if (check == QLatin1String("dataIntact")) {
        switch (verdict) {
        case Verdict::Passed:
            return tr("Data intact: what was read is exactly what the issuing authority signed.");
        case Verdict::Failed:
            return tr("Data NOT intact: the chip's data differs from what the authority signed. Do not rely on "
                      "this card; check the person's papers.");
        case Verdict::NotChecked:
            return tr("Data integrity not checked.");
        }
    } else if (check == QLatin1String("signatureValid")) {
        switch (verdict) {
        case Verdict::Passed:
            return tr("Signature valid: the chip's data carries a correct digital signature.");
        case Verdict::Failed:
            return tr("Signature INVALID: the chip's data is not signed correctly; the card may be forged.");
        case Verdict::NotChecked:
            return tr("Signature not checked.");
        }
    } else if (check == QLatin1String("issuerTrusted")) {
        switch (verdict) {
        case Verdict::Passed:
            return tr("Issuer trusted: the signature comes from a recognised card authority (CSCA).");
        case Verdict::Failed:
            return tr("Issuer NOT trusted: the signer is not in the list of recognised card authorities.");
        case Verdict::NotChecked:
            return tr("Issuer not checked: no recognised card authority (CSCA) is configured at this desk.");
        }
    } else if (check == QLatin1String("chipAuthentic")) {
        switch (verdict) {
        case Verdict::Passed:
            return tr("Chip genuine: it proved it holds the card's secret key (not a copy).");
        case Verdict::Failed:
            return tr("Chip NOT genuine: it could not prove it holds the card's key; it may be a copy.");
        case Verdict::NotChecked:
            return tr("Chip copy protection not checked (this card offers none).");
        }
    }
    return {};
}

void IdentityView::setVerdict(const QString& check, Verdict verdict, bool applicable)
{
    QLabel* badge = m_verdicts.value(check);
    const QString mark = !applicable                  ? QStringLiteral("–")
                         : verdict == Verdict::Passed ? QStringLiteral("✓")
                         : verdict == Verdict::Failed ? QStringLiteral("✗")
                                                      : QStringLiteral("?");
    badge->setText(applicable ? mark + QLatin1Char(' ') + verdictText(check, verdict)
                              : mark + QLatin1Char(' ') + tr("Not verifiable: this data did not come from the chip."));
    badge->setStyleSheet(badgeStyle(verdict, applicable));
    badge->setAccessibleName(badge->text());
}

void IdentityView::clear()
{
    m_face->setPixmap({});
    m_face->setText(tr("No photo"));
    m_source->clear();
    for (QLabel* value : std::as_const(m_values)) {
        value->clear();
        value->setStyleSheet({});
    }
    for (QLabel* badge : std::as_const(m_verdicts)) {
        badge->clear();
        badge->hide();
    }
    m_mismatches->clear();
    m_mismatches->hide();
}

void IdentityView::setIdentity(const CitizenIdentity& identity)
{
    clear();
    if (identity.isEmpty())
        return;
    const QHash<QString, QString> values = {
        {QStringLiteral("idNumber"), identity.idNumber},
        {QStringLiteral("fullName"), identity.fullName},
        {QStringLiteral("dateOfBirth"), showDate(identity.dateOfBirth)},
        {QStringLiteral("sex"), identity.sex},
        {QStringLiteral("nationality"), identity.nationality},
        {QStringLiteral("ethnicity"), identity.ethnicity},
        {QStringLiteral("religion"), identity.religion},
        {QStringLiteral("placeOfOrigin"), identity.placeOfOrigin},
        {QStringLiteral("placeOfResidence"), identity.placeOfResidence},
        {QStringLiteral("personalMarks"), identity.personalMarks},
        {QStringLiteral("issuedOn"), showDate(identity.issuedOn)},
        {QStringLiteral("expiresOn"), identity.expiresOn.isValid() ? showDate(identity.expiresOn) : QString()},
        {QStringLiteral("fatherName"), identity.fatherName},
        {QStringLiteral("motherName"), identity.motherName},
        {QStringLiteral("spouseName"), identity.spouseName},
        {QStringLiteral("oldIdNumber"), identity.oldIdNumber},
        {QStringLiteral("documentNumber"), identity.documentNumber},
    };
    for (auto it = values.begin(); it != values.end(); ++it)
        m_values.value(it.key())->setText(it.value());

    QPixmap face;
    if (!identity.faceImage.isEmpty() && face.loadFromData(identity.faceImage)) {
        m_face->setPixmap(face.scaled(kFaceSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_face->setText(identity.faceImage.isEmpty() ? tr("No photo") : tr("Photo unreadable"));
    }

    QString source;
    switch (identity.source) {
    case CitizenIdentity::Source::Chip:
        source = tr("Read from the chip");
        break;
    case CitizenIdentity::Source::Qr:
        source = tr("From the QR code");
        break;
    case CitizenIdentity::Source::Mrz:
        source = tr("From the MRZ");
        break;
    case CitizenIdentity::Source::Demo:
        source = tr("DEMO card (not a real person)");
        break;
    }
    if (identity.readAt.isValid())
        source += QLatin1Char('\n') + identity.readAt.toString(QStringLiteral("HH:mm:ss dd/MM/yyyy"));
    m_source->setText(source);

    const bool fromChip =
        identity.source == CitizenIdentity::Source::Chip || identity.source == CitizenIdentity::Source::Demo;
    setVerdict(QStringLiteral("dataIntact"), identity.dataIntact, fromChip);
    setVerdict(QStringLiteral("signatureValid"), identity.signatureValid, fromChip);
    setVerdict(QStringLiteral("issuerTrusted"), identity.issuerTrusted, fromChip);
    m_verdicts.value(QStringLiteral("dataIntact"))->show();
    if (fromChip) {
        m_verdicts.value(QStringLiteral("signatureValid"))->show();
        m_verdicts.value(QStringLiteral("issuerTrusted"))->show();
        if (identity.chipAuthentic != Verdict::NotChecked) {
            setVerdict(QStringLiteral("chipAuthentic"), identity.chipAuthentic, true);
            m_verdicts.value(QStringLiteral("chipAuthentic"))->show();
        }
    }

    if (!identity.mismatches.isEmpty()) {
        QStringList lines;
        for (auto it = identity.mismatches.begin(); it != identity.mismatches.end(); ++it) {
            QLabel* value = m_values.value(it.key());
            const QString label = m_fieldLabels.contains(it.key()) ? m_fieldLabels.value(it.key())->text() : it.key();
            if (value)
                value->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #8a4b00; }"));
            lines << QStringLiteral("• %1: %2").arg(label, it.value());
        }
        m_mismatches->setText(tr("The sources disagree — check with the card and the person:") + QLatin1Char('\n') +
                              lines.join(QLatin1Char('\n')));
        m_mismatches->show();
    }
}

} // namespace motcua::cccd
