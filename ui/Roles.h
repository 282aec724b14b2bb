#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace motcua {

// The desk's user roles as stored in settings and module metadata ("official", "supervisor", ...),
// and their names as the official reads them.
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(motcua::Roles)
public:
    static QStringList all();
    static bool isKnown(const QString& role);
    static QString displayName(const QString& role);
    // Demo mode opens as a trainer, who sees every page; a live desk opens as a reception official.
    static QString defaultRole(bool demoMode);
};

} // namespace motcua
