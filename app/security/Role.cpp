#include "Role.h"

namespace motcua::security {

QString roleId(Role role)
{
    switch (role) {
    case Role::Official:
        return QStringLiteral("official");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromId(const QString& id)
{
    for (Role role : {Role::Official, Role::Supervisor, Role::Trainer, Role::Administrator})
        if (roleId(role) == id)
            return role;
    return std::nullopt;
}

QStringList allRoleIds()
{
    return {roleId(Role::Official), roleId(Role::Supervisor), roleId(Role::Trainer), roleId(Role::Administrator)};
}

} // namespace motcua::security
