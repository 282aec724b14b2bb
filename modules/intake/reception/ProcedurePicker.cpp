#include "ProcedurePicker.h"

#include "ReceptionService.h"
#include "ReceptionText.h"
#include "TextFold.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::intake {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

ProcedurePicker::ProcedurePicker(const Catalogue& catalogue, const BundleCatalogue& bundles, QWidget* parent)
    : QWidget(parent), m_catalogue(catalogue), m_bundles(bundles)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pickerHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("procedureFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("procedureTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // one line per procedure, the full name in the tooltip and below
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("procedureDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(48);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_hint);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, &ProcedurePicker::refill);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { pickCurrent(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showDetails(); });
    retranslateUi();
    refill();
}

void ProcedurePicker::retranslateUi()
{
    m_heading->setText(tr("1. Procedure"));
    m_filter->setPlaceholderText(tr("Type to search: name without accents (khai sinh) or national code"));
    m_table->setHorizontalHeaderLabels({tr("National code"), tr("Procedure"), tr("Time limit"), tr("Fee")});
    m_hint->setText(tr("↑↓ choose · Enter pick · Esc back to the dossier"));
    refill();
}

void ProcedurePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QStringList ProcedurePicker::shownCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_table->rowCount(); ++row)
        codes.append(m_table->item(row, 0)->data(kCodeRole).toString());
    return codes;
}

void ProcedurePicker::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void ProcedurePicker::focusFilter()
{
    m_filter->setFocus(Qt::OtherFocusReason);
    m_filter->selectAll();
}

void ProcedurePicker::refill()
{
    // Catalogue::search folds with TextFold (case, tone marks, đ → d) and ranks code prefix, then the
    // whole phrase, then every word; an empty filter lists every current procedure.
    const QString query = m_filter->text();
    QList<Procedure> procedures;
    if (foldForSearch(query).isEmpty()) {
        for (const Procedure& p : m_catalogue.procedures())
            if (m_catalogue.find(p.code)->version == p.version)
                procedures.append(p);
    } else {
        procedures = m_catalogue.search(query);
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(procedures.size()));
    for (int row = 0; row < procedures.size(); ++row) {
        const Procedure& p = procedures.at(row);
        const bool bundle = m_bundles.forProcedure(p.code).has_value();
        auto* code = new QTableWidgetItem(p.nationalCode ? p.code : tr("%1 (local)").arg(p.code));
        code->setData(kCodeRole, p.code);
        QString name = p.name;
        if (bundle)
            name = tr("[Interlinked] %1").arg(name);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(p.name);
        if (bundle) {
            QFont f = nameItem->font();
            f.setBold(true);
            nameItem->setFont(f);
        }
        m_table->setItem(row, 0, code);
        m_table->setItem(row, 1, nameItem);
        m_table->setItem(row, 2, new QTableWidgetItem(ReceptionText::duration(p)));
        m_table->setItem(row, 3, new QTableWidgetItem(ReceptionText::fee(p)));
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 1);
    showDetails();
}

void ProcedurePicker::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_details->setText(m_table->rowCount() == 0 ? tr("No procedure matches. Try fewer words or the code.")
                                                    : QString());
        return;
    }
    const QString code = m_table->item(row, 0)->data(kCodeRole).toString();
    const auto p = m_catalogue.find(code);
    if (!p)
        return;
    QStringList lines;
    lines.append(tr("<b>%1</b> — %2 · %3 · time limit %4 · fee %5")
                     .arg(p->code.toHtmlEscaped(), p->name.toHtmlEscaped(), p->field.toHtmlEscaped(),
                          ReceptionText::duration(*p), ReceptionText::fee(*p)));
    if (const auto bundle = m_bundles.forProcedure(p->code)) {
        QStringList parts;
        for (const BundlePart& part : bundle->parts) {
            const auto pp = BundleCatalogue::partProcedure(part, m_catalogue);
            parts.append((pp ? pp->name : part.procedureCode).toHtmlEscaped() +
                         (part.required ? tr(" (required)") : QString()));
        }
        lines.append(tr("Received once as linked dossiers: %1").arg(parts.join(QStringLiteral("; "))));
    } else {
        lines.append(tr("%n component(s) in the checklist", nullptr, int(p->components.size())));
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void ProcedurePicker::pickCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    emit procedurePicked(m_table->item(row, 0)->data(kCodeRole).toString());
}

bool ProcedurePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape) {
        emit cancelled();
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        pickCurrent();
        return true;
    }
    if (watched == m_filter) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            // The list moves while the cursor stays in the filter.
            const int step = key->key() == Qt::Key_Down       ? 1
                             : key->key() == Qt::Key_Up       ? -1
                             : key->key() == Qt::Key_PageDown ? 8
                                                              : -8;
            const int row = qBound(0, m_table->currentRow() + step, m_table->rowCount() - 1);
            if (m_table->rowCount() > 0)
                m_table->setCurrentCell(row, 1);
            return true;
        }
        default:
            break;
        }
    } else if (watched == m_table && !key->text().isEmpty() && key->text().at(0).isPrint() &&
               !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Typing in the list goes on typing in the filter.
        m_filter->setFocus(Qt::OtherFocusReason);
        m_filter->insert(key->text());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace motcua::intake
