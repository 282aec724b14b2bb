#pragma once

#include "Applicant.h"
#include "BundleCatalogue.h"
#include "Catalogue.h"
#include "ValidationIssue.h"

#include <QGroupBox>
#include <optional>

class QCheckBox;
class QLabel;

namespace motcua::intake {

class PersonForm;

// For an interlinked group (liên thông): which of its procedures the citizen asks for (required ones
// cannot be unticked) and whom the group is about — the child or the deceased. Received once, saved
// as one group dossier with a linked sub-dossier per part.
class BundlePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit BundlePanel(QWidget* parent = nullptr);

    void setBundle(const std::optional<BundleDefinition>& bundle, const Catalogue& catalogue);
    bool hasBundle() const { return m_bundle.has_value(); }
    QStringList chosenParts() const;
    void setChosenParts(const QStringList& codes);
    Applicant subject() const;
    void setSubject(const Applicant& subject);
    PersonForm* subjectForm() const { return m_subject; }
    QList<QCheckBox*> partBoxes() const { return m_parts; }

    ValidationIssues localIssues() const;
    void showIssues(const ValidationIssues& issues, bool showAll);
    QWidget* fieldWidget(const QString& fieldPath) const;
    void retranslateUi();

signals:
    void changed();

private:
    std::optional<BundleDefinition> m_bundle;
    QLabel* m_partsLabel = nullptr;
    QList<QCheckBox*> m_parts;
    QLabel* m_partsError = nullptr;
    QLabel* m_subjectLabel = nullptr;
    PersonForm* m_subject = nullptr;
};

} // namespace motcua::intake
