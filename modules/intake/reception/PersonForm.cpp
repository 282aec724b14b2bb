#include "PersonForm.h"

#include "DraftValidator.h"
#include "ReceptionText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace motcua::intake {

PersonForm::PersonForm(QString prefix, Fields fields, QWidget* parent)
    : QWidget(parent), m_prefix(std::move(prefix)), m_fields(fields)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(3, 2);

    auto lineEdit = [this](const QString& key) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(m_prefix + QLatin1Char('.') + key);
        connect(edit, &QLineEdit::textEdited, this, [this, key] {
            m_edited.insert(key);
            if (key == QLatin1String("idNumber") || key == QLatin1String("fullName") ||
                key == QLatin1String("dateOfBirth"))
                m_source = QStringLiteral("manual");
        });
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                emit changed();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, key] { touch(key); });
        return edit;
    };

    m_name = lineEdit(QStringLiteral("fullName"));
    m_birth = lineEdit(QStringLiteral("dateOfBirth"));
    m_birth->setMaxLength(10);
    if (m_fields == Fields::Full) {
        m_id = lineEdit(QStringLiteral("idNumber"));
        m_id->setMaxLength(12);
        m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_id));
        m_sex = new QComboBox(this);
        m_sex->setObjectName(m_prefix + QStringLiteral(".sex"));
        m_sex->addItems({QString(), QStringLiteral("Nam"), QStringLiteral("Nữ")});
        connect(m_sex, &QComboBox::currentIndexChanged, this, [this] {
            m_edited.insert(QStringLiteral("sex"));
            if (!m_filling)
                emit changed();
        });
        m_address = lineEdit(QStringLiteral("address"));
        m_phone = lineEdit(QStringLiteral("phone"));
        m_email = lineEdit(QStringLiteral("email"));
        // Tab order follows what the citizen is asked: number, name, birth, sex, address, phone, email.
        addRow(0, QStringLiteral("idNumber"), m_id, 0, 1);
        addRow(0, QStringLiteral("dateOfBirth"), m_birth, 2, 1);
        addRow(2, QStringLiteral("fullName"), m_name, 0, 3);
        addRow(4, QStringLiteral("sex"), m_sex, 0, 1);
        addRow(4, QStringLiteral("phone"), m_phone, 2, 1);
        addRow(6, QStringLiteral("address"), m_address, 0, 3);
        addRow(8, QStringLiteral("email"), m_email, 0, 3);
        setTabOrder(m_id, m_name);
        setTabOrder(m_name, m_birth);
        setTabOrder(m_birth, m_sex);
        setTabOrder(m_sex, m_address);
        setTabOrder(m_address, m_phone);
        setTabOrder(m_phone, m_email);
        setFocusProxy(m_id);
    } else {
        addRow(0, QStringLiteral("fullName"), m_name, 0, 3);
        addRow(2, QStringLiteral("dateOfBirth"), m_birth, 0, 1);
        setTabOrder(m_name, m_birth);
        setFocusProxy(m_name);
    }
    retranslateUi();
}

void PersonForm::addRow(int row, const QString& key, QWidget* field, int column, int span)
{
    auto* caption = new QLabel(this);
    caption->setBuddy(field);
    auto* error = new QLabel(this);
    error->setObjectName(m_prefix + QLatin1Char('.') + key + QStringLiteral(".error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->hide();
    m_grid->addWidget(caption, row, column);
    m_grid->addWidget(field, row, column + 1, 1, span);
    m_grid->addWidget(error, row + 1, column + 1, 1, span);
    m_labels.insert(key, caption);
    m_errors.insert(key, error);
    m_widgets.insert(key, field);
}

void PersonForm::retranslateUi()
{
    auto set = [this](const char* key, const QString& text) {
        if (QLabel* l = m_labels.value(QLatin1String(key)))
            l->setText(text);
    };
    set("idNumber", tr("&ID number"));
    set("fullName", tr("Full &name"));
    set("dateOfBirth", tr("&Born"));
    set("sex", tr("Se&x"));
    set("address", tr("A&ddress"));
    set("phone", tr("&Phone"));
    set("email", tr("E&mail"));
    if (m_id)
        m_id->setPlaceholderText(tr("12 digits"));
    m_birth->setPlaceholderText(tr("dd/mm/yyyy"));
    if (m_sex)
        m_sex->setItemText(0, tr("—"));
}

Applicant PersonForm::person() const
{
    Applicant a;
    a.fullName = m_name->text().simplified();
    a.dateOfBirth = ReceptionText::parseDate(m_birth->text());
    if (m_id) {
        a.idNumber = m_id->text().trimmed();
        a.sex = m_sex->currentIndex() > 0 ? m_sex->currentText() : QString();
        a.address = m_address->text().simplified();
        a.phone = m_phone->text().trimmed();
        a.email = m_email->text().trimmed();
    }
    a.identitySource = m_source;
    return a;
}

void PersonForm::setPerson(const Applicant& p)
{
    m_filling = true;
    m_name->setText(p.fullName);
    m_birth->setText(ReceptionText::date(p.dateOfBirth));
    if (m_id) {
        m_id->setText(p.idNumber);
        m_sex->setCurrentIndex(p.sex == QStringLiteral("Nam") ? 1 : p.sex == QStringLiteral("Nữ") ? 2 : 0);
        m_address->setText(p.address);
        m_phone->setText(p.phone);
        m_email->setText(p.email);
    }
    m_source = p.identitySource.isEmpty() ? QStringLiteral("manual") : p.identitySource;
    m_filling = false;
    emit changed();
}

void PersonForm::fillFromIdentity(const CitizenIdentity& identity)
{
    Applicant a = person();
    a.fullName = identity.fullName;
    a.idNumber = identity.idNumber;
    a.dateOfBirth = identity.dateOfBirth;
    a.sex = identity.sex;
    if (!identity.placeOfResidence.isEmpty())
        a.address = identity.placeOfResidence;
    switch (identity.source) {
    case CitizenIdentity::Source::Chip:
    case CitizenIdentity::Source::Demo:
        a.identitySource = QStringLiteral("chip");
        break;
    case CitizenIdentity::Source::Qr:
        a.identitySource = QStringLiteral("qr");
        break;
    case CitizenIdentity::Source::Mrz:
        a.identitySource = QStringLiteral("mrz");
        break;
    }
    setPerson(a);
    // Read from the card: checked at once, as if the official had typed and left each field.
    for (const char* key : {"idNumber", "fullName", "dateOfBirth", "sex", "address"})
        m_touched.insert(QLatin1String(key));
}

void PersonForm::clear()
{
    setPerson(Applicant{});
    m_touched.clear();
    m_edited.clear();
}

bool PersonForm::isBlank() const
{
    const Applicant a = person();
    return a.fullName.isEmpty() && a.idNumber.isEmpty() && m_birth->text().trimmed().isEmpty() && a.address.isEmpty() &&
           a.phone.isEmpty() && a.email.isEmpty();
}

void PersonForm::touch(const QString& key)
{
    if (m_edited.contains(key) && !m_touched.contains(key)) {
        m_touched.insert(key);
        emit changed();
    }
}

ValidationIssues PersonForm::localIssues() const
{
    ValidationIssues issues;
    if (!m_birth->text().trimmed().isEmpty() && !ReceptionText::parseDate(m_birth->text()).isValid())
        issues.append({m_prefix + QStringLiteral(".dateOfBirth"), QStringLiteral("dob.format"),
                       tr("Enter the date as dd/mm/yyyy, e.g. 12/04/1990.")});
    return issues;
}

void PersonForm::showIssues(const ValidationIssues& issues, bool showAll)
{
    QHash<QString, QString> byKey;
    const QString start = m_prefix + QLatin1Char('.');
    for (const ValidationIssue& issue : issues) {
        if (!issue.field.startsWith(start))
            continue;
        const QString key = issue.field.mid(start.size());
        if (!byKey.contains(key))
            byKey.insert(key, issue.message);
    }
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString message = byKey.value(it.key());
        const bool show = !message.isEmpty() && (showAll || m_touched.contains(it.key()));
        it.value()->setText(show ? message : QString());
        it.value()->setVisible(show);
        if (QWidget* w = m_widgets.value(it.key()))
            w->setStyleSheet(show ? QStringLiteral("border: 1px solid #b00020;") : QString());
    }
}

QWidget* PersonForm::fieldWidget(const QString& fieldPath) const
{
    const QString start = m_prefix + QLatin1Char('.');
    if (!fieldPath.startsWith(start))
        return nullptr;
    return m_widgets.value(fieldPath.mid(start.size()));
}

QString PersonForm::messageShown(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label && label->isVisibleTo(const_cast<PersonForm*>(this)) ? label->text() : QString();
}

} // namespace motcua::intake
