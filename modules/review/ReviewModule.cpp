#include "ReviewModule.h"

#include "ModuleContext.h"
#include "ReviewPage.h"

namespace motcua::review {

bool ReviewModule::initialize(ModuleContext& context, QString* errorMessage)
{
    Q_UNUSED(errorMessage);
    m_context = &context;
    return true;
}

QList<ModulePage> ReviewModule::pages()
{
    ModulePage page;
    page.id = QStringLiteral("review");
    page.title = ReviewPage::tr("Review");
    page.iconPath = QStringLiteral(":/icons/review.svg");
    page.shortcut = QStringLiteral("Ctrl+Shift+V");
    page.roles = {QStringLiteral("supervisor"), QStringLiteral("trainer")};
    page.order = 50;
    page.create = [](QWidget* parent) { return new ReviewPage(parent); };
    return {page};
}

} // namespace motcua::review
