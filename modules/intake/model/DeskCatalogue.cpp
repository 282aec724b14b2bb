#include "DeskCatalogue.h"

#include "CatalogueStore.h"
#include "Database.h"

#include <QLoggingCategory>

namespace motcua {
int resourcesAnchor(); // resources/resources_anchor.cpp: keeps the compiled-in data linked
} // namespace motcua

namespace motcua::intake {

namespace {
Q_LOGGING_CATEGORY(lcCatalogue, "motcua.intake.catalogue")
}

Result<CatalogueChoice> DeskCatalogue::builtIn()
{
    resourcesAnchor();
    auto catalogue = Catalogue::loadBuiltIn();
    if (!catalogue)
        return catalogue.error();
    CatalogueChoice choice;
    choice.catalogue = *catalogue;
    return choice;
}

Result<CatalogueChoice> DeskCatalogue::load(Database& db, RegistryCopy copy)
{
    auto builtInChoice = builtIn();
    if (!builtInChoice)
        return builtInChoice;
    CatalogueStore store(db);
    auto stored = store.all();
    if (!stored) {
        qCWarning(lcCatalogue) << "stored catalogues not readable, the built-in one stays in force:"
                               << stored.error().code;
        return builtInChoice;
    }
    CatalogueChoice choice = CatalogueChoice::choose(builtInChoice->catalogue, *stored);
    for (const RejectedCatalogue& r : choice.rejected)
        qCWarning(lcCatalogue).noquote() << "stored catalogue not used:" << catalogueSourceKey(r.source) << r.version
                                         << r.code << r.reason;
    qCInfo(lcCatalogue).noquote() << "catalogue in force:" << choice.catalogue.version() << "from"
                                  << catalogueSourceKey(choice.source) << "with" << choice.catalogue.retainedCount()
                                  << "older procedure versions kept";

    if (copy == RegistryCopy::Keep) {
        for (const StoredCatalogue& s : *stored) {
            if (s.source != CatalogueSource::Registry || !CatalogueChoice::check(s))
                continue;
            if (Status kept = store.store(s, QStringLiteral("registry"), false); !kept)
                qCWarning(lcCatalogue) << "could not keep a copy of the registry catalogue:" << kept.error().code;
        }
    }
    return choice;
}

} // namespace motcua::intake
