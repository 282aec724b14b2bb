#include "CatalogueChoice.h"

#include "CatalogueVersion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace motcua {

namespace {

// On equal versions: built-in first (a stored copy must be newer to replace it), then the registry.
int tieRank(CatalogueSource source)
{
    switch (source) {
    case CatalogueSource::BuiltIn:
        return 0;
    case CatalogueSource::Registry:
        return 1;
    case CatalogueSource::File:
        return 2;
    }
    return 3;
}

} // namespace

QString catalogueSourceKey(CatalogueSource source)
{
    switch (source) {
    case CatalogueSource::BuiltIn:
        return QStringLiteral("built-in");
    case CatalogueSource::File:
        return QStringLiteral("file");
    case CatalogueSource::Registry:
        return QStringLiteral("registry");
    }
    return {};
}

std::optional<CatalogueSource> catalogueSourceFromKey(const QString& key)
{
    for (CatalogueSource s : {CatalogueSource::BuiltIn, CatalogueSource::File, CatalogueSource::Registry})
        if (catalogueSourceKey(s) == key)
            return s;
    return std::nullopt;
}

Result<Catalogue> CatalogueChoice::check(const StoredCatalogue& stored)
{
    const QString origin = QStringLiteral("%1 catalogue %2").arg(catalogueSourceKey(stored.source), stored.version);
    QByteArray json = stored.json;
    if (stored.source == CatalogueSource::Registry) {
        QJsonDocument document = QJsonDocument::fromJson(json);
        if (document.isObject() && !document.object().contains(QLatin1String("catalogueVersion"))) {
            QJsonObject object = document.object();
            object.insert(QStringLiteral("catalogueVersion"), stored.version);
            json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
    }
    auto catalogue = Catalogue::fromJson(json, origin);
    if (!catalogue)
        return catalogue;
    if (catalogue->version() != stored.version)
        return Result<Catalogue>::failure(
            QStringLiteral("catalogue.version_mismatch"),
            QStringLiteral("%1: the document says catalogueVersion %2").arg(origin, catalogue->version()));
    return catalogue;
}

CatalogueChoice CatalogueChoice::choose(const Catalogue& builtIn, const QList<StoredCatalogue>& stored)
{
    struct Candidate
    {
        CatalogueSource source;
        Catalogue catalogue;
    };
    QList<Candidate> valid{{CatalogueSource::BuiltIn, builtIn}};
    CatalogueChoice choice;
    for (const StoredCatalogue& s : stored) {
        auto checked = check(s);
        if (checked)
            valid.append({s.source, *checked});
        else
            choice.rejected.append({s.source, s.version, checked.error().code, checked.error().message});
    }
    std::stable_sort(valid.begin(), valid.end(), [](const Candidate& a, const Candidate& b) {
        const int byVersion = compareCatalogueVersions(a.catalogue.version(), b.catalogue.version());
        if (byVersion != 0)
            return byVersion > 0;
        return tieRank(a.source) < tieRank(b.source);
    });
    choice.source = valid.first().source;
    choice.catalogue = valid.first().catalogue;
    for (qsizetype i = 1; i < valid.size(); ++i)
        choice.catalogue.retainVersionsFrom(valid.at(i).catalogue);
    return choice;
}

} // namespace motcua
