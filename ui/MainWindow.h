#pragma once

#include "ShellOptions.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QLabel;

namespace motcua {

class DemoWatermark;
class HealthMonitor;
class LanguageManager;
class LockScreen;
class ModuleManager;
class PageHost;
class ServiceRegistry;
class StatusIndicator;
class WarningStrip;
struct ModulePage;

// The desk's main window, sized for a 1366×768 screen: menus, left navigation over the module pages
// (filtered by role) and the shell's own pages, a warning strip for persistent problems, and a status
// bar with the card reader, scanner, synchronisation and user indicators.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ModuleManager& modules, ServiceRegistry& services, LanguageManager& language, ShellOptions options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    static constexpr const char* modulesPageId() { return "desk.modules"; }
    static constexpr const char* auditPageId() { return "desk.audit"; }

    QStringList pageIds() const;
    QString currentPageId() const;
    QWidget* currentPage() const;
    bool isLocked() const;

    QListWidget* navigation() const { return m_navigation; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    WarningStrip* warningStrip() const { return m_warningStrip; }
    HealthMonitor* healthMonitor() const { return m_health; }
    // Every action with a keyboard shortcut, by object name (e.g. "actionQuit", "actionPage:intake").
    QAction* action(const QString& objectName) const;

public slots:
    bool showPage(const QString& id);
    void lock();
    void unlock();
    void openAbout();
    void openDiagnostics();
    void toggleLanguage();
    // The signed-in official (LoginFlow): pages are filtered again for the role.
    void setUser(const QString& role, const QString& displayName);

signals:
    void lockChanged(bool locked);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    QList<ModulePage> builtInPages();
    void rebuildPages();
    void retranslateUi();
    QAction* addShellAction(QMenu* menu, const char* objectName, const QKeySequence& shortcut);
    QList<std::pair<QString, QString>> shortcutList() const;

    ModuleManager& m_modules;
    ServiceRegistry& m_services;
    LanguageManager& m_language;
    ShellOptions m_options;
    QString m_userName; // display name of the signed-in official; empty before sign-in

    QStackedWidget* m_root = nullptr;
    QWidget* m_shell = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QListWidget* m_navigation = nullptr;
    QLabel* m_brand = nullptr;
    QStackedWidget* m_pages = nullptr;
    DemoWatermark* m_watermark = nullptr;
    WarningStrip* m_warningStrip = nullptr;
    HealthMonitor* m_health = nullptr;
    StatusIndicator* m_userIndicator = nullptr;
    QLabel* m_demoBadge = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_pagesMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_switchUserAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_switchLanguageAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_diagnosticsAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QActionGroup* m_pageGroup = nullptr;

    QList<PageHost*> m_hosts; // in navigation order
    QList<QAction*> m_pageActions;
    bool m_retranslatePending = false;
};

} // namespace motcua
