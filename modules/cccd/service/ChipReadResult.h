#pragma once

#include "ActiveAuthentication.h"
#include "CitizenIdentity.h"
#include "Dg13.h"
#include "FaceImage.h"
#include "MrzData.h"
#include "PassiveAuthentication.h"
#include "ReadStats.h"

#include <QList>
#include <QStringList>

namespace motcua::cccd {

// Everything one chip read produced: the identity the desk uses, plus the parsed files and verification
// detail the CLI prints and the diagnostics view shows.
struct ChipReadResult
{
    CitizenIdentity identity;
    MrzData chipMrz;       // DG1
    Dg13 dg13;             // every field, including those CitizenIdentity has no member for (16)
    FaceImage face;        // empty when DG2 was missing or unreadable
    QList<int> dataGroups; // listed in EF.COM
    QList<int> dataGroupsRead;
    PassiveAuthentication passiveAuthentication;
    ActiveAuthentication::Outcome activeAuthentication;
    ReadStats stats;
    QStringList warnings; // stable codes of tolerated problems ("card.face.missing", …)
};

} // namespace motcua::cccd
