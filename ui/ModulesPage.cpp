#include "ModulesPage.h"

#include "ModuleManager.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {
enum Column { IdColumn, NameColumn, VersionColumn, StateColumn, LocationColumn, ReasonColumn, ColumnCount };

// The five modules of the desk; their JSON names are English, these make them translatable.
const char* const kKnownNames[][2] = {
    {"cccd", QT_TRANSLATE_NOOP("motcua::ModulesPage", "Card reader")},
    {"scan", QT_TRANSLATE_NOOP("motcua::ModulesPage", "Scanner")},
    {"intake", QT_TRANSLATE_NOOP("motcua::ModulesPage", "Reception")},
    {"sync", QT_TRANSLATE_NOOP("motcua::ModulesPage", "Synchronisation")},
    {"review", QT_TRANSLATE_NOOP("motcua::ModulesPage", "Review")},
};
} // namespace

ModulesPage::ModulesPage(const ModuleManager& modules, QWidget* parent)
    : QWidget(parent), m_modules(modules), m_heading(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setProperty("motcuaRetranslates", true);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("modulesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    fill();
}

QString ModulesPage::displayName(const QString& id, const QString& metadataName)
{
    for (const auto& known : kKnownNames) {
        if (id == QLatin1String(known[0]))
            return tr(known[1]);
    }
    return metadataName.isEmpty() ? id : metadataName;
}

void ModulesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void ModulesPage::fill()
{
    m_heading->setText(tr("Modules"));
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Name"), tr("Version"), tr("State"), tr("Location"), tr("Reason when not loaded")});

    const QList<ModuleStatus> statuses = m_modules.statuses();
    int loaded = 0;
    m_table->setRowCount(int(statuses.size()));
    for (int row = 0; row < statuses.size(); ++row) {
        const ModuleStatus& status = statuses.at(row);
        QString state;
        QColor colour;
        switch (status.state) {
        case ModuleStatus::State::Loaded:
            ++loaded;
            state = tr("Loaded");
            colour = QColor(0x2e, 0x7d, 0x32);
            break;
        case ModuleStatus::State::Failed:
            state = tr("Failed");
            colour = QColor(0xc6, 0x28, 0x28);
            break;
        case ModuleStatus::State::Skipped:
            state = tr("Skipped");
            colour = QColor(0xef, 0x8f, 0x00);
            break;
        }
        const QString location =
            status.location == QLatin1String("static") ? tr("built into the program") : status.location;
        const QStringList cells = {status.metadata.id,
                                   displayName(status.metadata.id, status.metadata.name),
                                   status.metadata.version.toString(),
                                   state,
                                   location,
                                   status.reason};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == StateColumn)
                item->setForeground(colour);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Long plugin paths would push the reason off screen at 1366 px.
    if (m_table->columnWidth(LocationColumn) > 320)
        m_table->setColumnWidth(LocationColumn, 320);
    const int failed = int(statuses.size()) - loaded;
    m_summary->setText(
        failed == 0 ? tr("%n module(s) loaded.", nullptr, loaded)
                    : tr("%1 loaded, %2 not loaded: see the reason in the last column.").arg(loaded).arg(failed));
}

} // namespace motcua
