#include "DatabaseDiagnostics.h"
#include "DatabaseOpener.h"
#include "DeskArguments.h"
#include "DeskDossierStore.h"
#include "DeskProfile.h"
#include "LanguageManager.h"
#include "LastErrors.h"
#include "MainWindow.h"
#include "ModuleContext.h"
#include "ModuleManager.h"
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

    motcua::ModuleContext context(services, profile.profileDirectory, profile.demoMode);
    motcua::ModuleManager modules;
    modules.addPluginDirectory(motcua::ModuleManager::defaultPluginDirectory());
    modules.loadAll(context);

    motcua::ShellOptions options;
    options.demoMode = profile.demoMode;
    options.role = profile.role;
    options.profileName = profile.name;
    options.dataDirectory = profile.dataDirectory;
    options.databaseState = opened.state;
    options.databasePath = store.databasePath();
    options.originalDatabasePath = opened.originalPath;
    options.databaseDiagnostics = [path = store.databasePath(), original = opened.originalPath] {
        return motcua::DatabaseDiagnostics::collect(path, original);
    };

    motcua::MainWindow window(modules, services, language, options);
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
