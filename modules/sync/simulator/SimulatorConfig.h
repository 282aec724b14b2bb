#pragma once

#include "FaultPlan.h"
#include "OfficialAccount.h"

#include <QHash>
#include <QString>

namespace motcua::sync {

// How a registry simulator behaves: who may connect, its clock, and the faults it injects.
struct SimulatorConfig
{
    // The agency of desks not named in `deskAgencies`; official codes start with it. Obviously not a real
    // agency: level-1 group Y99 is unassigned.
    QString agencyId = QStringLiteral("Y99.00.00.01");
    QString deskSecret = QStringLiteral("demo-desk-secret");
    QString supervisorSecret = QStringLiteral("demo-supervisor-secret");
    QHash<QString, QString> deskAgencies;      // desk id → agency id (a classroom with several communes)
    QHash<QString, OfficialAccount> officials; // login → account, for /v1/officials:verify
    int tokenTtlSeconds = 3600;
    qint64 clockOffsetMs = 0; // the simulator's clock runs this far ahead of the machine's
    bool verbose = false;     // one line per request on stderr (method, path, status; never bodies)
    FaultPlan faults;
};

} // namespace motcua::sync
