#include "ModuleMetadata.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace motcua {

Result<ModuleMetadata> ModuleMetadata::fromJson(const QJsonObject& json)
{
    using R = Result<ModuleMetadata>;
    ModuleMetadata m;
    m.id = json.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idPattern.match(m.id).hasMatch())
        return R::failure(QStringLiteral("module.metadata_id"), QStringLiteral("missing or malformed module id"));
    m.name = json.value(QLatin1String("name")).toString(m.id);
    m.description = json.value(QLatin1String("description")).toString();
    m.version = QVersionNumber::fromString(json.value(QLatin1String("version")).toString());
    if (m.version.isNull())
        return R::failure(QStringLiteral("module.metadata_version"),
                          QStringLiteral("module %1 has no valid version").arg(m.id));
    m.apiVersion = json.value(QLatin1String("apiVersion")).toInt(0);
    for (const QJsonValue& dep : json.value(QLatin1String("dependencies")).toArray()) {
        const QJsonObject o = dep.toObject();
        ModuleDependency d{o.value(QLatin1String("id")).toString(),
                           QVersionNumber::fromString(o.value(QLatin1String("version")).toString())};
        if (d.id.isEmpty())
            return R::failure(QStringLiteral("module.metadata_dependency"),
                              QStringLiteral("module %1 names a dependency without id").arg(m.id));
        m.dependencies.append(d);
    }
    for (const QJsonValue& role : json.value(QLatin1String("roles")).toArray())
        m.roles.append(role.toString());
    return m;
}

} // namespace motcua
