#pragma once

#include "Applicant.h"
#include "CitizenIdentity.h"
#include "ValidationIssue.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace motcua::intake {

// One person's fields (applicant, representative, or the child/deceased of an interlinked group), each
// with the reason it is refused right under it. `prefix` is the issue field path ("applicant",
// "representative", "bundle.subject"). A field's message shows once the field was left after an edit,
// or for every field after a save attempt (showAll).
class PersonForm : public QWidget
{
    Q_OBJECT
public:
    enum class Fields { Full, NameAndBirth };

    PersonForm(QString prefix, Fields fields, QWidget* parent = nullptr);

    const QString& prefix() const { return m_prefix; }
    Applicant person() const;
    void setPerson(const Applicant& person);
    void fillFromIdentity(const CitizenIdentity& identity);
    void clear();
    bool isBlank() const;

    // Problems the form finds itself before the validator sees the data (a date it cannot read).
    ValidationIssues localIssues() const;
    void showIssues(const ValidationIssues& issues, bool showAll);
    // The widget of a field path such as "applicant.idNumber"; nullptr when not in this form.
    QWidget* fieldWidget(const QString& fieldPath) const;
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* birthEdit() const { return m_birth; }
    QString messageShown(const QString& field) const;
    void retranslateUi();

signals:
    void changed();

private:
    void addRow(int row, const QString& key, QWidget* field, int column, int span);
    void touch(const QString& key);

    QString m_prefix;
    Fields m_fields;
    QString m_source = QStringLiteral("manual");
    bool m_filling = false;
    QGridLayout* m_grid = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_birth = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QHash<QString, QLabel*> m_labels; // field key → caption
    QHash<QString, QLabel*> m_errors; // field key → message under the field
    QHash<QString, QWidget*> m_widgets;
    QSet<QString> m_touched;
    QSet<QString> m_edited;
};

} // namespace motcua::intake
