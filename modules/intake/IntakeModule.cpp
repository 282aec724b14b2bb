#include "IntakeModule.h"

#include "DossierPages.h"
#include "IntakePage.h"
#include "ModuleContext.h"

namespace motcua::intake {

bool IntakeModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
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
    page.create = [context = m_context](QWidget* parent) { return new IntakePage(context, parent); };
    // The dossier list with each dossier's page, its actions and forms (dossiers/).
    return {page, dossierListModulePage(m_context)};
}

} // namespace motcua::intake
