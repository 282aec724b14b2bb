#include "ComponentChecklist.h"

#include "ReceptionText.h"
#include "Scanner.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <poppler-qt6.h>

namespace motcua::intake {

namespace {

enum Column { NameColumn, StatusColumn, FileColumn, ActionColumn };

struct PdfFacts
{
    int pages = 0;
    qint64 bytes = 0;
};

// Off the GUI thread: Poppler opens the file to count its pages.
PdfFacts pdfFacts(const QString& path)
{
    PdfFacts facts;
    facts.bytes = QFileInfo(path).size();
    const auto document = Poppler::Document::load(path);
    if (document && !document->isLocked())
        facts.pages = document->numPages();
    return facts;
}

} // namespace

ComponentChecklist::ComponentChecklist(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("componentTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateNote(); });
    // Wrapped names take the height they need at the width the columns end up with.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_rowsPending)
            return;
        m_rowsPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rowsPending = false;
                m_table->resizeRowsToContents();
            },
            Qt::QueuedConnection);
    });

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("componentNote"));
    m_note->setWordWrap(true);
    m_reuseLabel = new QLabel(this);
    m_reuseLabel->hide();
    m_reuseList = new QListWidget(this);
    m_reuseList->setObjectName(QStringLiteral("reuseList"));
    m_reuseList->setMaximumHeight(110);
    m_reuseList->hide();
    m_reuseList->installEventFilter(this);
    connect(m_reuseList, &QListWidget::itemActivated, this, [this] { applyReuse(); });
    m_keys = new QLabel(this);
    m_keys->setStyleSheet(QStringLiteral("color: #555;"));
    m_keys->setWordWrap(true);

    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_reuseLabel);
    layout->addWidget(m_reuseList);
    layout->addWidget(m_keys);
    setFocusProxy(m_table);

    // Function keys work wherever the focus is inside the checklist.
    const QList<std::pair<QKeySequence, void (ComponentChecklist::*)()>> keys{
        {QKeySequence(Qt::Key_F5), &ComponentChecklist::scanCurrent},
        {QKeySequence(Qt::Key_F7), &ComponentChecklist::attachCurrent},
        {QKeySequence(Qt::Key_F8), &ComponentChecklist::markShownCurrent},
        {QKeySequence(Qt::Key_F9), &ComponentChecklist::reuseCurrent},
    };
    for (const auto& [key, slot] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    m_chooseFile = [](QWidget* owner, const QString& name) {
        return QFileDialog::getOpenFileName(owner, tr("Attach a PDF for: %1").arg(name), QDir::homePath(),
                                            tr("PDF documents (*.pdf)"));
    };
    retranslateUi();
}

void ComponentChecklist::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Handed in"), tr("File"), QString()});
    m_keys->setText(tr("F5 scan · F7 attach file · F8 shown only · F9 reuse earlier document · Del clear"));
    m_reuseLabel->setText(tr("Earlier digitised documents of this citizen (Enter reuse, Esc close):"));
    // The rows' buttons carry text too: rebuilt in the new language, on the same row.
    const int current = m_table->currentRow();
    rebuild();
    if (current >= 0 && current < m_rows.size())
        m_table->setCurrentCell(current, NameColumn);
}

void ComponentChecklist::setProcedure(const std::optional<Procedure>& procedure)
{
    m_rows.clear();
    if (procedure)
        for (const ProcedureComponent& pc : procedure->components) {
            Row row;
            row.component = pc;
            row.choice.componentId = pc.id;
            m_rows.append(row);
        }
    m_reuseList->hide();
    m_reuseLabel->hide();
    rebuild();
}

void ComponentChecklist::rebuild()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < ActionColumn; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        m_table->setCellWidget(row, ActionColumn, makeActions(row));
        updateRow(row);
    }
    if (!m_rows.isEmpty())
        m_table->setCurrentCell(0, NameColumn);
    updateNote();
}

QWidget* ComponentChecklist::makeActions(int row)
{
    auto* box = new QWidget(m_table);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->setSpacing(2);
    const ProcedureComponent& pc = m_rows.at(row).component;
    auto button = [&](const QString& name, const QString& text, const QString& tip,
                      void (ComponentChecklist::*slot)()) {
        auto* b = new QToolButton(box);
        b->setObjectName(name + QLatin1Char(':') + pc.id);
        b->setText(text);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus); // the keyboard acts on the current row instead
        connect(b, &QToolButton::clicked, this, [this, row, slot] {
            m_table->setCurrentCell(row, NameColumn);
            (this->*slot)();
        });
        layout->addWidget(b);
        return b;
    };
    if (pc.form != ComponentForm::ShownOnly) {
        QToolButton* scan = button(QStringLiteral("scan"), tr("Scan"), tr("Scan this component (F5)"),
                                   &ComponentChecklist::scanCurrent);
        Scanner* scanner = m_scanner ? m_scanner() : nullptr;
        scan->setEnabled(scanner && scanner->canScanComponents());
        button(QStringLiteral("attach"), tr("File…"), tr("Attach a PDF file (F7)"), &ComponentChecklist::attachCurrent);
    }
    button(QStringLiteral("shown"), tr("Shown"), tr("Shown to the official, not kept (F8)"),
           &ComponentChecklist::markShownCurrent);
    if (pc.reusable)
        button(QStringLiteral("reuse"), tr("Reuse"), tr("Reuse an earlier digitised document (F9)"),
               &ComponentChecklist::reuseCurrent);
    button(QStringLiteral("clear"), QStringLiteral("✕"), tr("Clear (Del)"), &ComponentChecklist::clearCurrent);
    layout->addStretch();
    return box;
}

void ComponentChecklist::refreshScanner()
{
    Scanner* scanner = m_scanner ? m_scanner() : nullptr;
    const bool can = scanner && scanner->canScanComponents();
    for (QToolButton* b : findChildren<QToolButton*>())
        if (b->objectName().startsWith(QLatin1String("scan:")))
            b->setEnabled(can);
}

void ComponentChecklist::updateRow(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_table->item(row, NameColumn))
        return;
    const Row& r = m_rows.at(row);
    const ProcedureComponent& pc = r.component;
    QString name = pc.name;
    QStringList tags{ReceptionText::componentForm(pc.form)};
    if (pc.required)
        tags.prepend(tr("required"));
    if (pc.reusable)
        tags.append(tr("reusable"));
    name += QStringLiteral("\n(") + tags.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_table->item(row, NameColumn)->setText(name);
    m_table->item(row, NameColumn)->setToolTip(pc.note);
    QString status = r.busy ? r.busyText : ReceptionText::componentStatus(r.choice.status);
    m_table->item(row, StatusColumn)->setText(status);
    QString file;
    if (r.choice.status == ComponentStatus::Scanned || r.choice.status == ComponentStatus::Reused) {
        QStringList parts;
        if (r.choice.pageCount > 0)
            parts.append(ReceptionText::pages(r.choice.pageCount));
        if (r.bytes > 0)
            parts.append(ReceptionText::fileSize(r.bytes));
        file = parts.join(QStringLiteral(" · "));
        if (r.choice.status == ComponentStatus::Reused && !r.choice.reusedFrom.isEmpty())
            file += QLatin1Char('\n') + tr("from %1").arg(r.choice.reusedFrom);
        else if (!r.choice.filePath.isEmpty())
            m_table->item(row, FileColumn)->setToolTip(QDir::toNativeSeparators(r.choice.filePath));
    }
    m_table->item(row, FileColumn)->setText(file);
    const bool refused = !r.issue.isEmpty() && (m_showAll || r.choice.status != ComponentStatus::Missing);
    const QBrush background = refused                                       ? QBrush(QColor(0xfd, 0xec, 0xee))
                              : r.choice.status != ComponentStatus::Missing ? QBrush(QColor(0xee, 0xf6, 0xee))
                                                                            : QBrush();
    for (int column = 0; column < ActionColumn; ++column)
        m_table->item(row, column)->setBackground(background);
    m_table->resizeRowToContents(row);
}

void ComponentChecklist::updateNote()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_note->clear();
        return;
    }
    const Row& r = m_rows.at(row);
    QStringList lines;
    if (!r.issue.isEmpty() && (m_showAll || r.choice.status != ComponentStatus::Missing))
        lines.append(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(r.issue.toHtmlEscaped()));
    if (!r.component.note.isEmpty())
        lines.append(QStringLiteral("<span style='color:#555'>%1</span>").arg(r.component.note.toHtmlEscaped()));
    m_note->setText(lines.join(QStringLiteral("<br>")));
}

QList<ComponentChoice> ComponentChecklist::choices() const
{
    QList<ComponentChoice> list;
    for (const Row& r : m_rows)
        if (r.choice.status != ComponentStatus::Missing)
            list.append(r.choice);
    return list;
}

void ComponentChecklist::setChoices(const QList<ComponentChoice>& choices)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& r = m_rows[row];
        r.choice = ComponentChoice{};
        r.choice.componentId = r.component.id;
        r.bytes = 0;
        for (const ComponentChoice& c : choices) {
            if (c.componentId != r.component.id)
                continue;
            r.choice = c;
            if (!c.filePath.isEmpty())
                r.bytes = QFileInfo(c.filePath).size();
            else if (!c.fileSha256.isEmpty() && m_storedSize)
                r.bytes = m_storedSize(c.fileSha256);
        }
        updateRow(row);
    }
    updateNote();
}

bool ComponentChecklist::isBusy() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.busy; });
}

int ComponentChecklist::rowOf(const QString& componentId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).component.id == componentId)
            return row;
    return -1;
}

void ComponentChecklist::focusRow(const QString& componentId)
{
    const int row = rowOf(componentId);
    if (row >= 0)
        m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ComponentChecklist::setChoice(int row, const ComponentChoice& choice, qint64 bytes)
{
    Row& r = m_rows[row];
    if (!r.choice.filePath.isEmpty() && r.choice.filePath != choice.filePath && m_owned.remove(r.choice.filePath))
        QFile::remove(r.choice.filePath); // a scan replaced or cleared before saving is not kept
    r.choice = choice;
    r.choice.componentId = r.component.id;
    r.bytes = bytes;
    updateRow(row);
    updateNote();
    emit changed();
}

void ComponentChecklist::scanCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_rows.at(row).busy)
        return;
    const ProcedureComponent& pc = m_rows.at(row).component;
    if (pc.form == ComponentForm::ShownOnly) {
        emit message(tr("“%1” is only shown, not kept: press F8.").arg(pc.name));
        return;
    }
    Scanner* scanner = m_scanner ? m_scanner() : nullptr;
    if (!scanner || !scanner->canScanComponents()) {
        emit message(tr("No scanner is available: attach the PDF from a file (F7) instead."));
        return;
    }
    ScanRequest request;
    request.componentId = pc.id;
    request.title = pc.name;
    request.author = m_author;
    if (!m_scanFolder.isEmpty()) {
        QDir().mkpath(m_scanFolder);
        request.outputPath =
            QDir(m_scanFolder)
                .filePath(
                    QStringLiteral("%1-%2.pdf").arg(pc.id, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
    }
    QPointer<ComponentChecklist> self(this);
    const QString componentId = pc.id;
    const QString id = scanner->scanComponent(request, window(), this, [self, componentId](const ScanResult& result) {
        if (!self)
            return;
        const int r = self->rowOf(componentId);
        if (r >= 0)
            self->onScanned(r, result);
    });
    if (id.isEmpty()) {
        emit message(tr("The scanner could not start: attach the PDF from a file (F7) instead."));
        return;
    }
    m_rows[row].busy = true;
    m_rows[row].busyText = tr("Scanning…");
    updateRow(row);
    emit message(tr("Scanning “%1”…").arg(pc.name));
}

void ComponentChecklist::onScanned(int row, const ScanResult& result)
{
    m_rows[row].busy = false;
    if (!result.saved()) {
        updateRow(row);
        emit message(result.outcome == ScanResult::Outcome::Cancelled
                         ? tr("Scanning cancelled.")
                         : tr("Scanning failed: %1")
                               .arg(result.errorMessage.isEmpty() ? result.errorCode : result.errorMessage));
        emit changed();
        return;
    }
    m_owned.insert(result.filePath);
    ComponentChoice choice;
    choice.status = ComponentStatus::Scanned;
    choice.filePath = result.filePath;
    choice.pageCount = result.pageCount;
    const qint64 bytes = result.bytes > 0 ? result.bytes : QFileInfo(result.filePath).size();
    if (choice.pageCount > 0) {
        setChoice(row, choice, bytes);
        emit message(tr("Scanned “%1”: %2, %3.")
                         .arg(m_rows.at(row).component.name, ReceptionText::pages(choice.pageCount),
                              ReceptionText::fileSize(bytes)));
    } else {
        attachFile(row, result.filePath, true);
    }
}

void ComponentChecklist::attachCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_rows.at(row).busy || !m_chooseFile)
        return;
    const QString path = m_chooseFile(window(), m_rows.at(row).component.name);
    if (!path.isEmpty())
        attachFile(row, path, false);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ComponentChecklist::attachFile(int row, const QString& path, bool owned)
{
    Row& r = m_rows[row];
    r.busy = true;
    r.busyText = tr("Reading…");
    updateRow(row);
    const QString componentId = r.component.id;
    // Counting pages opens the PDF: on a worker, the row is updated when it is done.
    QtConcurrent::run(pdfFacts, path).then(this, [this, componentId, path, owned](PdfFacts facts) {
        const int at = rowOf(componentId);
        if (at < 0)
            return;
        m_rows[at].busy = false;
        if (owned)
            m_owned.insert(path);
        ComponentChoice choice;
        choice.status = ComponentStatus::Scanned;
        choice.filePath = path;
        choice.pageCount = facts.pages;
        setChoice(at, choice, facts.bytes);
        emit message(facts.pages > 0 ? tr("Attached “%1”: %2, %3.")
                                           .arg(QFileInfo(path).fileName(), ReceptionText::pages(facts.pages),
                                                ReceptionText::fileSize(facts.bytes))
                                     : tr("“%1” is not a readable PDF.").arg(QFileInfo(path).fileName()));
    });
}

void ComponentChecklist::markShownCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_rows.at(row).busy)
        return;
    ComponentChoice choice;
    choice.status = ComponentStatus::ShownOnly;
    setChoice(row, choice, 0);
}

void ComponentChecklist::clearCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_rows.at(row).busy)
        return;
    setChoice(row, ComponentChoice{}, 0);
}

void ComponentChecklist::reuseCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_rows.at(row).busy)
        return;
    const ProcedureComponent& pc = m_rows.at(row).component;
    if (!pc.reusable) {
        emit message(tr("“%1” cannot be reused from an earlier dossier: it must be handed in again.").arg(pc.name));
        return;
    }
    m_candidates = m_reuse ? m_reuse(pc.id) : QList<ReuseCandidate>{};
    if (m_candidates.isEmpty()) {
        emit message(tr("No earlier digitised document of this citizen was found (the ID number is needed first)."));
        return;
    }
    m_reuseRow = row;
    m_reuseList->clear();
    for (const ReuseCandidate& c : m_candidates) {
        auto* item = new QListWidgetItem(QStringLiteral("%1%2 · %3 · %4 · %5 · %6")
                                             .arg(c.sameComponent ? QStringLiteral("★ ") : QString(), c.dossierCode,
                                                  c.receivedAt.toString(QStringLiteral("dd/MM/yyyy")),
                                                  ReceptionText::pages(c.pageCount), c.componentName, c.procedureName),
                                         m_reuseList);
        item->setToolTip(c.fileSha256);
    }
    m_reuseList->setCurrentRow(0);
    m_reuseLabel->show();
    m_reuseList->show();
    m_reuseList->setFocus(Qt::OtherFocusReason);
}

void ComponentChecklist::applyReuse()
{
    const int index = m_reuseList->currentRow();
    if (m_reuseRow < 0 || m_reuseRow >= m_rows.size() || index < 0 || index >= m_candidates.size())
        return;
    const ReuseCandidate& c = m_candidates.at(index);
    ComponentChoice choice;
    choice.status = ComponentStatus::Reused;
    choice.fileSha256 = c.fileSha256;
    choice.reusedFrom = c.dossierCode;
    choice.pageCount = c.pageCount;
    const int row = m_reuseRow;
    m_reuseList->hide();
    m_reuseLabel->hide();
    m_reuseRow = -1;
    setChoice(row, choice, m_storedSize ? m_storedSize(c.fileSha256) : 0);
    emit message(tr("Reused %1 from dossier %2.").arg(c.componentName, c.dossierCode));
    m_table->setFocus(Qt::OtherFocusReason);
}

void ComponentChecklist::showIssues(const ValidationIssues& issues, bool showAll)
{
    m_showAll = showAll;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& r = m_rows[row];
        r.issue.clear();
        const QString field = QStringLiteral("components.") + r.component.id;
        for (const ValidationIssue& issue : issues)
            if (issue.field == field) {
                r.issue = issue.message;
                break;
            }
        updateRow(row);
    }
    updateNote();
}

QString ComponentChecklist::rowIssue(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).issue : QString();
}

bool ComponentChecklist::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_reuseList) {
        if (key->key() == Qt::Key_Escape) {
            m_reuseList->hide();
            m_reuseLabel->hide();
            m_reuseRow = -1;
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            applyReuse();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_table && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clearCurrent();
            return true;
        case Qt::Key_S:
            scanCurrent();
            return true;
        case Qt::Key_A:
            attachCurrent();
            return true;
        case Qt::Key_X:
            markShownCurrent();
            return true;
        case Qt::Key_R:
            reuseCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace motcua::intake
