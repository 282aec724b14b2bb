#include "CccdModule.h"

#include "CardReaderService.h"
#include "CccdPage.h"
#include "ModuleContext.h"

#include <QPointer>

namespace motcua::cccd {

CccdModule::~CccdModule()
{
    aboutToShutdown();
}

bool CccdModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    m_service = new CardReaderService(context.demoMode(), this);
    context.services().add<CardReader>(m_service);
    m_service->start();
    return true;
}

void CccdModule::aboutToShutdown()
{
    // Stops the monitor and worker threads (SCardCancel) before plugins unload.
    if (m_service) {
        if (m_context)
            m_context->services().remove(QString::fromLatin1(CardReader::serviceId()));
        delete m_service;
        m_service = nullptr;
    }
}

QList<ModulePage> CccdModule::pages()
{
    ModulePage page;
    page.id = QStringLiteral("cccd");
    page.title = CccdPage::tr("Card reader");
    page.iconPath = QStringLiteral(":/icons/cccd.svg");
    page.shortcut = QStringLiteral("Ctrl+R");
    page.roles = {QStringLiteral("official"), QStringLiteral("supervisor"), QStringLiteral("trainer")};
    page.order = 20;
    QPointer<CardReaderService> service = m_service;
    page.create = [service](QWidget* parent) { return new CccdPage(service, parent); };
    return {page};
}

} // namespace motcua::cccd
