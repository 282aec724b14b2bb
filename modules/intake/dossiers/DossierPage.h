#pragma once

#include "ActionDialog.h"
#include "Dossier.h"
#include "FormKind.h"
#include "IntakeEnvironment.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace motcua {
class UserSession;
}

namespace motcua::intake {

class PdfPreviewDialog;

// What an action needs, from its dialog or from a caller that has it already.
struct ActionInput
{
    QStringList lines;  // items to add, refusal reasons
    QString text;       // reason, receiver, unit, note
    QString secondText; // receiver's ID number
    QDateTime at;       // when; the new appointment for an extension
};

// One dossier: header (code — provisional or official —, procedure, applicant, state, received and due
// times), the timeline of every event, the documents (page count and size; a PDF opens in the preview)
// and the desk's life-cycle actions. The rules are DeskActions': a refused action shows the reason and
// writes nothing; an accepted one is one event plus one outbox entry (written by the model in one
// transaction) and opens its form (supplement, refusal, apology, stop notice) for print or save.
class DossierPage : public QWidget
{
    Q_OBJECT
public:
    explicit DossierPage(std::shared_ptr<IntakeEnvironment> environment, QWidget* parent = nullptr);
    ~DossierPage() override;

    bool showDossier(const QString& uuid);
    void reload();
    const QString& uuid() const { return m_uuid; }
    const std::optional<Dossier>& dossier() const { return m_dossier; }

    // The moment actions default to; the current time when invalid (tests fix it).
    void setNow(const QDateTime& now) { m_now = now; }
    QDateTime now() const;

    // Runs an action without its dialog: empty when accepted, else the reason shown to the official.
    QString perform(ActionDialog::Kind kind, const ActionInput& input);
    // The action's dialog, opened (non-modal); nullptr when the action is refused before asking.
    ActionDialog* openAction(ActionDialog::Kind kind);
    // Builds and renders a form of this dossier and opens it in the preview.
    PdfPreviewDialog* openForm(FormKind kind);
    PdfPreviewDialog* openComponent(int position);
    // The preview opened last (a form or a document).
    PdfPreviewDialog* lastPreview() const { return m_preview; }
    // The message strip's text (refusal reasons and confirmations).
    QString message() const;
    // Whether the form for an accepted action opens by itself (on in the desk).
    void setOpenFormsAfterActions(bool open) { m_openForms = open; }
    // The signed-in official: actions are recorded under their login, forms signed with their name,
    // and viewing, printing and saving a dossier are recorded in the audit trail first (refused when the
    // role may not). Without a session (tests, CLI) the environment's user is used and nothing is asked.
    void setSession(UserSession* session);
    // The desk locked: the citizen's data leaves the page.
    void clear();

signals:
    void backRequested();
    // The dossier and its outbox changed (the list refreshes, the sync service wakes up).
    void dossierChanged(const QString& uuid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void fill();
    void showMessage(const QString& text, bool error);
    QString refusalBefore(ActionDialog::Kind kind) const;
    static std::optional<FormKind> formAfter(ActionDialog::Kind kind);
    PdfPreviewDialog* preview(const QByteArray& pdf, const QString& title, const QString& fileName,
                              const QString& detail);
    bool recordAccess(const QString& action, const QString& detail);
    void useSignedInOfficial();

    std::shared_ptr<IntakeEnvironment> m_env;
    QString m_uuid;
    std::optional<Dossier> m_dossier;
    QDateTime m_now;
    bool m_openForms = true;
    QPointer<PdfPreviewDialog> m_preview;
    QPointer<UserSession> m_session;

    QPushButton* m_back = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_codeKind = nullptr;
    QLabel* m_procedure = nullptr;
    QLabel* m_applicant = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_received = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_timelineHeading = nullptr;
    QLabel* m_documentsHeading = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTableWidget* m_documents = nullptr;
    QList<QPair<ActionDialog::Kind, QPushButton*>> m_actionButtons;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_control = nullptr;
    QPushButton* m_openDocument = nullptr;
};

} // namespace motcua::intake
