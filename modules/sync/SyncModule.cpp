#include "SyncModule.h"

#include "ModuleContext.h"
#include "SyncPage.h"

namespace motcua::sync {

bool SyncModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    return true;
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
    page.create = [](QWidget* parent) { return new SyncPage(parent); };
    return {page};
}

} // namespace motcua::sync
