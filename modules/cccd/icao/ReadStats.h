#pragma once

#include <QtGlobal>

namespace motcua::cccd {

// Traffic and effort of one chip read: what `card read --json` and the benchmark report.
struct ReadStats
{
    int apdus = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 elapsedMs = 0;
    int authentications = 0; // BAC/PACE runs, including re-authentications after a recovery
    int recoveries = 0;      // session lost or card lifted, then resumed
    int readLength = 0;      // plaintext bytes per READ BINARY finally used
    bool extendedLength = false;
    qint64 fileBytes = 0; // bytes of all files read
};

} // namespace motcua::cccd
