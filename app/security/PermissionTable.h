#pragma once

#include "Result.h"
#include "Role.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace motcua::security {

// Which modules and actions each role may use, read from data (data/permissions.json, compiled in as
// :/security/permissions.json) so the policy can be reviewed without reading code.
class PermissionTable
{
public:
    // The table shipped with the program; an empty table (everything denied) if it cannot be read.
    static const PermissionTable& builtIn();
    static Result<PermissionTable> fromJson(const QByteArray& json);

    // Whether `role` may perform `action`. A demo-only role (trainer) may act on a demo profile only.
    bool allows(Role role, const QString& action, bool demoProfile) const;
    bool allowsModule(Role role, const QString& moduleId, bool demoProfile) const;
    QStringList modules(Role role) const;
    QStringList actions(Role role) const;
    bool isDemoOnly(Role role) const;

private:
    struct Grant
    {
        QSet<QString> modules;
        QSet<QString> actions;
        bool demoOnly = false;
    };
    QMap<Role, Grant> m_grants;
};

} // namespace motcua::security
