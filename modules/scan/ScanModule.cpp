#include "ScanModule.h"

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
