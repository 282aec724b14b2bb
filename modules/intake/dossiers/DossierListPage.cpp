#include "DossierListPage.h"

#include "DossierListModel.h"
#include "DossierPage.h"
#include "DossierText.h"
#include "FormDataBuilder.h"
#include "FormRenderer.h"
#include "PdfPreviewDialog.h"
#include "UserSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::intake {

namespace {
constexpr int kAllStates = -1;
constexpr int kOpenStates = 0;
constexpr int kSearchDelayMs = 250;
constexpr int kSyncRefreshMs = 5000;
} // namespace

DossierListPage::DossierListPage(std::shared_ptr<IntakeEnvironment> environment, QWidget* parent)
    : QWidget(parent), m_env(std::move(environment))
{
    setObjectName(QStringLiteral("dossierListPage"));
    setProperty("motcuaRetranslates", true);
    m_model = new DossierListModel(*m_env->database, this);
    m_model->setDueSoonWindow([this](const QDateTime& now) { return dueSoonUntil(now); });
    buildUi();
    retranslate();
    applyFilter();
}

DossierListPage::~DossierListPage() = default;

void DossierListPage::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_listPane = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(m_listPane);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(m_listPane);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_search = new QLineEdit(m_listPane);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_logBook = new QPushButton(m_listPane);
    m_logBook->setObjectName(QStringLiteral("logBookButton"));
    connect(m_logBook, &QPushButton::clicked, this, &DossierListPage::askLogBook);
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_search, 1);
    top->addWidget(m_logBook);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_state = new QComboBox(m_listPane);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_procedure = new QComboBox(m_listPane);
    m_procedure->setObjectName(QStringLiteral("procedureFilter"));
    m_procedure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_procedure->setMinimumContentsLength(22);
    m_dateFilter = new QCheckBox(m_listPane);
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), m_listPane);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(today, m_listPane);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_overdue = new QCheckBox(m_listPane);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_dueSoon = new QCheckBox(m_listPane);
    m_dueSoon->setObjectName(QStringLiteral("dueSoonFilter"));
    m_clear = new QPushButton(m_listPane);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    filters->addWidget(m_state);
    filters->addWidget(m_procedure, 1);
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), m_listPane));
    filters->addWidget(m_to);
    filters->addWidget(m_overdue);
    filters->addWidget(m_dueSoon);
    filters->addWidget(m_clear);
    layout->addLayout(filters);

    m_table = new QTableView(m_listPane);
    m_table->setObjectName(QStringLiteral("dossierTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DossierListModel::Procedure, QHeaderView::Stretch);
    m_table->setColumnWidth(DossierListModel::Code, 200);
    m_table->setColumnWidth(DossierListModel::Applicant, 170);
    m_table->setColumnWidth(DossierListModel::IdNumber, 110);
    m_table->setColumnWidth(DossierListModel::State, 150);
    m_table->setColumnWidth(DossierListModel::Received, 120);
    m_table->setColumnWidth(DossierListModel::Due, 170);
    m_table->setColumnWidth(DossierListModel::Sync, 90);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openRow(index.row()); });
    layout->addWidget(m_table, 1);

    m_count = new QLabel(m_listPane);
    m_count->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_count);

    m_stack->addWidget(m_listPane);
    m_dossierPage = new DossierPage(m_env, m_stack);
    m_stack->addWidget(m_dossierPage);
    connect(m_dossierPage, &DossierPage::backRequested, this, &DossierListPage::showList);
    connect(m_dossierPage, &DossierPage::dossierChanged, this, &DossierListPage::dossierChanged);

    // Keyboard: Ctrl+F anywhere on the page goes to the search box (back to the list if needed).
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        showList();
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &DossierListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    auto apply = [this] {
        if (!m_filling)
            applyFilter();
    };
    connect(m_state, &QComboBox::currentIndexChanged, this, apply);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, apply);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this, apply](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        apply();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this, apply] {
        if (m_dateFilter->isChecked())
            apply();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this, apply] {
        if (m_dateFilter->isChecked())
            apply();
    });
    connect(m_overdue, &QCheckBox::toggled, this, apply);
    connect(m_dueSoon, &QCheckBox::toggled, this, apply);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_filling = true;
        m_search->clear();
        m_state->setCurrentIndex(0);
        m_procedure->setCurrentIndex(0);
        m_dateFilter->setChecked(false);
        m_overdue->setChecked(false);
        m_dueSoon->setChecked(false);
        m_filling = false;
        m_searchDelay->stop();
        applyFilter();
    });
    connect(m_model, &DossierListModel::rowsLoaded, this, &DossierListPage::updateCount);
    connect(m_model, &DossierListModel::loadFailed, this, [this](const QString&) { updateCount(); });

    m_syncRefresh = new QTimer(this);
    m_syncRefresh->setInterval(kSyncRefreshMs);
    connect(m_syncRefresh, &QTimer::timeout, this, &DossierListPage::refreshSyncStates);
}

void DossierListPage::retranslate()
{
    m_filling = true;
    m_heading->setText(tr("Dossiers"));
    m_search->setPlaceholderText(tr("Search: name, ID number, code or address — with or without diacritics (Ctrl+F)"));
    m_logBook->setText(tr("Log book…"));
    m_logBook->setToolTip(tr("Print the log book of dossiers received in a date range (A4)"));

    const int state = m_state->currentIndex() < 0 ? kAllStates : m_state->currentData().toInt();
    m_state->clear();
    m_state->addItem(tr("All states"), kAllStates);
    m_state->addItem(tr("Open (not finished)"), kOpenStates);
    for (DossierState s : allDossierStates())
        m_state->addItem(DossierText::stateName(s), nationalStatusCode(s));
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
    fillProcedures();

    m_dateFilter->setText(tr("Received"));
    m_overdue->setText(tr("Overdue"));
    m_overdue->setToolTip(tr("Open dossiers past their appointment"));
    m_dueSoon->setText(tr("Due soon"));
    m_dueSoon->setToolTip(tr("Open dossiers due by the end of the next working day"));
    m_clear->setText(tr("Clear filters"));
    m_filling = false;
    m_model->retranslate();
    updateCount();
}

void DossierListPage::fillProcedures()
{
    const QString current = m_procedure->currentData().toString();
    m_procedure->clear();
    m_procedure->addItem(tr("All procedures"), QString());
    QList<Procedure> procedures = m_env->catalogue.procedures();
    std::sort(procedures.begin(), procedures.end(),
              [](const Procedure& a, const Procedure& b) { return a.name.localeAwareCompare(b.name) < 0; });
    QStringList seen;
    for (const Procedure& p : std::as_const(procedures)) {
        if (seen.contains(p.code))
            continue;
        seen.append(p.code);
        m_procedure->addItem(p.name, p.code);
        m_procedure->setItemData(m_procedure->count() - 1, p.code, Qt::ToolTipRole);
    }
    m_procedure->setCurrentIndex(qMax(0, m_procedure->findData(current)));
}

void DossierListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_heading)
        retranslate();
    QWidget::changeEvent(event);
}

void DossierListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_syncRefresh->start();
    if (m_stale && !event->spontaneous())
        refresh();
}

void DossierListPage::dossiersChanged()
{
    if (isVisible() && !isShowingDossier())
        refresh();
    else
        m_stale = true;
}

void DossierListPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_syncRefresh->stop();
}

bool DossierListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_table && enter) {
            openRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
            return true;
        }
        if (watched == m_search && enter) {
            // Search now; a single match opens, otherwise the first row is ready for the arrow keys.
            m_searchDelay->stop();
            applyFilter();
            if (m_model->rowCount() == 1 && !m_model->hasMore()) {
                openRow(0);
            } else if (m_model->rowCount() > 0) {
                m_table->setFocus(Qt::OtherFocusReason);
                m_table->selectRow(0);
            }
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QDateTime DossierListPage::dueSoonUntil(const QDateTime& now) const
{
    // Due by the end of the next working day (a Friday afternoon sees Monday's dossiers).
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QDate today = now.toTimeZone(zone).date();
    const QDate next = m_env->calendar.nextWorkingDay(today);
    return next.isValid() ? next.addDays(1).startOfDay(zone) : now.addDays(1);
}

DossierListFilter DossierListPage::currentFilter() const
{
    DossierListFilter filter;
    filter.search = m_search->text().trimmed();
    const int state = m_state->currentData().toInt();
    if (state == kOpenStates)
        filter.states = DossierListQuery::openStates();
    else if (state > 0)
        filter.states = {dossierStateFromCode(state).value_or(DossierState::Received)};
    filter.procedureCode = m_procedure->currentData().toString();
    if (m_dateFilter->isChecked()) {
        filter.receivedFrom = m_from->date();
        filter.receivedTo = m_to->date();
    }
    filter.overdue = m_overdue->isChecked();
    filter.dueSoon = m_dueSoon->isChecked();
    return filter;
}

void DossierListPage::applyFilter()
{
    m_model->setFilter(currentFilter());
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void DossierListPage::setNow(const QDateTime& now)
{
    m_now = now;
    m_model->setNow(now);
    m_dossierPage->setNow(now);
    applyFilter();
}

void DossierListPage::refresh()
{
    m_stale = false;
    const QModelIndex current = m_table->currentIndex();
    const QString uuid = current.isValid() ? current.data(DossierListModel::UuidRole).toString() : QString();
    m_model->reload();
    const int row = uuid.isEmpty() ? -1 : m_model->rowOf(uuid);
    if (row >= 0)
        m_table->selectRow(row);
    if (isShowingDossier())
        m_dossierPage->reload();
}

void DossierListPage::refreshSyncStates()
{
    m_model->refreshSyncStates();
}

void DossierListPage::updateCount()
{
    if (!m_count || !m_model)
        return;
    if (!m_model->lastError().code.isEmpty()) {
        m_count->setText(tr("The list cannot be read from the local database (%1).").arg(m_model->lastError().code));
        return;
    }
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_count->setText(tr("No dossier matches."));
    else if (m_model->hasMore())
        m_count->setText(tr("%n dossier(s) shown, newest first — scroll down for more.", nullptr, shown));
    else
        m_count->setText(tr("%n dossier(s).", nullptr, shown));
}

bool DossierListPage::openRow(int row)
{
    const DossierListRow* r = m_model->rowAt(row);
    return r && openDossier(r->uuid);
}

bool DossierListPage::openDossier(const QString& uuid)
{
    if (!m_dossierPage->showDossier(uuid))
        return false;
    m_stack->setCurrentWidget(m_dossierPage);
    m_dossierPage->setFocus(Qt::OtherFocusReason);
    return true;
}

void DossierListPage::showList()
{
    if (!isShowingDossier())
        return;
    const QString uuid = m_dossierPage->uuid();
    m_stack->setCurrentWidget(m_listPane);
    refresh();
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_table->selectRow(row);
    m_table->setFocus(Qt::OtherFocusReason);
}

void DossierListPage::setSession(UserSession* session)
{
    m_dossierPage->setSession(session);
    if (session)
        connect(session, &UserSession::locked, this, &DossierListPage::onLocked, Qt::UniqueConnection);
}

void DossierListPage::onLocked()
{
    m_stack->setCurrentWidget(m_listPane);
    m_dossierPage->clear();
    m_searchDelay->stop();
    m_search->clear();
    applyFilter();
}

bool DossierListPage::isShowingDossier() const
{
    return m_stack->currentWidget() == m_dossierPage;
}

PdfPreviewDialog* DossierListPage::openLogBook(const QDate& from, const QDate& to)
{
    const auto input =
        FormDataBuilder(*m_env).logBook(from, to, m_now.isValid() ? m_now : QDateTime::currentDateTime());
    if (!input) {
        m_count->setText(tr("The log book cannot be prepared (%1).").arg(input.error().code));
        return nullptr;
    }
    const auto pdf = FormRenderer::render(FormKind::LogBook, *input);
    if (!pdf) {
        m_count->setText(tr("The log book cannot be printed (%1).").arg(pdf.error().code));
        return nullptr;
    }
    auto* dialog = new PdfPreviewDialog(
        *pdf, FormRenderer::documentTitle(FormKind::LogBook, *input),
        QStringLiteral("so-theo-doi-%1-%2.pdf")
            .arg(from.toString(QStringLiteral("yyyyMMdd")), to.toString(QStringLiteral("yyyyMMdd"))),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1000, 720);
    dialog->open();
    return dialog;
}

void DossierListPage::askLogBook()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("logBookDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Log book"));
    auto* form = new QFormLayout(dialog);
    const QDate today = m_now.isValid() ? m_now.date() : QDate::currentDate();
    auto* from = new QDateEdit(QDate(today.year(), today.month(), 1), dialog);
    from->setObjectName(QStringLiteral("logFrom"));
    auto* to = new QDateEdit(today, dialog);
    to->setObjectName(QStringLiteral("logTo"));
    for (QDateEdit* edit : {from, to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    form->addRow(tr("Received from"), from);
    form->addRow(tr("to"), to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, from, to] {
        const QDate a = qMin(from->date(), to->date());
        const QDate b = qMax(from->date(), to->date());
        dialog->accept();
        openLogBook(a, b);
    });
    dialog->open();
}

} // namespace motcua::intake
