#pragma once

#include "IntakeEnvironment.h"

#include <QPointer>
#include <QString>
#include <memory>

namespace motcua {
class ModuleContext;
class ServiceRegistry;
} // namespace motcua

namespace motcua::intake {

class CatalogueLoad;

// What the reception screen works with: the desk's data (catalogue, calendar, office) over the GUI
// thread's database connection for quick reads, the database path for the saving worker's own
// connection, the service registry (CardReader, Scanner and DossierStore are looked up when used, so a
// service registered later is still found), and the profile folder that keeps the draft and the scans
// not yet saved.
struct ReceptionSetup
{
    std::shared_ptr<IntakeEnvironment> env;
    QString databasePath;
    QPointer<ServiceRegistry> services;
    QString profileDirectory;
    bool demo = false;

    bool isUsable() const { return env && env->database && !databasePath.isEmpty(); }

    // From the module's context: the DossierStore service's database, the desk's catalogue (`catalogue`,
    // read at module start; the built-in one without it), the built-in calendar, the profile's
    // office.json outside demo mode. Not usable (with `error` set) without a store.
    static ReceptionSetup fromContext(ModuleContext* context, QString* error = nullptr,
                                      const std::shared_ptr<CatalogueLoad>& catalogue = {});
    // The login written into events until the desk passes its signed-in account to modules.
    static QString deskUserName();
};

} // namespace motcua::intake
