#pragma once

#include "ComponentChecklist.h"
#include "DraftStore.h"
#include "ReceiptView.h"
#include "ReceptionSaver.h"
#include "ReceptionSetup.h"

#include <QDateTime>
#include <QFuture>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace motcua {
class CardReader;
class UserSession;
struct CitizenIdentity;
} // namespace motcua

namespace motcua::intake {

class ApplicantPanel;
class BundlePanel;
class FeePanel;
class ProcedurePicker;

// The desk's main job: receiving a dossier, from the keyboard, on a 1366×768 screen.
//   1. procedure (F2): type to filter, Enter picks; interlinked groups are in the same list;
//   2. applicant (F3): from the card (F4, CardReader service) or typed, each refused field says why;
//   3. components (F6): scan (F5, Scanner service), attach (F7), shown only (F8), reuse (F9); fees;
//   the appointment is previewed live to the minute; Ctrl+S saves on a worker thread and shows the
//   receipt (Mẫu 01) to print or save as PDF.
// The reception in progress is kept on disk on every change and offered back after a restart.
class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Procedure, Form, Receipt };
    Q_ENUM(Step)
    using Clock = std::function<QDateTime()>;

    explicit ReceptionPage(ReceptionSetup setup, QWidget* parent = nullptr);
    ~ReceptionPage() override;

    // Seams for tests and for desks with special needs; defaults: the system clock, file and print dialogs.
    void setClock(Clock clock);
    void setFileChooser(ComponentChecklist::FileChooser chooser);
    void setPrinterSetup(ReceiptView::PrinterSetup setup);
    void setSavePathChooser(ReceiptView::SavePathChooser chooser);

    Step step() const { return m_step; }
    ReceptionDraft currentDraft() const;
    ValidationIssues currentIssues() const { return m_issues; }
    bool isSaving() const { return m_saving; }
    bool isDraftOffered() const { return m_offerPending; }
    QString message() const;
    QString dueText() const;
    const std::optional<ReceptionSaver::Outcome>& lastOutcome() const { return m_lastOutcome; }
    DraftStore& draftStore() { return m_drafts; }

    ProcedurePicker* picker() const { return m_picker; }
    ApplicantPanel* applicantPanel() const { return m_applicant; }
    BundlePanel* bundlePanel() const { return m_bundle; }
    ComponentChecklist* checklist() const { return m_checklist; }
    FeePanel* feePanel() const { return m_fees; }
    ReceiptView* receiptView() const { return m_receipt; }
    QListWidget* issueList() const { return m_issueList; }

public slots:
    void changeProcedure();
    void startNew();
    bool save();
    void restoreDraft();
    void discardDraft();
    void readCard();
    void flushDraft();

signals:
    void stepChanged(motcua::intake::ReceptionPage::Step step);
    void dossierSaved(const QString& uuid, const QString& code);
    void saveRefused(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void setStep(Step step);
    void pickProcedure(const QString& code);
    void scheduleRefresh();
    void refresh();
    void updateDue();
    void updateHeader();
    void showMessage(const QString& text, bool problem = false);
    void focusIssue(const ValidationIssue& issue);
    QWidget* fieldWidget(const QString& field) const;
    QString fieldLabel(const QString& field) const;
    void onSaved(const ReceptionSaver::Outcome& outcome);
    void offerDraft();
    void applyDraft(const DraftStore::Saved& saved);
    void writeDraft();
    QJsonObject screenState() const;
    void hookServices();
    void hookCardReader(CardReader* reader);
    void onIdentity(const CitizenIdentity& identity);
    void hookSession(UserSession* session);
    void onLocked();
    CardReader* cardReader() const;
    UserSession* session() const;
    QDateTime now() const;

    ReceptionSetup m_setup;
    std::unique_ptr<ReceptionService> m_service;
    DraftStore m_drafts;
    Clock m_clock;
    Step m_step = Step::Procedure;
    std::optional<Procedure> m_procedure;
    ValidationIssues m_issues;
    bool m_showAll = false;
    bool m_saving = false;
    bool m_closing = false; // set by the destructor while it waits for a save
    bool m_offerPending = false;
    bool m_firstShow = true;
    std::optional<DraftStore::Saved> m_offered;
    std::optional<ReceptionSaver::Outcome> m_lastOutcome;
    QFuture<ReceptionSaver::Outcome> m_saveFuture;
    QPointer<CardReader> m_reader;
    QPointer<UserSession> m_session;

    QLabel* m_title = nullptr;
    QLabel* m_procedureLine = nullptr;
    QPushButton* m_changeProcedure = nullptr;
    QLabel* m_due = nullptr;
    QFrame* m_offer = nullptr;
    QLabel* m_offerText = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_discard = nullptr;
    QStackedWidget* m_stack = nullptr;
    ProcedurePicker* m_picker = nullptr;
    QWidget* m_form = nullptr;
    ApplicantPanel* m_applicant = nullptr;
    BundlePanel* m_bundle = nullptr;
    QLabel* m_channelLabel = nullptr;
    QComboBox* m_channel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_componentsHeading = nullptr;
    ComponentChecklist* m_checklist = nullptr;
    FeePanel* m_fees = nullptr;
    QLabel* m_issuesHeading = nullptr;
    QListWidget* m_issueList = nullptr;
    ReceiptView* m_receipt = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_draftTimer = nullptr;
    QTimer* m_clockTimer = nullptr;
};

} // namespace motcua::intake
