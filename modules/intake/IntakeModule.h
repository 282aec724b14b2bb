#pragma once

#include "Module.h"

#include <QObject>
#include <memory>

namespace motcua::intake {

class CatalogueLoad;

class IntakeModule : public QObject, public motcua::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MotcuaModule_iid FILE "module.json")
    Q_INTERFACES(motcua::Module)
public:
    bool initialize(ModuleContext& context, QString* errorMessage) override;
    QList<ModulePage> pages() override;

private:
    ModuleContext* m_context = nullptr;
    std::shared_ptr<CatalogueLoad> m_catalogue; // the desk's catalogue, read at start off the GUI thread
};

} // namespace motcua::intake
