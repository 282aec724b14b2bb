#include "SyncModule.h"

#include "Database.h"
#include "DossierStore.h"
#include "FileStore.h"
#include "ModuleContext.h"
#include "SyncOnlineSignIn.h"
#include "SyncPage.h"
#include "SyncService.h"

namespace motcua::sync {

bool SyncModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    m_service = new SyncService(context.demoMode(), context.dataDirectory(), this);
    context.services().add<RegistryClient>(m_service);
    // A demo profile signs its trainer in without a password: nobody to vouch for.
    if (!context.demoMode())
        context.services().add<OnlineSignIn>(new SyncOnlineSignIn(this));
    return true;
}

void SyncModule::extensionsInitialized()
{
    if (!m_context)
        return;
    // The desk registers its database as a service; it may come before or after the modules.
    if (auto* store = m_context->services().get<DossierStore>()) {
        attachStore(store);
        return;
    }
    connect(&m_context->services(), &ServiceRegistry::serviceAdded, this, [this](const QString& id) {
        if (id == QLatin1String(DossierStore::serviceId()))
            attachStore(m_context->services().get<DossierStore>());
    });
}

void SyncModule::attachStore(DossierStore* store)
{
    if (!store || m_started || !m_service)
        return;
    m_started = true;
    const QString path = store->databasePath();
    m_service->start(path, FileStore::defaultRoot(path));
    connect(store, &DossierStore::outboxChanged, m_service, &SyncService::outboxChanged);
}

void SyncModule::aboutToShutdown()
{
    if (m_service)
        m_service->stop();
}

QList<ModulePage> SyncModule::pages()
{
    ModulePage page;
    page.id = QStringLiteral("sync");
    page.title = SyncPage::tr("Synchronisation");
    page.iconPath = QStringLiteral(":/icons/sync.svg");
    page.shortcut = QStringLiteral("Ctrl+Shift+Y");
    page.roles = {};
    page.order = 40;
    QPointer<SyncService> service = m_service;
    page.create = [service](QWidget* parent) { return new SyncPage(service.data(), parent); };
    return {page};
}

} // namespace motcua::sync
