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

void IntakeEnvironment::useCatalogue(const CatalogueChoice& choice)
{
    catalogue = choice.catalogue;
    catalogueSource = choice.source;
    catalogueRejected = choice.rejected;
}

Result<IntakeEnvironment> IntakeEnvironment::withFiles(const QString& officePath, const QString& cataloguePath,
                                                       const QString& calendarPath)
{
    using R = Result<IntakeEnvironment>;
    OfficeProfile office = OfficeProfile::demo();
    if (!officePath.isEmpty()) {
        auto loaded = OfficeProfile::load(officePath);
        if (!loaded)
            return R(loaded.error());
        office = *loaded;
    }
    auto env = withBuiltInData(office);
    if (!env)
        return env;
    if (!cataloguePath.isEmpty()) {
        auto catalogue = Catalogue::loadFile(cataloguePath);
        if (!catalogue)
            return R(catalogue.error());
        env.value().catalogue = *catalogue;
        env.value().catalogueSource = CatalogueSource::File;
    }
    if (!calendarPath.isEmpty()) {
        if (Status st = env.value().calendar.mergeFile(calendarPath); !st)
            return R(st.error());
    }
    return env;
}

} // namespace motcua::intake
