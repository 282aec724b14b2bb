#include "MainWindow.h"

#include "AboutDialog.h"
#include "AuditViewer.h"
#include "CardReader.h"
#include "CardReaderIndicator.h"
#include "DemoWatermark.h"
#include "DiagnosticsCollector.h"
#include "DiagnosticsDialog.h"
#include "HealthMonitor.h"
#include "LanguageManager.h"
#include "LockScreen.h"
#include "ModuleManager.h"
#include "ModulesPage.h"
#include "PageCatalog.h"
#include "PageHost.h"
#include "PermissionTable.h"
#include "Roles.h"
#include "ScannerIndicator.h"
#include "ServiceRegistry.h"
#include "StatusIndicator.h"
#include "SyncIndicator.h"
#include "UserSession.h"
#include "WarningStrip.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcShell, "motcua.ui.shell")

namespace motcua {

namespace {
constexpr int kNavigationWidth = 230;
constexpr int kDigitShortcuts = 9; // Ctrl+1 … Ctrl+9
// A large database is checked once the desk is up and the first card or dossier is being handled.
constexpr int kDeferredDatabaseCheckDelayMs = 10000;
const char* const kPageIdProperty = "motcuaPageId";
} // namespace

MainWindow::MainWindow(ModuleManager& modules, ServiceRegistry& services, LanguageManager& language,
                       ShellOptions options, QWidget* parent)
    : QMainWindow(parent), m_modules(modules), m_services(services), m_language(language), m_options(std::move(options))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (m_options.role.isEmpty())
        m_options.role = Roles::defaultRole(m_options.demoMode);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_root = new QStackedWidget(this);
    m_shell = new QWidget(m_root);
    auto* shellLayout = new QVBoxLayout(m_shell);
    shellLayout->setContentsMargins(0, 0, 0, 0);
    shellLayout->setSpacing(0);

    m_warningStrip = new WarningStrip(m_shell);
    shellLayout->addWidget(m_warningStrip);

    auto* body = new QWidget(m_shell);
    auto* bodyLayout = new QHBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);

    auto* side = new QWidget(body);
    side->setObjectName(QStringLiteral("sidePanel"));
    side->setFixedWidth(kNavigationWidth);
    side->setStyleSheet(QStringLiteral("#sidePanel { background: #f3f5f8; border-right: 1px solid #d5dae1; }"
                                       "#navigation { background: transparent; border: none; }"
                                       "#navigation::item { padding: 7px 6px; border-radius: 4px; }"
                                       "#navigation::item:selected { background: #b71c1c; color: white; }"
                                       "#brand { font-weight: bold; font-size: 15px; color: #7f1010; }"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 10, 8, 8);
    m_brand = new QLabel(side);
    m_brand->setObjectName(QStringLiteral("brand"));
    sideLayout->addWidget(m_brand);
    m_navigation = new QListWidget(side);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    sideLayout->addWidget(m_navigation, 1);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showPage(item->data(Qt::UserRole).toString());
    });

    m_pages = new QStackedWidget(body);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    bodyLayout->addWidget(side);
    bodyLayout->addWidget(m_pages, 1);
    shellLayout->addWidget(body, 1);
    if (m_options.demoMode)
        m_watermark = new DemoWatermark(m_pages);

    m_lockScreen = new LockScreen(m_root);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    m_root->addWidget(m_shell);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);

    m_health = new HealthMonitor(m_services, m_options, this);
    connect(m_health, &HealthMonitor::problemsChanged, this,
            [this] { m_warningStrip->setProblems(m_health->problems()); });
    m_warningStrip->setProblems(m_health->problems());
    m_health->startKeychainProbe();
    m_health->startDeferredDatabaseCheck(kDeferredDatabaseCheckDelayMs);

    createMenus();
    createStatusBar();
    rebuildPages();
    retranslateUi();

    // Fits a 1366×768 screen with a panel and title bar; main() maximises on small screens.
    resize(1280, 720);
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::addShellAction(QMenu* menu, const char* objectName, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    menu->addAction(action);
    return action;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_lockAction = addShellAction(m_fileMenu, "actionLock", QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_switchUserAction = addShellAction(m_fileMenu, "actionSwitchUser", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_switchUserAction->setVisible(false); // only where officials sign in with a password (LoginFlow)
    connect(m_switchUserAction, &QAction::triggered, this, [this] {
        lock();
        m_lockScreen->startSwitchUser();
    });
    m_fileMenu->addSeparator();
    m_quitAction = addShellAction(m_fileMenu, "actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_pagesMenu = menuBar()->addMenu(QString());
    m_pageGroup = new QActionGroup(this);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString& code : LanguageManager::availableLanguages()) {
        auto* action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(QStringLiteral("actionLanguage:%1").arg(code));
        action->setCheckable(true);
        action->setChecked(code == m_language.language());
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_language.setLanguage(code); });
    }
    m_languageMenu->addSeparator();
    m_switchLanguageAction =
        addShellAction(m_languageMenu, "actionSwitchLanguage", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_switchLanguageAction, &QAction::triggered, this, &MainWindow::toggleLanguage);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = addShellAction(m_helpMenu, "actionAbout", QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    m_diagnosticsAction =
        addShellAction(m_helpMenu, "actionDiagnostics", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::openDiagnostics);
}

void MainWindow::createStatusBar()
{
    QStatusBar* bar = statusBar();
    bar->setSizeGripEnabled(false);
    if (m_options.demoMode) {
        m_demoBadge = new QLabel(bar);
        m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
        m_demoBadge->setStyleSheet(
            QStringLiteral("#demoBadge { background: #b71c1c; color: white; font-weight: bold; padding: 2px 8px; }"));
        bar->addWidget(m_demoBadge);
    }
    bar->addPermanentWidget(new CardReaderIndicator(m_services, bar));
    bar->addPermanentWidget(new ScannerIndicator(m_services, bar));
    bar->addPermanentWidget(new SyncIndicator(m_services, bar));
    m_userIndicator = new StatusIndicator(bar);
    m_userIndicator->setObjectName(QStringLiteral("userIndicator"));
    bar->addPermanentWidget(m_userIndicator);
}

QList<ModulePage> MainWindow::builtInPages()
{
    ModulePage modules;
    modules.id = QString::fromLatin1(modulesPageId());
    modules.title = tr("Modules");
    modules.iconPath = QStringLiteral(":/icons/modules.svg");
    modules.order = 1000;
    modules.create = [this](QWidget* parent) { return new ModulesPage(m_modules, parent); };

    ModulePage audit;
    audit.id = QString::fromLatin1(auditPageId());
    audit.title = tr("Audit trail");
    audit.iconPath = QStringLiteral(":/icons/audit.svg");
    audit.order = 900;
    for (const QString& role : Roles::all())
        if (const auto r = security::roleFromId(role);
            r && security::PermissionTable::builtIn().allows(*r, QStringLiteral("audit.view"), m_options.demoMode))
            audit.roles.append(role);
    audit.create = [this](QWidget* parent) {
        return new AuditViewer(m_options.databasePath, m_services.get<UserSession>(), parent);
    };
    if (audit.roles.isEmpty() || m_options.databasePath.isEmpty())
        return {modules};
    return {modules, audit};
}

void MainWindow::rebuildPages()
{
    const QString current = currentPageId();
    QList<ModulePage> pages = PageCatalog::collect(m_modules, builtInPages(), m_options.role);
    // The permissions table (data) has the last word on module pages: "<module>" or "<module>.<page>".
    if (const auto role = security::roleFromId(m_options.role)) {
        pages.removeIf([&](const ModulePage& page) {
            const QString module = page.id.section(QLatin1Char('.'), 0, 0);
            return module != QLatin1String("desk") &&
                   !security::PermissionTable::builtIn().allowsModule(*role, module, m_options.demoMode);
        });
    }

    // Shortcuts the shell owns win over a module's; a clash is logged and the module's key dropped.
    QSet<QString> taken;
    for (QAction* action :
         {m_lockAction, m_switchUserAction, m_quitAction, m_switchLanguageAction, m_aboutAction, m_diagnosticsAction})
        taken.insert(action->shortcut().toString(QKeySequence::PortableText));
    for (int digit = 1; digit <= kDigitShortcuts; ++digit)
        taken.insert(QKeySequence(Qt::CTRL | (Qt::Key_0 + digit)).toString(QKeySequence::PortableText));

    QHash<QString, PageHost*> oldHosts;
    for (PageHost* host : std::as_const(m_hosts))
        oldHosts.insert(host->pageId(), host);
    m_hosts.clear();
    qDeleteAll(m_pageActions);
    m_pageActions.clear();

    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();

    for (int index = 0; index < pages.size(); ++index) {
        const ModulePage& page = pages.at(index);
        PageHost* host = oldHosts.take(page.id);
        if (!host) {
            host = new PageHost(page.id, page.create, m_pages);
            m_pages->addWidget(host);
        } else {
            host->setFactory(page.create);
            // A module page that cannot retranslate itself is rebuilt in the new language.
            if (host->page() && !host->pageRetranslatesItself())
                host->discardPage();
        }
        m_hosts.append(host);

        QList<QKeySequence> keys;
        const QKeySequence own = QKeySequence::fromString(page.shortcut, QKeySequence::PortableText);
        if (!own.isEmpty()) {
            const QString text = own.toString(QKeySequence::PortableText);
            if (taken.contains(text)) {
                qCWarning(lcShell) << "page" << page.id << "asks for shortcut" << text << "which is taken";
            } else {
                taken.insert(text);
                keys.append(own);
            }
        }
        if (index < kDigitShortcuts)
            keys.append(QKeySequence(Qt::CTRL | (Qt::Key_1 + index)));

        auto* action = new QAction(page.title, this);
        action->setObjectName(QStringLiteral("actionPage:%1").arg(page.id));
        action->setProperty(kPageIdProperty, page.id);
        action->setCheckable(true);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        if (!page.iconPath.isEmpty())
            action->setIcon(QIcon(page.iconPath));
        const QString id = page.id;
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        m_pageGroup->addAction(action);
        m_pagesMenu->addAction(action);
        m_pageActions.append(action);

        QStringList keyTexts;
        for (const QKeySequence& key : std::as_const(keys))
            keyTexts.append(key.toString(QKeySequence::NativeText));
        auto* item = new QListWidgetItem(action->icon(), page.title, m_navigation);
        item->setData(Qt::UserRole, page.id);
        item->setToolTip(keyTexts.isEmpty()
                             ? page.title
                             : QStringLiteral("%1 (%2)").arg(page.title, keyTexts.join(QStringLiteral(", "))));
    }
    for (PageHost* stale : std::as_const(oldHosts)) {
        m_pages->removeWidget(stale);
        delete stale;
    }

    if (!showPage(current) && !m_hosts.isEmpty())
        showPage(m_hosts.first()->pageId());
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (PageHost* host : m_hosts)
        ids.append(host->pageId());
    return ids;
}

QString MainWindow::currentPageId() const
{
    auto* host = qobject_cast<PageHost*>(m_pages->currentWidget());
    return host ? host->pageId() : QString();
}

QWidget* MainWindow::currentPage() const
{
    auto* host = qobject_cast<PageHost*>(m_pages->currentWidget());
    return host ? host->page() : nullptr;
}

bool MainWindow::showPage(const QString& id)
{
    if (isLocked())
        return false;
    for (int index = 0; index < m_hosts.size(); ++index) {
        PageHost* host = m_hosts.at(index);
        if (host->pageId() != id)
            continue;
        host->ensurePage();
        m_pages->setCurrentWidget(host);
        if (m_watermark)
            m_watermark->raise();
        if (m_navigation->currentRow() != index) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(index);
        }
        m_pageActions.at(index)->setChecked(true);
        return true;
    }
    return false;
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // What was read from the card must not stay in memory while nobody is at the desk.
    if (auto* reader = m_services.get<CardReader>())
        reader->clearIdentity();
    m_root->setCurrentWidget(m_lockScreen);
    // The whole window is covered: the status bar (user, reader, queue) goes too.
    statusBar()->hide();
    for (QMenu* menu : {m_pagesMenu, m_helpMenu})
        menu->setEnabled(false);
    m_lockAction->setEnabled(false);
    m_switchUserAction->setEnabled(false);
    m_diagnosticsAction->setEnabled(false);
    for (QAction* action : std::as_const(m_pageActions))
        action->setEnabled(false);
    m_lockScreen->setFocus();
    emit lockChanged(true);
}

void MainWindow::unlock()
{
    if (!isLocked())
        return;
    m_root->setCurrentWidget(m_shell);
    statusBar()->show();
    for (QMenu* menu : {m_pagesMenu, m_helpMenu})
        menu->setEnabled(true);
    m_lockAction->setEnabled(true);
    m_switchUserAction->setEnabled(true);
    m_diagnosticsAction->setEnabled(true);
    for (QAction* action : std::as_const(m_pageActions))
        action->setEnabled(true);
    m_navigation->setFocus();
    emit lockChanged(false);
}

void MainWindow::setUser(const QString& role, const QString& displayName)
{
    const bool roleChanged = role != m_options.role;
    m_options.role = role;
    m_userName = displayName;
    m_switchUserAction->setVisible(m_lockScreen->requiresPassword());
    if (roleChanged)
        rebuildPages();
    retranslateUi();
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

QList<std::pair<QString, QString>> MainWindow::shortcutList() const
{
    QList<std::pair<QString, QString>> list;
    auto add = [&list](const QAction* action) {
        if (!action->isVisible())
            return;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            list.append({action->text().remove(QLatin1Char('&')), keys.join(QStringLiteral(", "))});
    };
    for (const QAction* action : m_pageActions)
        add(action);
    for (const QAction* action :
         {m_lockAction, m_switchUserAction, m_quitAction, m_switchLanguageAction, m_aboutAction, m_diagnosticsAction})
        add(action);
    return list;
}

void MainWindow::openAbout()
{
    AboutDialog dialog(shortcutList(), m_options.demoMode, this);
    dialog.exec();
}

void MainWindow::openDiagnostics()
{
    auto* dialog = new DiagnosticsDialog(new DiagnosticsCollector(m_modules, m_services, m_options), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the official can keep the report open while describing the problem
}

void MainWindow::toggleLanguage()
{
    const QStringList languages = LanguageManager::availableLanguages();
    const int next = (int(languages.indexOf(m_language.language())) + 1) % int(languages.size());
    m_language.setLanguage(languages.at(next));
}

void MainWindow::changeEvent(QEvent* event)
{
    // One switch of language sends several LanguageChange events (one per translator removed or
    // installed): rebuild once, after the last of them.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_retranslatePending = false;
                rebuildPages();
                retranslateUi();
                m_health->refresh();
            },
            Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    QString title = tr("MotCua Desk");
    if (!m_options.profileName.isEmpty())
        title += QStringLiteral(" — %1").arg(m_options.profileName);
    if (m_options.demoMode)
        title += QStringLiteral(" — %1").arg(DemoWatermark::text());
    setWindowTitle(title);
    m_brand->setText(tr("One-stop desk"));

    m_fileMenu->setTitle(tr("&File"));
    m_lockAction->setText(tr("&Lock the desk"));
    m_switchUserAction->setText(tr("S&witch user…"));
    m_quitAction->setText(tr("&Quit"));
    m_pagesMenu->setTitle(tr("&Go"));
    m_languageMenu->setTitle(tr("L&anguage"));
    m_switchLanguageAction->setText(tr("&Switch language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&Help and keyboard shortcuts"));
    m_diagnosticsAction->setText(tr("&Diagnostics…"));
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_language.language());

    // Tooltips name the shortcut, so the keyboard path is discoverable from the mouse path.
    for (QAction* action :
         {m_lockAction, m_switchUserAction, m_quitAction, m_switchLanguageAction, m_aboutAction, m_diagnosticsAction}) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                         action->shortcut().toString(QKeySequence::NativeText)));
    }

    if (m_demoBadge)
        m_demoBadge->setText(DemoWatermark::text());
    QString userTip = tr("Role: %1").arg(Roles::displayName(m_options.role));
    if (!m_options.profileName.isEmpty())
        userTip += QLatin1Char('\n') + tr("Profile: %1").arg(m_options.profileName);
    const QString userText = m_userName.isEmpty()
                                 ? Roles::displayName(m_options.role)
                                 : QStringLiteral("%1 — %2").arg(m_userName, Roles::displayName(m_options.role));
    m_userIndicator->setStatus(StatusIndicator::Level::Ok, userText, userTip);
}

} // namespace motcua
