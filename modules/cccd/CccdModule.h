#pragma once

#include "Module.h"

#include <QObject>

namespace motcua::cccd {

class CardReaderService;

class CccdModule : public QObject, public motcua::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "module.json")
    Q_INTERFACES(motcua::Module)
public:
    ~CccdModule() override;

    // Creates the CardReader service (PC/SC, or the demo card in demo mode) and registers it.
    bool initialize(ModuleContext& context, QString* errorMessage) override;
    void aboutToShutdown() override;
    QList<ModulePage> pages() override;

private:
    ModuleContext* m_context = nullptr;
    CardReaderService* m_service = nullptr;
};

} // namespace motcua::cccd
