#include "Roles.h"

namespace motcua {

QStringList Roles::all()
{
    return {QStringLiteral("official"), QStringLiteral("supervisor"), QStringLiteral("trainer"),
            QStringLiteral("administrator")};
}

bool Roles::isKnown(const QString& role)
{
    return all().contains(role);
}

QString Roles::displayName(const QString& role)
{
    if (role == QLatin1String("official"))
        //: Role: the commune official who receives dossiers at the one-stop desk
        return tr("Reception official");
    if (role == QLatin1String("supervisor"))
        //: Role: district or provincial supervisor reviewing dossiers
        return tr("Supervisor");
    if (role == QLatin1String("trainer"))
        return tr("Trainer");
    if (role == QLatin1String("administrator"))
        return tr("Administrator");
    return role;
}

QString Roles::defaultRole(bool demoMode)
{
    return demoMode ? QStringLiteral("trainer") : QStringLiteral("official");
}

} // namespace motcua
