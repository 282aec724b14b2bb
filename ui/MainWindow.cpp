#include "MainWindow.h"

#include "ModuleManager.h"

#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>

namespace motcua {

MainWindow::MainWindow(ModuleManager& modules, QWidget* parent) : QMainWindow(parent), m_modules(modules)
{
    auto* splitter = new QSplitter(this);
    auto* navigation = new QListWidget(splitter);
    auto* stack = new QStackedWidget(splitter);
    for (Module* module : m_modules.loadedModules()) {
        for (const ModulePage& page : module->pages()) {
            navigation->addItem(page.title);
            stack->addWidget(page.create(stack));
        }
    }
    connect(navigation, &QListWidget::currentRowChanged, stack, &QStackedWidget::setCurrentIndex);
    setCentralWidget(splitter);
    setWindowTitle(tr("MotCua Desk"));
    resize(1366, 740);
}

} // namespace motcua
