#pragma once

#include "Module.h"

#include <QObject>

namespace motcua::scan {

class ScannerService;

class ScanModule : public QObject, public motcua::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "module.json")
    Q_INTERFACES(motcua::Module)
public:
    ~ScanModule() override;

    // Creates the Scanner service (SANE, or the demo scanner in demo mode), registers it and starts looking
    // for scanners in the background.
    bool initialize(ModuleContext& context, QString* errorMessage) override;
    void aboutToShutdown() override;
    QList<ModulePage> pages() override;

private:
    ModuleContext* m_context = nullptr;
    ScannerService* m_service = nullptr;
};

} // namespace motcua::scan
