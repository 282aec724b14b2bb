#pragma once

#include <QMainWindow>

namespace motcua {

class ModuleManager;

// The desk's main window: left navigation, a page per module, status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ModuleManager& modules, QWidget* parent = nullptr);

private:
    ModuleManager& m_modules;
};

} // namespace motcua
