#pragma once

#include "Module.h"
#include "ModuleMetadata.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QPluginLoader;

namespace motcua {

class ModuleContext;

// Why a module is or is not running, for the Modules view and Diagnostics.
struct ModuleStatus
{
    enum class State { Loaded, Failed, Skipped };
    ModuleMetadata metadata;
    State state = State::Failed;
    QString reason;   // technical reason when not loaded
    QString location; // file path, or "static" for modules linked into the program
};

// Finds modules (static plugins and files in plugin folders), orders them by their dependencies,
// loads and initialises them, and records why any did not load.
class ModuleManager : public QObject
{
    Q_OBJECT
public:
    explicit ModuleManager(QObject* parent = nullptr);
    ~ModuleManager() override;

    // The install's plugin folder next to the executable: <prefix>/lib/motcua/plugins.
    static QString defaultPluginDirectory();

    void addStaticPlugins();
    void addPluginDirectory(const QString& directory);

    // Loads every candidate in dependency order; failures are recorded, never fatal.
    void loadAll(ModuleContext& context);
    void shutdown();

    QList<ModuleStatus> statuses() const;
    QList<Module*> loadedModules() const;
    Module* module(const QString& id) const;

signals:
    void modulesLoaded();

private:
    struct Candidate;
    void addCandidate(std::unique_ptr<Candidate> candidate);
    QList<Candidate*> dependencyOrder();

    std::vector<std::unique_ptr<Candidate>> m_candidates;
    QList<Candidate*> m_loadOrder;
    QList<ModuleStatus> m_rejected; // candidates refused before ordering (bad metadata, duplicates)
};

} // namespace motcua
