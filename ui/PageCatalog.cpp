#include "PageCatalog.h"

#include "ModuleManager.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPages, "motcua.ui.pages")

namespace motcua {

bool PageCatalog::allows(const ModulePage& page, const QString& role)
{
    return page.roles.isEmpty() || page.roles.contains(role);
}

QList<ModulePage> PageCatalog::collect(const ModuleManager& modules, const QList<ModulePage>& builtIn,
                                       const QString& role)
{
    QList<ModulePage> all;
    for (Module* module : modules.loadedModules())
        all.append(module->pages());
    all.append(builtIn);

    QList<ModulePage> pages;
    QSet<QString> ids;
    for (const ModulePage& page : all) {
        if (page.id.isEmpty() || !page.create) {
            qCWarning(lcPages) << "ignoring a page without id or factory:" << page.id;
            continue;
        }
        if (ids.contains(page.id)) {
            qCWarning(lcPages) << "ignoring a second page with id" << page.id;
            continue;
        }
        ids.insert(page.id);
        if (allows(page, role))
            pages.append(page);
    }
    std::stable_sort(pages.begin(), pages.end(), [](const ModulePage& a, const ModulePage& b) {
        if (a.order != b.order)
            return a.order < b.order;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return pages;
}

} // namespace motcua
