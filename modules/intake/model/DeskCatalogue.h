#pragma once

#include "CatalogueChoice.h"
#include "Result.h"

namespace motcua {
class Database;
}

namespace motcua::intake {

// The one place that decides which procedure catalogue the desk receives dossiers under, for the desk
// (at module start, on a worker thread: CatalogueLoad) and for the command line: the built-in catalogue
// or a newer valid one kept in the profile database (CatalogueStore: imported from a file, or received
// from the registry), chosen by CatalogueChoice.
class DeskCatalogue
{
public:
    enum class RegistryCopy { Keep, DoNotWrite };

    // Reads the stored catalogues and chooses. A stored one not used is logged by source, version and
    // reason (never personal data; a catalogue holds none). With RegistryCopy::Keep, a valid registry
    // catalogue is also copied into the profile's stored catalogues, so a later registry update does not
    // take away the procedure versions of dossiers received under it. Fails only when the built-in
    // catalogue cannot be read; a database that cannot be read leaves the built-in one in force.
    static Result<CatalogueChoice> load(Database& db, RegistryCopy copy = RegistryCopy::DoNotWrite);
    // The built-in catalogue alone (no database).
    static Result<CatalogueChoice> builtIn();
};

} // namespace motcua::intake
