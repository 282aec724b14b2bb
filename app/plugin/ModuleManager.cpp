#include "ModuleManager.h"

#include "ModuleContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QSet>

Q_LOGGING_CATEGORY(lcModules, "motcua.modules")

namespace motcua {

struct ModuleManager::Candidate
{
    ModuleStatus status;
    std::unique_ptr<QPluginLoader> loader; // file plugins
    QObject* staticInstance = nullptr;     // static plugins
    std::function<QObject*()> instantiate;
    Module* module = nullptr;
};

ModuleManager::ModuleManager(QObject* parent) : QObject(parent) {}

ModuleManager::~ModuleManager()
{
    shutdown();
}

QString ModuleManager::defaultPluginDirectory()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../" MOTCUA_PLUGIN_SUBDIR));
}

void ModuleManager::addCandidate(std::unique_ptr<Candidate> candidate)
{
    for (const auto& existing : m_candidates) {
        if (existing->status.metadata.id == candidate->status.metadata.id) {
            candidate->status.state = ModuleStatus::State::Failed;
            candidate->status.reason = QStringLiteral("another module with id '%1' is already present (%2)")
                                           .arg(existing->status.metadata.id, existing->status.location);
            m_rejected.append(candidate->status);
            return;
        }
    }
    m_candidates.push_back(std::move(candidate));
}

void ModuleManager::addStaticPlugins()
{
    // A static plugin may be registered twice (CMake's automatic import plus an explicit
    // Q_IMPORT_PLUGIN): the same instance function means the same plugin.
    QSet<QtPluginInstanceFunction> seen;
    for (const QStaticPlugin& plugin : QPluginLoader::staticPlugins()) {
        if (seen.contains(plugin.instance))
            continue;
        seen.insert(plugin.instance);
        const QJsonObject meta = plugin.metaData();
        if (meta.value(QLatin1String("IID")).toString() != QLatin1String(MotcuaModule_iid))
            continue;
        auto candidate = std::make_unique<Candidate>();
        candidate->status.location = QStringLiteral("static");
        auto parsed = ModuleMetadata::fromJson(meta.value(QLatin1String("MetaData")).toObject());
        if (!parsed) {
            candidate->status.reason = parsed.error().message;
            m_rejected.append(candidate->status);
            continue;
        }
        candidate->status.metadata = parsed.value();
        candidate->instantiate = [plugin] { return plugin.instance(); };
        addCandidate(std::move(candidate));
    }
}

void ModuleManager::addPluginDirectory(const QString& directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        qCWarning(lcModules) << "plugin folder does not exist:" << directory;
        return;
    }
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        if (!QLibrary::isLibrary(file))
            continue;
        auto candidate = std::make_unique<Candidate>();
        candidate->loader = std::make_unique<QPluginLoader>(dir.absoluteFilePath(file));
        candidate->status.location = candidate->loader->fileName();
        const QJsonObject meta = candidate->loader->metaData();
        if (meta.isEmpty()) {
            candidate->status.metadata.id = QFileInfo(file).baseName();
            candidate->status.reason = QStringLiteral("not a Qt plugin: %1").arg(candidate->loader->errorString());
            m_rejected.append(candidate->status);
            continue;
        }
        if (meta.value(QLatin1String("IID")).toString() != QLatin1String(MotcuaModule_iid)) {
            candidate->status.metadata.id = QFileInfo(file).baseName();
            candidate->status.reason =
                QStringLiteral("plugin interface %1 is not %2")
                    .arg(meta.value(QLatin1String("IID")).toString(), QLatin1String(MotcuaModule_iid));
            m_rejected.append(candidate->status);
            continue;
        }
        auto parsed = ModuleMetadata::fromJson(meta.value(QLatin1String("MetaData")).toObject());
        if (!parsed) {
            candidate->status.metadata.id = QFileInfo(file).baseName();
            candidate->status.reason = parsed.error().message;
            m_rejected.append(candidate->status);
            continue;
        }
        candidate->status.metadata = parsed.value();
        QPluginLoader* loader = candidate->loader.get();
        candidate->instantiate = [loader] { return loader->instance(); };
        addCandidate(std::move(candidate));
    }
}

// Kahn's algorithm over the declared dependencies; candidates in a cycle or with missing or too old
// dependencies are marked failed with the reason and left out of the order.
QList<ModuleManager::Candidate*> ModuleManager::dependencyOrder()
{
    QHash<QString, Candidate*> byId;
    for (const auto& c : m_candidates)
        byId.insert(c->status.metadata.id, c.get());

    QList<Candidate*> usable;
    for (const auto& c : m_candidates) {
        QString reason;
        if (c->status.metadata.apiVersion != kModuleApiVersion)
            reason = QStringLiteral("built for module API %1, the desk provides %2")
                         .arg(c->status.metadata.apiVersion)
                         .arg(kModuleApiVersion);
        for (const ModuleDependency& dep : c->status.metadata.dependencies) {
            if (!reason.isEmpty())
                break;
            Candidate* d = byId.value(dep.id);
            if (!d)
                reason = QStringLiteral("depends on '%1', which is not installed").arg(dep.id);
            else if (!dep.minVersion.isNull() && d->status.metadata.version < dep.minVersion)
                reason = QStringLiteral("needs '%1' %2 or newer, found %3")
                             .arg(dep.id, dep.minVersion.toString(), d->status.metadata.version.toString());
        }
        if (reason.isEmpty()) {
            usable.append(c.get());
        } else {
            c->status.state = ModuleStatus::State::Failed;
            c->status.reason = reason;
        }
    }

    QList<Candidate*> order;
    QSet<QString> placed;
    bool progress = true;
    while (progress) {
        progress = false;
        for (Candidate* c : usable) {
            if (placed.contains(c->status.metadata.id))
                continue;
            bool ready = true;
            for (const ModuleDependency& dep : c->status.metadata.dependencies)
                ready = ready && placed.contains(dep.id);
            if (ready) {
                order.append(c);
                placed.insert(c->status.metadata.id);
                progress = true;
            }
        }
    }
    for (Candidate* c : usable) {
        if (placed.contains(c->status.metadata.id))
            continue;
        c->status.state = ModuleStatus::State::Failed;
        c->status.reason = QStringLiteral("its dependencies cannot be loaded (missing, failed or circular)");
    }
    return order;
}

void ModuleManager::loadAll(ModuleContext& context)
{
    QSet<QString> loaded;
    for (Candidate* c : dependencyOrder()) {
        for (const ModuleDependency& dep : c->status.metadata.dependencies) {
            if (!loaded.contains(dep.id)) {
                c->status.state = ModuleStatus::State::Skipped;
                c->status.reason = QStringLiteral("dependency '%1' did not load").arg(dep.id);
                break;
            }
        }
        if (c->status.state == ModuleStatus::State::Skipped)
            continue;
        QObject* instance = c->instantiate();
        auto* module = qobject_cast<Module*>(instance);
        if (!module) {
            c->status.state = ModuleStatus::State::Failed;
            c->status.reason = c->loader ? QStringLiteral("cannot load: %1").arg(c->loader->errorString())
                                         : QStringLiteral("plugin does not implement the Module interface");
            continue;
        }
        QString error;
        if (!module->initialize(context, &error)) {
            c->status.state = ModuleStatus::State::Failed;
            c->status.reason = error.isEmpty() ? QStringLiteral("initialisation failed") : error;
            continue;
        }
        c->module = module;
        c->status.state = ModuleStatus::State::Loaded;
        c->status.reason.clear();
        loaded.insert(c->status.metadata.id);
        m_loadOrder.append(c);
        qCInfo(lcModules) << "loaded module" << c->status.metadata.id << c->status.metadata.version.toString();
    }
    for (auto it = m_loadOrder.crbegin(); it != m_loadOrder.crend(); ++it)
        (*it)->module->extensionsInitialized();
    emit modulesLoaded();
}

void ModuleManager::shutdown()
{
    for (auto it = m_loadOrder.crbegin(); it != m_loadOrder.crend(); ++it)
        (*it)->module->aboutToShutdown();
    m_loadOrder.clear();
}

QList<ModuleStatus> ModuleManager::statuses() const
{
    QList<ModuleStatus> all;
    for (const auto& c : m_candidates)
        all.append(c->status);
    all.append(m_rejected);
    return all;
}

QList<Module*> ModuleManager::loadedModules() const
{
    QList<Module*> modules;
    for (Candidate* c : m_loadOrder)
        modules.append(c->module);
    return modules;
}

Module* ModuleManager::module(const QString& id) const
{
    for (Candidate* c : m_loadOrder)
        if (c->status.metadata.id == id)
            return c->module;
    return nullptr;
}

} // namespace motcua
