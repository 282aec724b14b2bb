#pragma once

#include "Module.h"

#include <QObject>

namespace motcua::sync {

class SyncModule : public QObject, public motcua::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "module.json")
    Q_INTERFACES(motcua::Module)
public:
    bool initialize(ModuleContext& context, QString* errorMessage) override;
    QList<ModulePage> pages() override;

private:
    ModuleContext* m_context = nullptr;
};

} // namespace motcua::sync
