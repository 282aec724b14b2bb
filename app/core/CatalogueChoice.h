#pragma once

#include "Catalogue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace motcua {

// Where a catalogue came from: compiled into the program, imported from a file (motcua-cli catalogue
// import), or received from the registry (a `catalogue.updated` change).
enum class CatalogueSource { BuiltIn, File, Registry };

QString catalogueSourceKey(CatalogueSource source); // "built-in", "file", "registry"
std::optional<CatalogueSource> catalogueSourceFromKey(const QString& key);

// A catalogue kept in the profile database, as stored: not checked yet.
struct StoredCatalogue
{
    CatalogueSource source = CatalogueSource::File;
    QString version; // the version it was stored under
    QByteArray json; // a motcua-catalogue/1 document
};

// A stored catalogue the desk does not use, and why. The reason names fields and procedure codes only.
struct RejectedCatalogue
{
    CatalogueSource source = CatalogueSource::File;
    QString version;
    QString code; // catalogue.bad_json, catalogue.bad_data, catalogue.version_mismatch
    QString reason;
};

// The catalogue the desk receives dossiers under: the newest valid one of the built-in catalogue and
// those stored in the profile database. A stored catalogue that fails the checks of a file never
// replaces a valid one. On equal versions the built-in one wins, then the registry's, then a file's.
// The chosen catalogue retains the procedure versions of the other valid ones, so dossiers received
// under an older catalogue still find theirs.
struct CatalogueChoice
{
    Catalogue catalogue;
    CatalogueSource source = CatalogueSource::BuiltIn;
    QList<RejectedCatalogue> rejected;

    static CatalogueChoice choose(const Catalogue& builtIn, const QList<StoredCatalogue>& stored);

    // The checks of Catalogue::fromJson, and the version stored beside the document must be the
    // document's own. A registry document without `catalogueVersion` takes the version of the change.
    static Result<Catalogue> check(const StoredCatalogue& stored);
};

} // namespace motcua
