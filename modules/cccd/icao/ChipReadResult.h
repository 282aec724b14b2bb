#pragma once

#include "ActiveAuthentication.h"
#include "CitizenIdentity.h"
#include "Dg13.h"
#include "EfCom.h"
#include "FaceImage.h"
#include "MrzData.h"
#include "PassiveAuthentication.h"
#include "ReadStats.h"

#include <QMap>
#include <QStringList>

namespace motcua::cccd {

// Everything one chip read produced: the identity for intake, and the detail behind it for the CLI,
// the diagnostics view and the cross-checks (MRZ of DG1, every DG13 field including the unknown 16).
struct ChipReadResult
{
    CitizenIdentity identity; // fields, face, the PA/AA verdicts

    EfCom com;
    bool hasMrz = false;
    MrzData mrz; // DG1
    bool hasDg13 = false;
    Dg13 dg13;
    FaceImage face; // empty when DG2 is absent or unreadable
    PassiveAuthentication passiveAuthentication;
    ActiveAuthentication::Outcome activeAuthentication; // NotChecked without DG15

    QMap<int, QByteArray> dataGroups; // DG number → bytes exactly as read
    QByteArray sod;
    ReadStats stats;
    QStringList warnings; // tolerated problems (technical, no personal data)
};

} // namespace motcua::cccd
