#include "DossierPage.h"

#include "DeskActions.h"
#include "DossierListQuery.h"
#include "DossierRepository.h"
#include "DossierText.h"
#include "FileStore.h"
#include "FormDataBuilder.h"
#include "FormRenderer.h"
#include "PdfPreviewDialog.h"
#include "UserSession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::intake {

namespace {

QLabel* fieldLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString actionObjectName(ActionDialog::Kind kind)
{
    switch (kind) {
    case ActionDialog::Kind::Supplement:
        return QStringLiteral("actionSupplement");
    case ActionDialog::Kind::CompleteSupplement:
        return QStringLiteral("actionCompleteSupplement");
    case ActionDialog::Kind::Refuse:
        return QStringLiteral("actionRefuse");
    case ActionDialog::Kind::StartProcessing:
        return QStringLiteral("actionStartProcessing");
    case ActionDialog::Kind::Resolve:
        return QStringLiteral("actionResolve");
    case ActionDialog::Kind::ReturnResult:
        return QStringLiteral("actionReturnResult");
    case ActionDialog::Kind::Withdraw:
        return QStringLiteral("actionWithdraw");
    case ActionDialog::Kind::Extend:
        return QStringLiteral("actionExtend");
    }
    return {};
}

const QList<ActionDialog::Kind>& allKinds()
{
    static const QList<ActionDialog::Kind> kinds{ActionDialog::Kind::Supplement, ActionDialog::Kind::CompleteSupplement,
                                                 ActionDialog::Kind::Refuse,     ActionDialog::Kind::StartProcessing,
                                                 ActionDialog::Kind::Resolve,    ActionDialog::Kind::ReturnResult,
                                                 ActionDialog::Kind::Withdraw,   ActionDialog::Kind::Extend};
    return kinds;
}

} // namespace

DossierPage::DossierPage(std::shared_ptr<IntakeEnvironment> environment, QWidget* parent)
    : QWidget(parent), m_env(std::move(environment))
{
    setObjectName(QStringLiteral("dossierPage"));
    buildUi();
    retranslate();
}

DossierPage::~DossierPage() = default;

QDateTime DossierPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void DossierPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    // Header: code and its kind, state, then procedure, applicant and the two times.
    auto* top = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &DossierPage::backRequested);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &DossierPage::backRequested);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_code = fieldLabel(this, "codeLabel");
    m_code->setWordWrap(false);
    m_code->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_code->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_codeKind = fieldLabel(this, "codeKindLabel");
    m_state = fieldLabel(this, "stateLabel");
    m_state->setWordWrap(false);
    m_state->setStyleSheet(
        QStringLiteral("background: #1565c0; color: white; font-weight: bold; padding: 3px 10px; border-radius: 3px;"));
    m_state->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_receipt = new QPushButton(this);
    m_receipt->setObjectName(QStringLiteral("reprintReceiptButton"));
    connect(m_receipt, &QPushButton::clicked, this, [this] { openForm(FormKind::Receipt); });
    m_control = new QPushButton(this);
    m_control->setObjectName(QStringLiteral("controlSheetButton"));
    connect(m_control, &QPushButton::clicked, this, [this] { openForm(FormKind::Control); });
    top->addWidget(m_back);
    top->addSpacing(8);
    top->addWidget(m_code);
    top->addWidget(m_codeKind, 1);
    top->addWidget(m_state);
    top->addSpacing(16);
    top->addWidget(m_receipt);
    top->addWidget(m_control);
    layout->addLayout(top);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    m_procedure = fieldLabel(this, "procedureLabel");
    m_applicant = fieldLabel(this, "applicantLabel");
    m_received = fieldLabel(this, "receivedLabel");
    m_due = fieldLabel(this, "dueLabel");
    grid->addWidget(m_procedure, 0, 0);
    grid->addWidget(m_applicant, 0, 1);
    grid->addWidget(m_received, 1, 0);
    grid->addWidget(m_due, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // Timeline and documents side by side.
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_timelineHeading = new QLabel(left);
    m_timelineHeading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_timeline = new QTreeWidget(left);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setColumnCount(4);
    m_timeline->setWordWrap(true);
    m_timeline->setTextElideMode(Qt::ElideNone);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->header()->setSectionResizeMode(QHeaderView::Interactive);
    leftLayout->addWidget(m_timelineHeading);
    leftLayout->addWidget(m_timeline);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_documentsHeading = new QLabel(right);
    m_documentsHeading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_documents = new QTableWidget(0, 4, right);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documents->verticalHeader()->hide();
    m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->setWordWrap(true);
    connect(m_documents, &QTableWidget::cellActivated, this, [this](int row, int) { openComponent(row); });
    m_openDocument = new QPushButton(right);
    m_openDocument->setObjectName(QStringLiteral("openDocumentButton"));
    connect(m_openDocument, &QPushButton::clicked, this, [this] { openComponent(m_documents->currentRow()); });
    rightLayout->addWidget(m_documentsHeading);
    rightLayout->addWidget(m_documents);
    rightLayout->addWidget(m_openDocument, 0, Qt::AlignRight);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    // The desk's life-cycle actions.
    auto* actions = new QHBoxLayout;
    actions->setSpacing(4);
    for (ActionDialog::Kind kind : allKinds()) {
        auto* button = new QPushButton(this);
        button->setObjectName(actionObjectName(kind));
        connect(button, &QPushButton::clicked, this, [this, kind] { openAction(kind); });
        actions->addWidget(button);
        m_actionButtons.append({kind, button});
    }
    actions->addStretch();
    layout->addLayout(actions);
}

void DossierPage::retranslate()
{
    m_back->setText(tr("← Back to list"));
    m_back->setToolTip(tr("Back to the dossier list (Esc)"));
    m_receipt->setText(tr("Reprint receipt"));
    m_control->setText(tr("Control sheet"));
    m_timelineHeading->setText(tr("Timeline"));
    m_documentsHeading->setText(tr("Documents"));
    m_openDocument->setText(tr("Open PDF"));
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_documents->setHorizontalHeaderLabels({tr("Component"), tr("Status"), tr("Pages"), tr("Size")});
    for (const auto& [kind, button] : std::as_const(m_actionButtons))
        button->setText(ActionDialog::title(kind));
    fill();
}

void DossierPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DossierPage::setSession(UserSession* session)
{
    m_session = session;
}

bool DossierPage::recordAccess(const QString& action, const QString& detail)
{
    if (!m_session || !m_dossier)
        return true;
    return m_session->recordAccess(action, m_dossier->uuid, m_dossier->code, detail);
}

void DossierPage::useSignedInOfficial()
{
    if (m_session && !m_session->login().isEmpty()) {
        m_env->userName = m_session->login();
        m_env->officialName = m_session->displayName().isEmpty() ? m_session->login() : m_session->displayName();
    }
}

void DossierPage::clear()
{
    if (m_preview)
        m_preview->close();
    for (ActionDialog* dialog : findChildren<ActionDialog*>())
        dialog->close();
    m_uuid.clear();
    m_dossier.reset();
    m_message->hide();
    m_message->clear();
    fill();
}

bool DossierPage::showDossier(const QString& uuid)
{
    m_uuid = uuid;
    m_message->hide();
    m_message->clear();
    reload();
    if (m_dossier && !recordAccess(QStringLiteral("dossier.view"), {})) {
        const QString refusal = tr("Your role may not open this dossier, or the audit trail could not record it.");
        clear();
        showMessage(refusal, true);
        return false;
    }
    return m_dossier.has_value();
}

void DossierPage::reload()
{
    m_dossier.reset();
    if (m_env && m_env->database && !m_uuid.isEmpty()) {
        auto found = DossierRepository(*m_env->database).find(m_uuid);
        if (found)
            m_dossier = *found;
        else
            showMessage(DeskActions::messageFor(found.error()), true);
    }
    fill();
}

void DossierPage::fill()
{
    m_timeline->clear();
    m_documents->setRowCount(0);
    if (!m_dossier) {
        m_code->clear();
        m_codeKind->clear();
        m_state->clear();
        m_procedure->clear();
        m_applicant->clear();
        m_received->clear();
        m_due->clear();
        return;
    }
    const Dossier& d = *m_dossier;
    m_code->setText(d.code);
    if (d.codeProvisional) {
        m_codeKind->setText(tr("provisional code — the registry will assign the official one"));
    } else {
        const QString provisional = DossierListQuery(*m_env->database).provisionalCode(d.uuid);
        m_codeKind->setText(provisional.isEmpty() ? tr("official code")
                                                  : tr("official code (receipt printed with %1)").arg(provisional));
    }
    m_state->setText(DossierText::stateName(d.state));
    m_state->setMinimumWidth(m_state->fontMetrics().horizontalAdvance(m_state->text()) + 28);
    m_procedure->setText(tr("<b>Procedure:</b> %1 (%2)").arg(d.procedureName.toHtmlEscaped(), d.procedureCode));
    QString applicant = tr("<b>Applicant:</b> %1, ID %2")
                            .arg(d.applicant.fullName.toHtmlEscaped(), d.applicant.idNumber.toHtmlEscaped());
    if (!d.applicant.address.isEmpty())
        applicant += QStringLiteral("<br>") + d.applicant.address.toHtmlEscaped();
    m_applicant->setText(applicant);
    m_received->setText(tr("<b>Received:</b> %1 by %2").arg(DossierText::time(d.receivedAt), d.receivedBy));
    QString due = tr("<b>Due:</b> %1").arg(DossierText::time(d.dueAt));
    if (d.previousDueAt.isValid())
        due += QStringLiteral(" ") + tr("(extended from %1)").arg(DossierText::time(d.previousDueAt));
    if (d.isOverdue(now()) && d.state != DossierState::Resolved)
        due += QStringLiteral(" <span style='color:#b01c1c; font-weight:bold'>%1</span>").arg(tr("OVERDUE"));
    m_due->setText(due);

    if (auto events = DossierRepository(*m_env->database).events(d.uuid)) {
        for (const DossierEvent& event : *events) {
            auto* item = new QTreeWidgetItem(m_timeline);
            item->setText(0, DossierText::time(event.at));
            item->setText(1, event.actor);
            QString what = DossierText::actionName(event.action);
            if (event.toState && event.fromState != event.toState && DossierText::stateName(*event.toState) != what)
                what += QStringLiteral(" → ") + DossierText::stateName(*event.toState);
            item->setText(2, what);
            item->setToolTip(2, what);
            const QString details = DossierText::eventDetails(event);
            item->setText(3, details);
            item->setToolTip(3, details);
            item->setData(0, Qt::UserRole, event.action);
        }
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->resizeColumnToContents(2);
    m_timeline->setColumnWidth(2, qMin(270, m_timeline->columnWidth(2)));
    m_timeline->doItemsLayout(); // rows grow to their wrapped text

    m_documents->setRowCount(int(d.components.size()));
    for (int i = 0; i < d.components.size(); ++i) {
        const DossierComponent& c = d.components.at(i);
        auto* name = new QTableWidgetItem(c.name);
        name->setToolTip(c.name);
        m_documents->setItem(i, 0, name);
        m_documents->setItem(i, 1, new QTableWidgetItem(DossierText::componentStatusName(c.status)));
        auto* pages = new QTableWidgetItem(c.pageCount > 0 ? QString::number(c.pageCount) : QString());
        pages->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_documents->setItem(i, 2, pages);
        auto* size = new QTableWidgetItem(c.bytes > 0 ? DossierText::size(c.bytes) : QString());
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_documents->setItem(i, 3, size);
    }
    m_documents->resizeColumnsToContents();
    m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->resizeRowsToContents();

    for (const auto& [kind, button] : std::as_const(m_actionButtons)) {
        const QString refusal = refusalBefore(kind);
        // Still clickable: a refused action explains why instead of silently doing nothing.
        button->setProperty("allowed", refusal.isEmpty());
        button->setToolTip(refusal.isEmpty() ? ActionDialog::title(kind) : refusal);
        button->setStyleSheet(refusal.isEmpty() ? QString() : QStringLiteral("color: #8a8a8a;"));
    }
}

void DossierPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(
        error ? QStringLiteral("background: #fde2e1; color: #8b1010; padding: 6px; font-weight: bold;")
              : QStringLiteral("background: #e3f4e1; color: #1b5e20; padding: 6px;"));
    m_message->show();
}

QString DossierPage::message() const
{
    return m_message->isVisibleTo(const_cast<DossierPage*>(this)) ? m_message->text() : QString();
}

QString DossierPage::refusalBefore(ActionDialog::Kind kind) const
{
    if (!m_dossier)
        return DeskActions::messageFor(Error{QStringLiteral("storage.not_found"), {}});
    const Dossier& d = *m_dossier;
    DossierAction action = DossierAction::Receive;
    switch (kind) {
    case ActionDialog::Kind::Supplement:
        action = DossierAction::RequestSupplement;
        break;
    case ActionDialog::Kind::CompleteSupplement:
        action = DossierAction::CompleteSupplement;
        break;
    case ActionDialog::Kind::Refuse:
        action = DossierAction::Refuse;
        break;
    case ActionDialog::Kind::StartProcessing:
        action = DossierAction::StartProcessing;
        break;
    case ActionDialog::Kind::Resolve:
        action = DossierAction::Resolve;
        break;
    case ActionDialog::Kind::ReturnResult:
        action = DossierAction::ReturnResult;
        break;
    case ActionDialog::Kind::Withdraw:
        action = d.state == DossierState::WithdrawRequested ? DossierAction::Stop : DossierAction::RequestWithdrawal;
        break;
    case ActionDialog::Kind::Extend:
        action = DossierAction::ExtendWithApology;
        break;
    }
    const auto allowed = DossierLifecycle::apply(d.state, action, d.counters);
    return allowed ? QString() : DeskActions::messageFor(allowed.error());
}

std::optional<FormKind> DossierPage::formAfter(ActionDialog::Kind kind)
{
    switch (kind) {
    case ActionDialog::Kind::Supplement:
        return FormKind::Supplement;
    case ActionDialog::Kind::Refuse:
        return FormKind::Refusal;
    case ActionDialog::Kind::Withdraw:
        return FormKind::Stop;
    case ActionDialog::Kind::Extend:
        return FormKind::Apology;
    default:
        return std::nullopt;
    }
}

ActionDialog* DossierPage::openAction(ActionDialog::Kind kind)
{
    const QString refusal = refusalBefore(kind);
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return nullptr;
    }
    auto* dialog = new ActionDialog(kind, now(), m_dossier ? m_dossier->dueAt.toLocalTime() : QDateTime(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kind == ActionDialog::Kind::StartProcessing && m_env) {
        if (const auto procedure = m_env->catalogue.find(m_dossier->procedureCode, m_dossier->procedureVersion))
            dialog->setText(procedure->competentBody);
    }
    dialog->setSubmit([this](ActionDialog& d) {
        return perform(d.kind(), ActionInput{d.lines(), d.text(), d.secondText(), d.dateTime()});
    });
    dialog->open();
    return dialog;
}

QString DossierPage::perform(ActionDialog::Kind kind, const ActionInput& input)
{
    if (!m_dossier || !m_env || !m_env->database)
        return DeskActions::messageFor(Error{QStringLiteral("storage.not_found"), {}});
    if (const QString refusal = refusalBefore(kind); !refusal.isEmpty()) {
        showMessage(refusal, true);
        return refusal;
    }
    useSignedInOfficial();
    DeskActions actions(*m_env);
    const QDateTime at = now();
    const QDateTime when = input.at.isValid() ? input.at : at;
    Result<Dossier> result = Result<Dossier>::failure(QStringLiteral("action.unknown"), QString());
    QString done;
    switch (kind) {
    case ActionDialog::Kind::Supplement:
        result = actions.requestSupplement(m_uuid, input.lines, input.text, at);
        done = tr("Supplement requested. Print the request and give it to the citizen.");
        break;
    case ActionDialog::Kind::CompleteSupplement:
        result = actions.completeSupplement(m_uuid, when);
        done = tr("Supplement received: the processing period starts again.");
        break;
    case ActionDialog::Kind::Refuse:
        result = actions.refuse(m_uuid, input.lines, at);
        done = tr("Dossier refused. Print the refusal with its reasons for the citizen.");
        break;
    case ActionDialog::Kind::StartProcessing:
        result = actions.startProcessing(m_uuid, input.text, at);
        done = tr("Sent for processing.");
        break;
    case ActionDialog::Kind::Resolve:
        result = actions.resolve(m_uuid, input.text, at);
        done = tr("The result is ready at the desk.");
        break;
    case ActionDialog::Kind::ReturnResult:
        result = actions.returnResult(m_uuid, input.text, input.secondText, when);
        done = tr("Result handed over.");
        break;
    case ActionDialog::Kind::Withdraw:
        result = actions.withdraw(m_uuid, input.text, when, qMax(when, at));
        done = tr("Processing stopped. Print the stop notice for the citizen.");
        break;
    case ActionDialog::Kind::Extend:
        result = actions.extend(m_uuid, input.at, input.text, at);
        done = tr("Appointment extended. Print the apology with the new date for the citizen.");
        break;
    }
    if (!result) {
        const QString reason = DeskActions::messageFor(result.error());
        showMessage(reason, true);
        return reason;
    }
    m_dossier = *result;
    fill();
    showMessage(done, false);
    emit dossierChanged(m_uuid);
    if (m_openForms)
        if (const auto form = formAfter(kind))
            openForm(*form);
    return {};
}

PdfPreviewDialog* DossierPage::preview(const QByteArray& pdf, const QString& title, const QString& fileName,
                                       const QString& detail)
{
    if (m_preview)
        m_preview->close();
    auto* dialog = new PdfPreviewDialog(pdf, title, fileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccessCheck([this, detail](const QString& action) { return recordAccess(action, detail); });
    m_preview = dialog;
    dialog->open();
    return dialog;
}

PdfPreviewDialog* DossierPage::openForm(FormKind kind)
{
    if (!m_dossier || !m_env)
        return nullptr;
    useSignedInOfficial();
    const auto input = FormDataBuilder(*m_env).build(kind, m_uuid, now());
    if (!input) {
        showMessage(tr("The form cannot be prepared (%1).").arg(input.error().code), true);
        return nullptr;
    }
    const auto pdf = FormRenderer::render(kind, *input);
    if (!pdf) {
        showMessage(tr("The form cannot be printed (%1).").arg(pdf.error().code), true);
        return nullptr;
    }
    return preview(*pdf, FormRenderer::documentTitle(kind, *input),
                   QStringLiteral("%1-%2.pdf").arg(formKindKey(kind), m_dossier->code), formKindKey(kind));
}

PdfPreviewDialog* DossierPage::openComponent(int position)
{
    if (!m_dossier || position < 0 || position >= m_dossier->components.size())
        return nullptr;
    const DossierComponent& c = m_dossier->components.at(position);
    if (c.fileSha256.isEmpty()) {
        showMessage(tr("“%1” has no scanned file (%2).").arg(c.name, DossierText::componentStatusName(c.status)), true);
        return nullptr;
    }
    FileStore files(*m_env->database, m_env->effectiveFileRoot());
    const auto content = files.read(c.fileSha256);
    if (!content) {
        showMessage(tr("The file of “%1” cannot be read from this desk (%2). It may have been removed after "
                       "it was sent to the registry.")
                        .arg(c.name, content.error().code),
                    true);
        return nullptr;
    }
    return preview(*content, QStringLiteral("%1 – %2").arg(c.name, m_dossier->code),
                   QStringLiteral("%1-%2.pdf").arg(m_dossier->code, c.componentId),
                   QStringLiteral("component %1").arg(c.componentId));
}

} // namespace motcua::intake
