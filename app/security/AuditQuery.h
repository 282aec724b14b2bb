#pragma once

#include <QDateTime>
#include <QString>

namespace motcua::security {

// Filters of the audit viewer. Empty fields don't filter. Newest rows first.
struct AuditQuery
{
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    QString actor;
    QString action;  // exact, or a prefix ending in '.' ("dossier.")
    QString dossier; // uuid or code
    int limit = 500;
    int offset = 0;
};

} // namespace motcua::security
