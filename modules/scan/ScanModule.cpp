#include "ScanModule.h"

#include "ModuleContext.h"
#include "ScanPage.h"

namespace motcua::scan {

bool ScanModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    return true;
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
    page.create = [](QWidget* parent) { return new ScanPage(parent); };
    return {page};
}

} // namespace motcua::scan
