#include "CardReader.h"
#include "DatabaseDiagnostics.h"
#include "DatabaseOpener.h"
#include "DeskArguments.h"
#include "DeskDossierStore.h"
#include "DeskProfile.h"
#include "DeskSession.h"
#include "FileEncryption.h"
#include "FileStore.h"
#include "LanguageManager.h"
#include "LastErrors.h"
#include "LoginFlow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ModuleContext.h"
#include "ModuleManager.h"
#include "RetentionScheduler.h"
#include "ServiceRegistry.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScreen>
#include <cstdio>

namespace {

// The language for messages printed before the command line is parsed (errors, --help).
QString earlyLanguage(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            value = arguments.at(i).mid(7);
        if (motcua::LanguageManager::availableLanguages().contains(value))
            return value;
    }
    return motcua::LanguageManager::savedLanguage();
}

void showMainWindow(QWidget& window)
{
    // The desk's screens are mostly 1366×768: there the window takes the whole screen.
    const QRect available = window.screen() ? window.screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    if (available.width() <= 1440 || available.height() <= 820) {
        window.setGeometry(available);
        window.showMaximized();
    } else {
        window.show();
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // OCR (Tesseract, in the scan plugin) runs one page per pool thread; its own OpenMP threads on top of
    // that only compete for the same cores (4.6 s instead of 0.8 s a page, docs/PERFORMANCE.md). OpenMP
    // reads this once, when the plugin loads it, so it has to be set before any plugin is loaded.
    if (!qEnvironmentVariableIsSet("OMP_THREAD_LIMIT"))
        qputenv("OMP_THREAD_LIMIT", "1");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MotCua Desk"));
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    motcua::LastErrors::install();

    motcua::LanguageManager language;
    language.setLanguage(earlyLanguage(QApplication::arguments()), false);

    motcua::DeskArguments arguments;
    QString error;
    bool exitNow = false;
    if (!motcua::DeskArguments::parse(QApplication::arguments(), &arguments, &error, &exitNow)) {
        std::fprintf(stderr, "motcua-desk: %s\n", qPrintable(error));
        return 2;
    }
    if (exitNow)
        return 0;

    const motcua::DeskProfile profile = motcua::DeskProfile::resolve(arguments);

    auto opened = motcua::DatabaseOpener::open(profile.databasePath);
    if (opened.quit())
        return 1;

    motcua::ServiceRegistry services;
    // Registered before modules load: their initialize() may ask for it.
    motcua::DeskDossierStore store(std::move(opened.database));
    services.add<motcua::DossierStore>(&store);

    // Scans and face images are sealed with the profile's data key from the OS keychain (docs/SECURITY.md);
    // installed before the modules start, since sync may upload scans at once.
    if (const motcua::Status sealed =
            motcua::security::FileEncryption::installForProfile(store.database(), profile.demoMode);
        !sealed && !profile.demoMode) {
        motcua::MessageBox::Content content;
        content.icon = QMessageBox::Warning;
        content.title = QApplication::translate("motcua::Desk", "Encryption key unavailable");
        content.text = QApplication::translate(
            "motcua::Desk", "The key that encrypts this desk's scans could not be read from the system keychain. "
                            "Until it can, the desk cannot store or open scanned documents.");
        content.informativeText = QApplication::translate(
            "motcua::Desk", "Sign out of the computer and in again so the keychain unlocks, then restart the desk. "
                            "If the problem stays, call the administrator.");
        content.detailedText = sealed.error().code + QLatin1Char(' ') + sealed.error().message;
        motcua::MessageBox::show(nullptr, content);
    }

    // Modules load before the sign-in so the sync module can offer the registry's check of officials'
    // passwords (OnlineSignIn). Nothing shows a citizen's data yet: pages are built by the main window,
    // after the sign-in, and pick up the UserSession when it appears.
    motcua::ModuleContext context(services, profile.profileDirectory, profile.demoMode);
    motcua::ModuleManager modules;
    modules.addPluginDirectory(motcua::ModuleManager::defaultPluginDirectory());
    modules.loadAll(context);

    // Sign-in before anything can show a citizen's data (a demo profile signs a trainer in at once); the
    // session is the UserSession service modules check permissions and record views with.
    motcua::LoginFlow::Options loginOptions;
    loginOptions.demoMode = profile.demoMode;
    loginOptions.demoRole = profile.role;
    loginOptions.profileName = profile.name;
    motcua::LoginFlow login(services, store.database(), loginOptions);
    if (!login.signInAtStart()) {
        modules.shutdown();
        return 0;
    }
    // A card read while the login dialog was up belongs to nobody's reception yet: not shown after it.
    if (auto* reader = services.get<motcua::CardReader>())
        reader->clearIdentity();

    motcua::ShellOptions options;
    options.demoMode = profile.demoMode;
    options.role = login.session()->role();
    options.profileName = profile.name;
    options.dataDirectory = profile.dataDirectory;
    options.databaseState = opened.state;
    options.databasePath = store.databasePath();
    options.originalDatabasePath = opened.originalPath;
    options.databaseDiagnostics = [path = store.databasePath(), original = opened.originalPath] {
        return motcua::DatabaseDiagnostics::collect(path, original);
    };
    if (opened.integrityCheckDeferred) {
        options.deferredDatabaseCheck = [path = store.databasePath()] {
            return motcua::DatabaseOpener::backgroundCheck(path);
        };
    }

    motcua::MainWindow window(modules, services, language, options);
    login.attach(window);
    // Local copies the registry holds and stale unfinished work are deleted in the background.
    motcua::security::RetentionScheduler retention(
        store.databasePath(), motcua::FileStore::defaultRoot(store.databasePath()),
        motcua::security::RetentionPurger::defaultDraftFolders(profile.profileDirectory));
    retention.start();
    motcua::StartupProbe probe(&window, sinceStart);
    probe.setReport(arguments.reportStartup, int(modules.loadedModules().size()));
    probe.setScreenshot(arguments.screenshotFile);
    probe.setQuitAfter(arguments.quitAfterMs);
    showMainWindow(window);

    const int status = QApplication::exec();
    // Modules stop while the window, the services and the database still exist.
    modules.shutdown();
    return status;
}
