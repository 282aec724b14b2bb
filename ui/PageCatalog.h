#pragma once

#include "Module.h"

#include <QList>

namespace motcua {

class ModuleManager;

// The pages of the navigation: every loaded module's pages plus the shell's own, those the role may
// open, in their declared order (ties by title, so the order never depends on load order).
class PageCatalog
{
public:
    static QList<ModulePage> collect(const ModuleManager& modules, const QList<ModulePage>& builtIn,
                                     const QString& role);
    static bool allows(const ModulePage& page, const QString& role);
};

} // namespace motcua
