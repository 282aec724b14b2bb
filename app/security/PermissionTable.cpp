#include "PermissionTable.h"

#include "SecurityError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace motcua::security {

namespace {

QSet<QString> stringSet(const QJsonValue& value)
{
    QSet<QString> set;
    for (const QJsonValue& item : value.toArray())
        set.insert(item.toString());
    return set;
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

const PermissionTable& PermissionTable::builtIn()
{
    static const PermissionTable table = [] {
        QFile file(QStringLiteral(":/security/permissions.json"));
        if (!file.open(QIODevice::ReadOnly))
            return PermissionTable();
        auto parsed = fromJson(file.readAll());
        return parsed ? parsed.value() : PermissionTable();
    }();
    return table;
}

Result<PermissionTable> PermissionTable::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject roles = doc.object().value(QStringLiteral("roles")).toObject();
    if (error.error != QJsonParseError::NoError || roles.isEmpty())
        return Result<PermissionTable>::failure(QLatin1String(security_error::BadAccount),
                                                QStringLiteral("permissions table is not valid JSON with roles"));
    PermissionTable table;
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        const auto role = roleFromId(it.key());
        if (!role)
            return Result<PermissionTable>::failure(QLatin1String(security_error::BadAccount),
                                                    QStringLiteral("unknown role in permissions: %1").arg(it.key()));
        const QJsonObject grant = it.value().toObject();
        table.m_grants.insert(*role, Grant{stringSet(grant.value(QStringLiteral("modules"))),
                                           stringSet(grant.value(QStringLiteral("actions"))),
                                           grant.value(QStringLiteral("demoOnly")).toBool()});
    }
    return table;
}

bool PermissionTable::allows(Role role, const QString& action, bool demoProfile) const
{
    const auto it = m_grants.constFind(role);
    return it != m_grants.cend() && (demoProfile || !it->demoOnly) && it->actions.contains(action);
}

bool PermissionTable::allowsModule(Role role, const QString& moduleId, bool demoProfile) const
{
    const auto it = m_grants.constFind(role);
    return it != m_grants.cend() && (demoProfile || !it->demoOnly) && it->modules.contains(moduleId);
}

QStringList PermissionTable::modules(Role role) const
{
    return sorted(m_grants.value(role).modules);
}

QStringList PermissionTable::actions(Role role) const
{
    return sorted(m_grants.value(role).actions);
}

bool PermissionTable::isDemoOnly(Role role) const
{
    return m_grants.value(role).demoOnly;
}

} // namespace motcua::security
