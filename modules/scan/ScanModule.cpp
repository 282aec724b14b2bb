#include "ScanModule.h"

#include "DossierStore.h"
#include "FileStore.h"
#include "ModuleContext.h"
#include "ScanPage.h"
#include "ui/ScannerDirectory.h"
#include "ui/ScannerService.h"

#include <QPointer>

namespace motcua::scan {

ScanModule::~ScanModule()
{
    aboutToShutdown();
}

bool ScanModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    m_service = new ScannerService(context.demoMode(), context.dataDirectory(), this);
    // The spool keeps raw pages until they become a PDF: sealed with the key that seals the file store.
    if (auto* store = context.services().get<DossierStore>()) {
        ScanPageOptions defaults = m_service->pageDefaults();
        defaults.spoolSealer = FileStore::defaultSealer(store->database());
        m_service->setPageDefaults(defaults);
    }
    context.services().add<Scanner>(m_service);
    m_service->directory()->discover();
    return true;
}

void ScanModule::aboutToShutdown()
{
    // Stops the SANE thread (sane_exit there) before the plugin unloads.
    if (m_service) {
        if (m_context)
            m_context->services().remove(QString::fromLatin1(Scanner::serviceId()));
        delete m_service;
        m_service = nullptr;
    }
}

QList<ModulePage> ScanModule::pages()
{
    ModulePage page;
    page.id = QStringLiteral("scan");
    page.title = ScanPage::tr("Scanning");
    page.iconPath = QStringLiteral(":/icons/scan.svg");
    page.shortcut = QStringLiteral("Ctrl+Shift+S");
    page.roles = {QStringLiteral("official"), QStringLiteral("trainer")};
    page.order = 30;
    QPointer<ScannerService> service = m_service;
    page.create = [service](QWidget* parent) -> QWidget* {
        if (!service)
            return nullptr;
        return new ScanPage(service->directory(), service->pageDefaults(), parent);
    };
    return {page};
}

} // namespace motcua::scan
