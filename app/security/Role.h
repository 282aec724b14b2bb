#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace motcua::security {

// The desk's roles. Their ids are the strings of module.json "roles" and of the accounts table.
enum class Role { Official, Supervisor, Trainer, Administrator };

QString roleId(Role role);
std::optional<Role> roleFromId(const QString& id);
QStringList allRoleIds();

} // namespace motcua::security
