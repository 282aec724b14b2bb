#include "BundleCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::intake {

namespace {

Result<BundleCatalogue> malformed(const QString& message)
{
    return Result<BundleCatalogue>::failure(QStringLiteral("bundles.malformed"), message);
}

} // namespace

Result<BundleCatalogue> BundleCatalogue::loadBuiltIn()
{
    QFile file(QString::fromLatin1(kBuiltInPath));
    if (!file.open(QIODevice::ReadOnly))
        return Result<BundleCatalogue>::failure(QStringLiteral("bundles.missing"),
                                                QStringLiteral("no built-in bundle definitions"));
    return fromJson(file.readAll());
}

Result<BundleCatalogue> BundleCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(error.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("motcua-bundles/1"))
        return malformed(QStringLiteral("unknown format"));
    const QString version = root.value(QLatin1String("version")).toString();
    BundleCatalogue catalogue;
    for (const QJsonValue& b : root.value(QLatin1String("bundles")).toArray()) {
        const QJsonObject o = b.toObject();
        BundleDefinition def;
        def.id = o.value(QLatin1String("id")).toString();
        def.procedureCode = o.value(QLatin1String("procedure")).toString();
        def.subjectRole = o.value(QLatin1String("subjectRole")).toString();
        def.subjectMaxAgeYears = o.value(QLatin1String("subjectMaxAgeYears")).toInt();
        def.minParts = qMax(1, o.value(QLatin1String("minParts")).toInt(1));
        for (const QJsonValue& p : o.value(QLatin1String("parts")).toArray()) {
            const QJsonObject po = p.toObject();
            BundlePart part;
            part.procedureCode = po.value(QLatin1String("procedure")).toString();
            part.required = po.value(QLatin1String("required")).toBool();
            if (po.value(QLatin1String("local")).isObject()) {
                const QJsonObject l = po.value(QLatin1String("local")).toObject();
                Procedure proc;
                proc.code = part.procedureCode;
                proc.name = l.value(QLatin1String("name")).toString();
                proc.nameEn = l.value(QLatin1String("nameEn")).toString();
                proc.field = l.value(QLatin1String("field")).toString();
                proc.competentBody = l.value(QLatin1String("competentBody")).toString();
                proc.duration = l.value(QLatin1String("duration")).toDouble();
                const auto unit = durationUnitFromKey(l.value(QLatin1String("unit")).toString());
                if (!unit)
                    return malformed(QStringLiteral("part %1: unknown unit").arg(part.procedureCode));
                proc.unit = *unit;
                proc.evidence = l.value(QLatin1String("evidence")).toString();
                proc.notes = l.value(QLatin1String("note")).toString();
                proc.nationalCode = false;
                proc.catalogueVersion = version;
                part.local = proc;
            }
            if (part.procedureCode.isEmpty())
                return malformed(QStringLiteral("bundle %1: a part has no procedure").arg(def.id));
            def.parts.append(part);
        }
        if (def.id.isEmpty() || def.procedureCode.isEmpty() || def.parts.isEmpty())
            return malformed(QStringLiteral("a bundle lacks id, procedure or parts"));
        catalogue.m_bundles.append(def);
    }
    return catalogue;
}

std::optional<BundleDefinition> BundleCatalogue::forProcedure(const QString& code) const
{
    for (const auto& b : m_bundles)
        if (b.procedureCode == code)
            return b;
    return std::nullopt;
}

std::optional<Procedure> BundleCatalogue::partProcedure(const BundlePart& part, const Catalogue& catalogue)
{
    if (auto p = catalogue.find(part.procedureCode))
        return p;
    return part.local;
}

} // namespace motcua::intake
