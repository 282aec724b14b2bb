#pragma once

#include "Applicant.h"
#include "CitizenIdentity.h"
#include "ValidationIssue.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace motcua::intake {

class PersonForm;

// Step 2: who hands the dossier in. The applicant is filled from the card (chip or QR, through the
// CardReader service) with the verification verdicts shown above, or typed by hand; an authorised
// representative is optional. A card read while the representative's fields have the focus fills them.
class ApplicantPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicantPanel(QWidget* parent = nullptr);

    PersonForm* applicantForm() const { return m_applicant; }
    PersonForm* representativeForm() const { return m_representative; }
    QCheckBox* representativeBox() const { return m_representativeBox; }
    QPushButton* cardButton() const { return m_cardButton; }

    Applicant applicant() const;
    std::optional<Applicant> representative() const;
    void setPeople(const Applicant& applicant, const std::optional<Applicant>& representative);
    void clear();

    // A card or QR identity arrived: fills the person being worked on and shows the verdicts.
    void applyIdentity(const CitizenIdentity& identity);
    void setCardStatus(const QString& text);
    QString verdictText() const;

    ValidationIssues localIssues() const;
    void showIssues(const ValidationIssues& issues, bool showAll);
    QWidget* fieldWidget(const QString& fieldPath) const;
    void retranslateUi();

signals:
    void changed();
    void readCardRequested();

private:
    void updateRepresentative();

    QLabel* m_heading = nullptr;
    QLabel* m_cardStatus = nullptr;
    QPushButton* m_cardButton = nullptr;
    QLabel* m_verdicts = nullptr;
    QTimer* m_verdictTimer = nullptr;
    QString m_verdictShort;
    PersonForm* m_applicant = nullptr;
    QCheckBox* m_representativeBox = nullptr;
    PersonForm* m_representative = nullptr;
};

} // namespace motcua::intake
