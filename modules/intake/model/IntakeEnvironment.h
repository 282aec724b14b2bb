#pragma once

#include "BundleCatalogue.h"
#include "Catalogue.h"
#include "CatalogueChoice.h"
#include "OfficeProfile.h"
#include "WorkCalendar.h"

#include <QString>

namespace motcua {
class Database;
}

namespace motcua::intake {

// What the intake services need from the desk: the database, where files go, the catalogue and
// calendar in force, the office and who is working. Built by the module (desk) or by the CLI.
struct IntakeEnvironment
{
    Database* database = nullptr;
    QString fileRoot; // FileStore root; FileStore::defaultRoot(database path) when empty
    Catalogue catalogue;
    CatalogueSource catalogueSource = CatalogueSource::BuiltIn;
    QList<RejectedCatalogue> catalogueRejected; // stored catalogues not used, for the page to mention
    BundleCatalogue bundles;
    WorkCalendar calendar;
    OfficeProfile office = OfficeProfile::demo();
    QString userName;     // login of the official (events, receivedBy)
    QString officialName; // full name printed on the forms
    bool demo = false;
    // Whether this desk may mint official codes itself. Off by default: codes are provisional until
    // the registry assigns the official one (DOMAIN.md §1.3).
    bool mintsOfficialCodes = false;

    QString effectiveFileRoot() const;
    // Puts the desk's current catalogue (DeskCatalogue, CatalogueLoad) in place of the built-in one.
    void useCatalogue(const CatalogueChoice& choice);

    // The catalogue, interlinked groups and working calendar compiled into the program, for `office`
    // (its province selects the calendar's provincial layer). Database and user are left to the caller.
    static Result<IntakeEnvironment> withBuiltInData(const OfficeProfile& office = OfficeProfile::demo());
    // The same with files in place of the built-in data where given: an office profile (office.json),
    // a catalogue file (a province's or a newer one) and an extra calendar layer. Empty = built in.
    static Result<IntakeEnvironment> withFiles(const QString& officePath, const QString& cataloguePath,
                                               const QString& calendarPath);
};

} // namespace motcua::intake
