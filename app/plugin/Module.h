#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>
#include <functional>

class QWidget;

namespace motcua {

class ModuleContext;

// A page a module adds to the desk's navigation.
struct ModulePage
{
    QString id;        // stable, e.g. "intake.receive"
    QString title;     // already translated by the module (tr())
    QString iconPath;  // Qt resource path, may be empty
    QString shortcut;  // e.g. "Ctrl+N"; empty for none
    QStringList roles; // roles that may open it; empty = everyone
    int order = 100;   // position in the navigation, smaller first
    std::function<QWidget*(QWidget* parent)> create;
};

// The interface every module implements. The life-cycle follows Qt Creator's ExtensionSystem:
// initialize() in dependency order, then extensionsInitialized() in reverse order once every module
// has registered its services, and aboutToShutdown() before unloading.
class Module
{
public:
    virtual ~Module() = default;

    // Register services and read the ones of dependencies. Return false with a reason to refuse loading.
    virtual bool initialize(ModuleContext& context, QString* errorMessage) = 0;
    virtual void extensionsInitialized() {}
    virtual void aboutToShutdown() {}
    virtual QList<ModulePage> pages() { return {}; }
};

// The plugin API version a module was built against; bump on an incompatible change of Module or of
// the service interfaces. The module manager refuses plugins with another major version.
inline constexpr int kModuleApiVersion = 1;

} // namespace motcua

#define MotcuaModule_iid "vn.motcua.Module/1"
Q_DECLARE_INTERFACE(motcua::Module, MotcuaModule_iid)
