#pragma once

#include "Module.h"

#include <QObject>
#include <QPointer>

namespace motcua {
class DossierStore;
}

namespace motcua::sync {

class SyncService;

// The sync module: registers the RegistryClient service (the outbox drain to the central registry, or
// to the in-process training registry in demo mode) and the synchronisation page.
class SyncModule : public QObject, public motcua::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "module.json")
    Q_INTERFACES(motcua::Module)
public:
    bool initialize(ModuleContext& context, QString* errorMessage) override;
    void extensionsInitialized() override;
    void aboutToShutdown() override;
    QList<ModulePage> pages() override;

    SyncService* service() const { return m_service; }

private:
    void attachStore(DossierStore* store);

    ModuleContext* m_context = nullptr;
    SyncService* m_service = nullptr; // child of this module
    bool m_started = false;
};

} // namespace motcua::sync
