#include "CccdModule.h"

#include "CccdPage.h"
#include "ModuleContext.h"

namespace motcua::cccd {

bool CccdModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    return true;
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
    page.create = [](QWidget* parent) { return new CccdPage(parent); };
    return {page};
}

} // namespace motcua::cccd
