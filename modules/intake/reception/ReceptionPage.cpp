#include "ReceptionPage.h"

#include "ApplicantPanel.h"
#include "BundlePanel.h"
#include "CardReader.h"
#include "DossierStore.h"
#include "FeePanel.h"
#include "FileStore.h"
#include "FormFonts.h"
#include "PersonForm.h"
#include "ProcedurePicker.h"
#include "ReceptionText.h"
#include "Scanner.h"
#include "ServiceRegistry.h"
#include "UserSession.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::intake {

namespace {

Q_LOGGING_CATEGORY(lcPage, "motcua.intake.reception")

// Issues are listed, and the first one focused, in the order the screen asks for things.
int issueRank(const QString& field, const std::optional<Procedure>& procedure)
{
    static const QStringList people{QStringLiteral("applicant."), QStringLiteral("representative."),
                                    QStringLiteral("bundle.subject.")};
    static const QStringList keys{QStringLiteral("idNumber"), QStringLiteral("fullName"), QStringLiteral("dateOfBirth"),
                                  QStringLiteral("sex"),      QStringLiteral("address"),  QStringLiteral("phone"),
                                  QStringLiteral("email")};
    if (field == QLatin1String("procedure"))
        return 0;
    for (int p = 0; p < people.size(); ++p)
        if (field.startsWith(people.at(p))) {
            const int key = int(keys.indexOf(field.mid(people.at(p).size())));
            return 100 * (p + 1) + (key < 0 ? 99 : key);
        }
    if (field.startsWith(QLatin1String("bundle.")))
        return 350;
    if (field == QLatin1String("returnChannel") || field == QLatin1String("receivedAt"))
        return 390;
    if (field.startsWith(QLatin1String("components.")) && procedure) {
        for (int i = 0; i < procedure->components.size(); ++i)
            if (procedure->components.at(i).id == field.mid(11))
                return 400 + i;
    }
    return 999;
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ReceptionPage::ReceptionPage(ReceptionSetup setup, QWidget* parent)
    : QWidget(parent), m_setup(std::move(setup)), m_drafts(m_setup.profileDirectory)
{
    setProperty("motcuaRetranslates", true);
    m_service = std::make_unique<ReceptionService>(*m_setup.env);
    m_clock = [] { return QDateTime::currentDateTime(); };
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReceptionPage::refresh);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &ReceptionPage::writeDraft);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(30 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &ReceptionPage::updateDue);
    m_clockTimer->start();

    buildUi();
    retranslateUi();
    hookServices();
    setStep(Step::Procedure);
    offerDraft();
    refresh();
}

ReceptionPage::~ReceptionPage()
{
    if (m_saving && m_saveFuture.isValid()) {
        // Closed while saving (a fraction of a second): wait for the worker, so a dossier that reached
        // the database is never offered again as an unfinished draft. Waiting may run the save and its
        // continuation right here, on a page half torn down: onSaved must then do nothing.
        m_closing = true;
        m_saveFuture.waitForFinished();
        if (m_saveFuture.resultCount() > 0 && m_saveFuture.result().ok()) {
            m_drafts.clear();
            for (const QString& file : m_checklist->ownedFiles())
                QFile::remove(file);
        }
        return;
    }
    // Closing the window mid-dossier: what was typed in the last moments reaches the disk too.
    if (m_draftTimer && m_draftTimer->isActive())
        writeDraft();
}

// ---------------------------------------------------------------------------------------------- UI

void ReceptionPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    // Header: what is being received and when it will be due.
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageHeading"));
    QFont big = boldFont(m_title->font());
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_procedureLine = new QLabel(this);
    m_procedureLine->setObjectName(QStringLiteral("procedureLine"));
    m_procedureLine->setTextFormat(Qt::RichText);
    m_procedureLine->setWordWrap(true);
    m_changeProcedure = new QPushButton(this);
    m_changeProcedure->setObjectName(QStringLiteral("changeProcedureButton"));
    m_changeProcedure->setFocusPolicy(Qt::NoFocus);
    connect(m_changeProcedure, &QPushButton::clicked, this, &ReceptionPage::changeProcedure);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("duePreview"));
    m_due->setTextFormat(Qt::RichText);
    m_due->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_due->setStyleSheet(
        QStringLiteral("QLabel { background: #eef3fb; border: 1px solid #b9c8e0; padding: 3px 8px; }"));
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_procedureLine, 1);
    header->addWidget(m_changeProcedure);
    header->addWidget(m_due);
    layout->addLayout(header);

    // The draft kept from an earlier session.
    m_offer = new QFrame(this);
    m_offer->setObjectName(QStringLiteral("draftOffer"));
    m_offer->setStyleSheet(QStringLiteral("#draftOffer { background: #fff3cd; border: 1px solid #e0c97a; }"));
    auto* offer = new QHBoxLayout(m_offer);
    offer->setContentsMargins(8, 4, 8, 4);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    m_restore = new QPushButton(m_offer);
    m_restore->setObjectName(QStringLiteral("restoreDraftButton"));
    m_restore->setAutoDefault(true);
    m_discard = new QPushButton(m_offer);
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_discard->setAutoDefault(true);
    offer->addWidget(m_offerText, 1);
    offer->addWidget(m_restore);
    offer->addWidget(m_discard);
    m_offer->hide();
    connect(m_restore, &QPushButton::clicked, this, &ReceptionPage::restoreDraft);
    connect(m_discard, &QPushButton::clicked, this, &ReceptionPage::discardDraft);
    layout->addWidget(m_offer);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Step 1.
    m_picker = new ProcedurePicker(m_setup.env->catalogue, m_setup.env->bundles, m_stack);
    connect(m_picker, &ProcedurePicker::procedurePicked, this, &ReceptionPage::pickProcedure);
    connect(m_picker, &ProcedurePicker::cancelled, this, [this] {
        if (m_procedure)
            setStep(Step::Form);
    });
    m_stack->addWidget(m_picker);

    // Steps 2 and 3 side by side: who on the left, what on the right.
    m_form = new QWidget(m_stack);
    auto* formLayout = new QHBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, m_form);
    splitter->setChildrenCollapsible(false);
    auto* leftScroll = new QScrollArea(splitter);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    auto* left = new QWidget(leftScroll);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    m_applicant = new ApplicantPanel(left);
    connect(m_applicant, &ApplicantPanel::changed, this, &ReceptionPage::scheduleRefresh);
    connect(m_applicant, &ApplicantPanel::readCardRequested, this, &ReceptionPage::readCard);
    m_bundle = new BundlePanel(left);
    connect(m_bundle, &BundlePanel::changed, this, &ReceptionPage::scheduleRefresh);
    auto* extra = new QHBoxLayout;
    m_channelLabel = new QLabel(left);
    m_channel = new QComboBox(left);
    m_channel->setObjectName(QStringLiteral("returnChannel"));
    m_channel->addItem(QString(), QStringLiteral("desk"));
    m_channel->addItem(QString(), QStringLiteral("post"));
    m_channel->addItem(QString(), QStringLiteral("online"));
    m_channelLabel->setBuddy(m_channel);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ReceptionPage::scheduleRefresh);
    m_noteLabel = new QLabel(left);
    m_note = new QLineEdit(left);
    m_note->setObjectName(QStringLiteral("dossierNote"));
    m_noteLabel->setBuddy(m_note);
    connect(m_note, &QLineEdit::textChanged, this, &ReceptionPage::scheduleRefresh);
    extra->addWidget(m_channelLabel);
    extra->addWidget(m_channel, 1);
    extra->addWidget(m_noteLabel);
    extra->addWidget(m_note, 2);
    leftLayout->addWidget(m_applicant);
    leftLayout->addWidget(m_bundle);
    leftLayout->addLayout(extra);
    leftLayout->addStretch();
    leftScroll->setWidget(left);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->setSpacing(3);
    m_componentsHeading = new QLabel(right);
    m_componentsHeading->setFont(boldFont(m_componentsHeading->font()));
    m_checklist = new ComponentChecklist(right);
    m_checklist->setScanFolder(QDir(m_setup.profileDirectory).filePath(QStringLiteral("reception-scans")));
    m_checklist->setAuthor(m_setup.env->officialName);
    m_checklist->setScannerProvider(
        [services = m_setup.services]() -> Scanner* { return services ? services->get<Scanner>() : nullptr; });
    m_checklist->setReuseProvider([this](const QString& componentId) {
        return m_service->reuseCandidates(m_applicant->applicant().idNumber, componentId);
    });
    m_checklist->setStoredSize([this](const QString& sha256) -> qint64 {
        FileStore files(*m_setup.env->database, m_setup.env->effectiveFileRoot());
        const auto info = files.info(sha256);
        return info ? info->size : 0;
    });
    connect(m_checklist, &ComponentChecklist::changed, this, &ReceptionPage::scheduleRefresh);
    connect(m_checklist, &ComponentChecklist::message, this, [this](const QString& text) { showMessage(text); });
    m_fees = new FeePanel(right);
    connect(m_fees, &FeePanel::changed, this, &ReceptionPage::scheduleRefresh);
    m_issuesHeading = new QLabel(right);
    m_issuesHeading->setFont(boldFont(m_issuesHeading->font()));
    m_issueList = new QListWidget(right);
    m_issueList->setObjectName(QStringLiteral("issueList"));
    m_issueList->setMaximumHeight(96);
    m_issueList->setWordWrap(true);
    connect(m_issueList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int index = m_issueList->row(item);
        if (index >= 0 && index < m_issues.size())
            focusIssue(m_issues.at(index));
    });
    rightLayout->addWidget(m_componentsHeading);
    rightLayout->addWidget(m_checklist, 1);
    rightLayout->addWidget(m_fees);
    rightLayout->addWidget(m_issuesHeading);
    rightLayout->addWidget(m_issueList);
    splitter->addWidget(leftScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    formLayout->addWidget(splitter);
    m_stack->addWidget(m_form);

    // Step 4.
    m_receipt = new ReceiptView(m_stack);
    connect(m_receipt, &ReceiptView::newDossierRequested, this, &ReceptionPage::startNew);
    m_stack->addWidget(m_receipt);

    // Footer: what just happened, and the one button that matters.
    auto* footer = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("receptionMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveDossierButton"));
    m_save->setFont(boldFont(m_save->font()));
    m_save->setFocusPolicy(Qt::NoFocus);
    connect(m_save, &QPushButton::clicked, this, &ReceptionPage::save);
    footer->addWidget(m_message, 1);
    footer->addWidget(m_save);
    layout->addLayout(footer);

    const QList<std::pair<QKeySequence, std::function<void()>>> keys{
        {QKeySequence(Qt::CTRL | Qt::Key_S), [this] { save(); }},
        {QKeySequence(Qt::Key_F2), [this] { changeProcedure(); }},
        {QKeySequence(Qt::Key_F3),
         [this] {
             if (m_step == Step::Form)
                 m_applicant->applicantForm()->idEdit()->setFocus(Qt::ShortcutFocusReason);
         }},
        {QKeySequence(Qt::Key_F4), [this] { readCard(); }},
        {QKeySequence(Qt::Key_F6),
         [this] {
             if (m_step == Step::Form)
                 m_checklist->table()->setFocus(Qt::ShortcutFocusReason);
         }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { restoreDraft(); }},
    };
    for (const auto& [key, run] : keys) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, run);
    }
}

void ReceptionPage::retranslateUi()
{
    m_title->setText(tr("Receive dossier"));
    m_changeProcedure->setText(tr("Change procedure (F2)"));
    m_restore->setText(tr("Restore (Ctrl+Shift+R)"));
    m_discard->setText(tr("Discard"));
    m_channelLabel->setText(tr("Result re&turned"));
    m_channel->setItemText(0, tr("at the desk"));
    m_channel->setItemText(1, tr("by post"));
    m_channel->setItemText(2, tr("online"));
    m_noteLabel->setText(tr("N&ote"));
    m_componentsHeading->setText(tr("3. Components (F6)"));
    m_issuesHeading->setText(tr("To complete before saving"));
    m_save->setText(tr("Save and show receipt (Ctrl+S)"));
    m_applicant->retranslateUi();
    m_bundle->retranslateUi();
    m_checklist->retranslateUi();
    m_fees->retranslateUi();
    m_receipt->retranslateUi();
    if (m_offered)
        offerDraft();
    updateHeader();
    updateDue();
    refresh();
}

void ReceptionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_title)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReceptionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_firstShow)
        return;
    m_firstShow = false;
    if (m_offerPending)
        m_restore->setFocus(Qt::OtherFocusReason);
    else if (m_step == Step::Procedure)
        m_picker->focusFilter();
}

void ReceptionPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateDue();
    scheduleRefresh();
}

void ReceptionPage::setFileChooser(ComponentChecklist::FileChooser chooser)
{
    m_checklist->setFileChooser(std::move(chooser));
}

void ReceptionPage::setPrinterSetup(ReceiptView::PrinterSetup setup)
{
    m_receipt->setPrinterSetup(std::move(setup));
}

void ReceptionPage::setSavePathChooser(ReceiptView::SavePathChooser chooser)
{
    m_receipt->setSavePathChooser(std::move(chooser));
}

QDateTime ReceptionPage::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString ReceptionPage::message() const
{
    return m_message->text();
}

QString ReceptionPage::dueText() const
{
    return m_due->text();
}

void ReceptionPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

// ------------------------------------------------------------------------------------------- steps

void ReceptionPage::setStep(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    m_save->setVisible(step == Step::Form);
    m_changeProcedure->setVisible(step == Step::Form);
    switch (step) {
    case Step::Procedure:
        m_picker->focusFilter();
        break;
    case Step::Form:
        if (!m_applicant->isAncestorOf(focusWidget()) && !m_checklist->isAncestorOf(focusWidget()))
            m_applicant->applicantForm()->idEdit()->setFocus(Qt::OtherFocusReason);
        break;
    case Step::Receipt:
        m_receipt->printButton()->setFocus(Qt::OtherFocusReason);
        break;
    }
    updateHeader();
    emit stepChanged(step);
}

void ReceptionPage::changeProcedure()
{
    if (m_step == Step::Receipt || m_saving)
        return;
    setStep(Step::Procedure);
}

void ReceptionPage::pickProcedure(const QString& code)
{
    const auto procedure = m_setup.env->catalogue.find(code);
    if (!procedure)
        return;
    const bool same = m_procedure && m_procedure->code == procedure->code;
    if (!same) {
        m_procedure = procedure;
        m_checklist->setProcedure(procedure);
        m_fees->setProcedure(procedure);
        m_bundle->setBundle(m_setup.env->bundles.forProcedure(procedure->code), m_setup.env->catalogue);
    }
    setStep(Step::Form);
    if (!same) {
        // A new procedure: on to the applicant, or to the checklist when the applicant is already there.
        if (m_applicant->applicantForm()->isBlank())
            m_applicant->applicantForm()->idEdit()->setFocus(Qt::OtherFocusReason);
        else
            m_checklist->table()->setFocus(Qt::OtherFocusReason);
    }
    showMessage(tr("Procedure chosen: %1. Read the card (F4) or type the applicant.").arg(procedure->name));
    updateDue();
    scheduleRefresh();
}

void ReceptionPage::startNew()
{
    if (m_saving)
        return;
    m_procedure.reset();
    m_checklist->setProcedure(std::nullopt);
    m_fees->setProcedure(std::nullopt);
    m_bundle->setBundle(std::nullopt, m_setup.env->catalogue);
    m_applicant->clear();
    m_channel->setCurrentIndex(0);
    m_note->clear();
    m_showAll = false;
    m_receipt->clear();
    m_picker->setFilter(QString());
    showMessage(QString());
    setStep(Step::Procedure);
    updateDue();
    refresh();
}

void ReceptionPage::updateHeader()
{
    if (!m_procedure) {
        m_procedureLine->setText(tr("<i>Choose the procedure: type part of its name, then Enter.</i>"));
        return;
    }
    const Procedure& p = *m_procedure;
    m_procedureLine->setText(
        tr("<b>%1</b> %2 · %3 · %4")
            .arg(p.code.toHtmlEscaped(), p.name.toHtmlEscaped(), ReceptionText::duration(p), ReceptionText::fee(p)));
}

void ReceptionPage::updateDue()
{
    if (!m_procedure || m_step == Step::Receipt) {
        m_due->setVisible(m_step != Step::Receipt && m_procedure.has_value());
        return;
    }
    const auto due = m_service->dueDate(*m_procedure, now());
    if (!due) {
        m_due->setText(tr("Due date: cannot be computed (%1)").arg(due.error().code));
    } else {
        m_due->setText(tr("Result due <b>%1</b><br><small>%2</small>")
                           .arg(ReceptionText::appointment(due->due), ReceptionText::countingStart(due->startRule)));
    }
    m_due->show();
}

// -------------------------------------------------------------------------------------- the draft

ReceptionDraft ReceptionPage::currentDraft() const
{
    ReceptionDraft d;
    if (m_procedure) {
        d.procedureCode = m_procedure->code;
        d.procedureVersion = m_procedure->version;
    }
    d.applicant = m_applicant->applicant();
    d.representative = m_applicant->representative();
    d.components = m_checklist->choices();
    d.returnChannel = m_channel->currentData().toString();
    d.feeVnd = m_fees->feeVnd();
    d.note = m_note->text().trimmed();
    if (m_bundle->hasBundle()) {
        d.bundleParts = m_bundle->chosenParts();
        d.subject = m_bundle->subject();
    }
    return d;
}

void ReceptionPage::scheduleRefresh()
{
    m_refreshTimer->start();
    if (m_step != Step::Receipt && !m_saving)
        m_draftTimer->start();
}

void ReceptionPage::refresh()
{
    m_issues.clear();
    {
        m_issues = m_applicant->localIssues() + m_bundle->localIssues();
        // A field the form could not read is reported once, by the form.
        QSet<QString> local;
        for (const ValidationIssue& i : std::as_const(m_issues))
            local.insert(i.field);
        for (const ValidationIssue& i : m_service->validate(currentDraft(), now()))
            if (!local.contains(i.field))
                m_issues.append(i);
        std::stable_sort(m_issues.begin(), m_issues.end(), [this](const ValidationIssue& a, const ValidationIssue& b) {
            return issueRank(a.field, m_procedure) < issueRank(b.field, m_procedure);
        });
    }
    m_applicant->showIssues(m_issues, m_showAll);
    m_bundle->showIssues(m_issues, m_showAll);
    m_checklist->showIssues(m_issues, m_showAll);
    m_issueList->clear();
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1: %2").arg(fieldLabel(issue.field), issue.message), m_issueList);
        item->setData(Qt::UserRole, issue.field);
    }
    m_issuesHeading->setText(m_issues.isEmpty()
                                 ? tr("Ready to save (Ctrl+S)")
                                 : tr("To complete before saving: %n item(s)", nullptr, int(m_issues.size())));
    m_issuesHeading->setStyleSheet(m_issues.isEmpty() ? QStringLiteral("color: #1b5e20;") : QString());
}

QString ReceptionPage::fieldLabel(const QString& field) const
{
    const QString key = field.section(QLatin1Char('.'), -1);
    QString who;
    if (field.startsWith(QLatin1String("applicant.")))
        who = tr("Applicant");
    else if (field.startsWith(QLatin1String("representative.")))
        who = tr("Representative");
    else if (field.startsWith(QLatin1String("bundle.subject.")))
        who = m_bundle->title();
    else if (field.startsWith(QLatin1String("bundle.")))
        return tr("Interlinked group");
    else if (field.startsWith(QLatin1String("components.")) && m_procedure) {
        for (const ProcedureComponent& pc : m_procedure->components)
            if (pc.id == field.mid(11))
                return pc.name;
        return field.mid(11);
    } else if (field == QLatin1String("procedure")) {
        return tr("Procedure");
    }
    static const QHash<QString, const char*> names{
        {QStringLiteral("idNumber"), QT_TR_NOOP("ID number")},
        {QStringLiteral("fullName"), QT_TR_NOOP("full name")},
        {QStringLiteral("dateOfBirth"), QT_TR_NOOP("date of birth")},
        {QStringLiteral("sex"), QT_TR_NOOP("sex")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("email"), QT_TR_NOOP("email")},
    };
    const QString what = names.contains(key) ? tr(names.value(key)) : key;
    return who.isEmpty() ? what : QStringLiteral("%1, %2").arg(who, what);
}

QWidget* ReceptionPage::fieldWidget(const QString& field) const
{
    if (QWidget* w = m_applicant->fieldWidget(field))
        return w;
    if (QWidget* w = m_bundle->fieldWidget(field))
        return w;
    if (field == QLatin1String("returnChannel"))
        return m_channel;
    return nullptr;
}

void ReceptionPage::focusIssue(const ValidationIssue& issue)
{
    if (issue.field == QLatin1String("procedure")) {
        setStep(Step::Procedure);
        return;
    }
    if (issue.field.startsWith(QLatin1String("components."))) {
        m_checklist->focusRow(issue.field.mid(11));
        return;
    }
    if (QWidget* w = fieldWidget(issue.field)) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            edit->selectAll();
    }
}

QJsonObject ReceptionPage::screenState() const
{
    return QJsonObject{
        {QStringLiteral("fees"), m_fees->state()},
        {QStringLiteral("ownedFiles"), QJsonArray::fromStringList(m_checklist->ownedFiles())},
    };
}

void ReceptionPage::writeDraft()
{
    // While an earlier draft is offered it stays on disk untouched until the official decides.
    if (m_offerPending || m_step == Step::Receipt || m_saving)
        return;
    const ReceptionDraft draft = currentDraft();
    if (draft.isEmpty()) {
        m_drafts.clear();
        return;
    }
    if (Status st = m_drafts.save(draft, screenState(), now()); !st)
        qCWarning(lcPage) << "draft not written:" << st.error().code << st.error().message;
}

void ReceptionPage::flushDraft()
{
    m_draftTimer->stop();
    writeDraft();
}

void ReceptionPage::offerDraft()
{
    if (!m_offered) {
        m_offered = m_drafts.load();
        if (!m_offered || m_offered->draft.isEmpty()) {
            m_offered.reset();
            return;
        }
    }
    m_offerPending = true;
    const ReceptionDraft& d = m_offered->draft;
    const auto procedure = m_setup.env->catalogue.find(d.procedureCode);
    QStringList what;
    if (procedure)
        what.append(procedure->name);
    if (!d.applicant.fullName.isEmpty())
        what.append(d.applicant.fullName);
    const QDateTime at = m_offered->savedAt.toLocalTime();
    m_offerText->setText(tr("A reception was not finished (%1, last change %2). Restore it?")
                             .arg(what.isEmpty() ? tr("no procedure yet") : what.join(QStringLiteral(" — ")),
                                  at.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    m_offer->show();
}

void ReceptionPage::restoreDraft()
{
    if (!m_offerPending || !m_offered)
        return;
    const DraftStore::Saved saved = *m_offered;
    m_offered.reset();
    m_offerPending = false;
    m_offer->hide();
    applyDraft(saved);
    showMessage(tr("The unfinished reception was restored."));
}

void ReceptionPage::discardDraft()
{
    if (!m_offerPending)
        return;
    if (m_offered)
        for (const QJsonValue& v : m_offered->screen.value(QLatin1String("ownedFiles")).toArray())
            QFile::remove(v.toString());
    m_offered.reset();
    m_offerPending = false;
    m_offer->hide();
    m_drafts.clear();
    showMessage(tr("The unfinished reception was discarded."));
    scheduleRefresh();
    if (m_step == Step::Procedure)
        m_picker->focusFilter();
}

void ReceptionPage::applyDraft(const DraftStore::Saved& saved)
{
    const ReceptionDraft& d = saved.draft;
    if (!d.procedureCode.isEmpty() && m_setup.env->catalogue.find(d.procedureCode)) {
        m_procedure.reset();
        pickProcedure(d.procedureCode);
    }
    m_applicant->setPeople(d.applicant, d.representative);
    if (m_bundle->hasBundle()) {
        m_bundle->setChosenParts(d.bundleParts);
        m_bundle->setSubject(d.subject);
    }
    QStringList owned;
    for (const QJsonValue& v : saved.screen.value(QLatin1String("ownedFiles")).toArray())
        owned.append(v.toString());
    m_checklist->setOwnedFiles(owned);
    m_checklist->setChoices(d.components);
    m_fees->setState(saved.screen.value(QLatin1String("fees")).toObject());
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(d.returnChannel)));
    m_note->setText(d.note);
    if (m_procedure)
        setStep(Step::Form);
    scheduleRefresh();
}

// ----------------------------------------------------------------------------------------- saving

bool ReceptionPage::save()
{
    if (m_step != Step::Form || m_saving)
        return false;
    if (m_checklist->isBusy()) {
        showMessage(tr("Wait until scanning or reading the attached file has finished."), true);
        return false;
    }
    refresh();
    m_showAll = true;
    refresh();
    if (!m_issues.isEmpty()) {
        const ValidationIssue& first = m_issues.first();
        const QString reason = tr("Not saved yet: %1 — %2").arg(fieldLabel(first.field), first.message);
        showMessage(reason, true);
        focusIssue(first);
        emit saveRefused(reason);
        return false;
    }
    if (m_offerPending) {
        // Working on a new dossier answers the offer: the earlier draft is kept on disk until then.
        m_offerPending = false;
        m_offered.reset();
        m_offer->hide();
    }
    ReceptionSaver::Job job;
    job.now = now();
    job.draft = currentDraft();
    job.draft.receivedAt = job.now;
    job.draft.demo = m_setup.demo || m_setup.env->demo;
    job.env = *m_setup.env;
    job.env.database = nullptr;
    // The signed-in official receives the dossier and signs the receipt.
    if (UserSession* user = session(); user && !user->login().isEmpty()) {
        job.env.userName = user->login();
        job.env.officialName = user->displayName().isEmpty() ? user->login() : user->displayName();
    }
    job.draft.receivedBy = job.env.userName;
    job.databasePath = m_setup.databasePath;
    job.previewDpi = 96;
    FormFonts::ensureLoaded();
    m_saving = true;
    m_save->setEnabled(false);
    m_draftTimer->stop();
    showMessage(tr("Saving the dossier…"));
    m_saveFuture = QtConcurrent::run(&ReceptionSaver::run, std::move(job));
    m_saveFuture.then(this, [this](const ReceptionSaver::Outcome& outcome) { onSaved(outcome); });
    return true;
}

void ReceptionPage::onSaved(const ReceptionSaver::Outcome& outcome)
{
    if (m_closing)
        return; // the destructor settles the draft and the files
    m_saving = false;
    m_save->setEnabled(true);
    if (!outcome.ok()) {
        QString reason;
        if (!outcome.error.issues.isEmpty()) {
            m_issues = outcome.error.issues;
            reason = tr("Not saved: %1").arg(outcome.error.issues.first().message);
        } else {
            reason = tr("The dossier was not saved (%1). Nothing was written; your input is kept — try Ctrl+S "
                        "again, and if it fails again see Help → Diagnostics.")
                         .arg(outcome.error.error.code);
        }
        qCWarning(lcPage) << "reception not saved:" << outcome.error.error.code << outcome.error.error.message;
        showMessage(reason, true);
        emit saveRefused(reason);
        writeDraft();
        return;
    }
    m_lastOutcome = outcome;
    const ReceptionOutcome& saved = *outcome.saved;
    // Saved: the draft and the scans the desk made are no longer needed (the files are in the store).
    m_drafts.clear();
    for (const QString& file : m_checklist->ownedFiles())
        QFile::remove(file);
    m_checklist->setOwnedFiles({});
    if (m_setup.services) {
        if (auto* store = m_setup.services->get<DossierStore>()) {
            emit store->dossierChanged(saved.dossier.uuid);
            for (const Dossier& linked : saved.linked)
                emit store->dossierChanged(linked.uuid);
            emit store->outboxChanged();
        }
    }
    if (CardReader* reader = cardReader())
        reader->clearIdentity(); // the end of a reception: the identity leaves memory
    const QString problem =
        outcome.receiptPdf.isEmpty()
            ? tr("The receipt could not be made (%1). The dossier is saved; reprint it from the dossier list.")
                  .arg(outcome.receiptError.code)
            : QString();
    m_receipt->setReceipt(saved.dossier, saved.linked, outcome.receiptPdf, outcome.receiptPages, problem);
    showMessage(tr("Dossier %1 saved.").arg(saved.dossier.code));
    setStep(Step::Receipt);
    m_due->hide();
    emit dossierSaved(saved.dossier.uuid, saved.dossier.code);
}

// ---------------------------------------------------------------------------------- card reader

void ReceptionPage::hookServices()
{
    if (!m_setup.services)
        return;
    hookCardReader(m_setup.services->get<CardReader>());
    hookSession(m_setup.services->get<UserSession>());
    m_receipt->setAccessCheck([this](const QString& action, const Dossier& dossier) {
        UserSession* user = session();
        return !user || user->recordAccess(action, dossier.uuid, dossier.code, QStringLiteral("receipt"));
    });
    connect(m_setup.services.data(), &ServiceRegistry::serviceAdded, this, [this](const QString& id) {
        if (id == QLatin1String(CardReader::serviceId()))
            hookCardReader(m_setup.services->get<CardReader>());
        else if (id == QLatin1String(UserSession::serviceId()))
            hookSession(m_setup.services->get<UserSession>());
        else if (id == QLatin1String(Scanner::serviceId()))
            m_checklist->refreshScanner();
    });
    connect(m_setup.services.data(), &ServiceRegistry::serviceRemoved, this, [this](const QString& id) {
        if (id == QLatin1String(Scanner::serviceId()))
            m_checklist->refreshScanner();
    });
}

CardReader* ReceptionPage::cardReader() const
{
    return m_reader.data();
}

UserSession* ReceptionPage::session() const
{
    return m_session.data();
}

void ReceptionPage::hookSession(UserSession* user)
{
    if (!user || user == m_session)
        return;
    m_session = user;
    connect(user, &UserSession::locked, this, &ReceptionPage::onLocked);
}

void ReceptionPage::onLocked()
{
    // The desk locked: the citizen's data leaves the screen. A reception in progress stays on disk and
    // is offered back to whoever unlocks; a receipt on screen is already saved and reprintable.
    if (m_saving)
        return;
    if (m_step != Step::Receipt && !m_offerPending)
        flushDraft();
    const bool pending = m_offerPending;
    m_offerPending = false;
    startNew();
    m_offered.reset();
    if (pending || m_drafts.exists())
        offerDraft();
}

void ReceptionPage::hookCardReader(CardReader* reader)
{
    if (!reader || reader == m_reader)
        return;
    m_reader = reader;
    connect(reader, &CardReader::identityRead, this, &ReceptionPage::onIdentity);
    auto status = [this] {
        if (m_reader)
            m_applicant->setCardStatus(m_reader->statusText());
    };
    connect(reader, &CardReader::stateChanged, this, status);
    connect(reader, &CardReader::readFailed, this, [this](const QString&, const QString& message) {
        showMessage(tr("The card could not be read: %1").arg(message), true);
    });
    status();
}

void ReceptionPage::onIdentity(const CitizenIdentity& identity)
{
    if (m_step == Step::Receipt || identity.isEmpty())
        return;
    m_applicant->applyIdentity(identity);
    showMessage(tr("Card read: %1.").arg(identity.fullName));
    scheduleRefresh();
}

void ReceptionPage::readCard()
{
    if (m_step == Step::Receipt)
        return;
    CardReader* reader = cardReader();
    if (!reader) {
        showMessage(tr("No card reader service: type the applicant's details."), true);
        return;
    }
    const CitizenIdentity identity = reader->currentIdentity();
    if (!identity.isEmpty()) {
        onIdentity(identity);
        return;
    }
    // In demo mode the simulated reader takes a synthetic card (CardReaderService::insertDemoCard).
    if (reader->metaObject()->indexOfMethod("insertDemoCard()") >= 0 &&
        QMetaObject::invokeMethod(reader, "insertDemoCard")) {
        showMessage(tr("Demo card placed on the reader: reading…"));
        return;
    }
    showMessage(tr("Place the card on the reader or scan its QR code; the applicant fills in by itself."));
}

} // namespace motcua::intake
