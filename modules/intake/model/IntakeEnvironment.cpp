#include "IntakeEnvironment.h"

#include "Database.h"
#include "FileStore.h"

namespace motcua {
int resourcesAnchor(); // resources/resources_anchor.cpp: keeps the compiled-in data linked
} // namespace motcua

namespace motcua::intake {

Result<IntakeEnvironment> IntakeEnvironment::withBuiltInData(const OfficeProfile& office)
{
    using R = Result<IntakeEnvironment>;
    resourcesAnchor();
    IntakeEnvironment env;
    env.office = office;
    auto catalogue = Catalogue::loadBuiltIn();
    if (!catalogue)
        return R(catalogue.error());
    env.catalogue = *catalogue;
    auto bundles = BundleCatalogue::loadBuiltIn();
    if (!bundles)
        return R(bundles.error());
    env.bundles = *bundles;
    auto calendar = WorkCalendar::builtIn(office.provinceCode);
    if (!calendar)
        return R(calendar.error());
    env.calendar = *calendar;
    return env;
}

QString IntakeEnvironment::effectiveFileRoot() const
{
    if (!fileRoot.isEmpty() || !database)
        return fileRoot;
    return FileStore::defaultRoot(database->path());
}

} // namespace motcua::intake
