#include "IntakeModule.h"

#include "CatalogueLoad.h"
#include "DossierPages.h"
#include "DossierStore.h"
#include "IntakePage.h"
#include "ModuleContext.h"

namespace motcua::intake {

bool IntakeModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    // The desk registers its database before modules start; without it the pages say so themselves.
    if (DossierStore* store = context.services().get<DossierStore>())
        m_catalogue = CatalogueLoad::start(store->databasePath());
    return true;
}

QList<ModulePage> IntakeModule::pages()
{
    ModulePage page;
    page.id = QStringLiteral("intake");
    page.title = IntakePage::tr("Receive dossier");
    page.iconPath = QStringLiteral(":/icons/intake.svg");
    page.shortcut = QStringLiteral("Ctrl+N");
    page.roles = {QStringLiteral("official"), QStringLiteral("trainer")};
    page.order = 10;
    page.create = [context = m_context, catalogue = m_catalogue](QWidget* parent) {
        return new IntakePage(context, catalogue, parent);
    };
    // The dossier list with each dossier's page, its actions and forms (dossiers/).
    return {page, dossierListModulePage(m_context, m_catalogue)};
}

} // namespace motcua::intake
