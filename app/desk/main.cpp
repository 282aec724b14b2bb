#include "MainWindow.h"
#include "ModuleContext.h"
#include "ModuleManager.h"
#include "ServiceRegistry.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MotCua Desk"));
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    motcua::ServiceRegistry services;
    motcua::ModuleContext context(services, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), true);
    motcua::ModuleManager modules;
    modules.addPluginDirectory(motcua::ModuleManager::defaultPluginDirectory());
    modules.loadAll(context);

    motcua::MainWindow window(modules);
    window.show();
    return app.exec();
}
