#pragma once

#include <QDateTime>
#include <QString>

namespace motcua::sync {

// Who a bearer token belongs to, as the registry simulator knows it.
struct DeskIdentity
{
    QString deskId;
    QString agencyId;
    QString role; // "desk" or "supervisor"
    QDateTime expiresAt;

    bool isSupervisor() const { return role == QLatin1String("supervisor"); }
};

} // namespace motcua::sync
