#pragma once

#include "Catalogue.h"
#include "Procedure.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace motcua::intake {

// One procedure of an interlinked group: a procedure of the catalogue, or one the commune catalogue
// does not list (the health insurance card, the funeral allowance) with its data carried here.
struct BundlePart
{
    QString procedureCode;
    bool required = false;
    std::optional<Procedure> local; // set when the part is not in the catalogue
};

// An interlinked group received once as linked sub-dossiers (DOMAIN.md §5 rows 3 and 5).
struct BundleDefinition
{
    QString id;                 // "lien-thong-khai-sinh"
    QString procedureCode;      // the group procedure of the catalogue, e.g. "2.001023"
    QString subjectRole;        // "child" or "deceased": whom the group is about
    int subjectMaxAgeYears = 0; // the child must be younger than this at reception (0 = no limit)
    int minParts = 1;
    QList<BundlePart> parts;
};

// The interlinked groups the desk knows (":/intake/bundles.json"): data, like the catalogue, so a
// province can change them without a new program.
class BundleCatalogue
{
public:
    static constexpr auto kBuiltInPath = ":/intake/bundles.json";

    static Result<BundleCatalogue> loadBuiltIn();
    static Result<BundleCatalogue> fromJson(const QByteArray& json);

    const QList<BundleDefinition>& bundles() const { return m_bundles; }
    std::optional<BundleDefinition> forProcedure(const QString& code) const;
    // The procedure of a part: from `catalogue` when listed there, else the part's own data.
    static std::optional<Procedure> partProcedure(const BundlePart& part, const Catalogue& catalogue);

private:
    QList<BundleDefinition> m_bundles;
};

} // namespace motcua::intake
