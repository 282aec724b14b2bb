#include "AboutDialog.h"

#include "DemoWatermark.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

AboutDialog::AboutDialog(const Shortcuts& shortcuts, bool demoMode, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About MotCua Desk"));

    auto* about = new QLabel(this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    about->setOpenExternalLinks(false);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(tr("MotCua Desk"), tr("Version %1").arg(QApplication::applicationVersion()),
                            tr("The desk program of the commune one-stop office: reads chip ID cards, receives "
                               "dossiers, scans their components and sends them to the provincial registry, "
                               "also when the network is down."),
                            tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())));
    if (demoMode)
        html += QStringLiteral("<p><b>%1</b></p>").arg(DemoWatermark::text().toHtmlEscaped());
    about->setText(html);

    auto* table = new QTableWidget(int(shortcuts.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < shortcuts.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }

    auto* tabs = new QTabWidget(this);
    auto* aboutPage = new QWidget(tabs);
    auto* aboutLayout = new QVBoxLayout(aboutPage);
    aboutLayout->addWidget(about);
    aboutLayout->addStretch();
    tabs->addTab(aboutPage, tr("About"));
    tabs->addTab(table, tr("Keyboard shortcuts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 440);
}

} // namespace motcua
