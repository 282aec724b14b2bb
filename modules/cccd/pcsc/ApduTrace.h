#pragma once

#include <QByteArray>
#include <QString>

namespace motcua::cccd {

// Turns APDUs into log lines without personal data.
//
// By default only the header (CLA INS P1 P2), the lengths (Lc, Le, response data length) and the status
// word are shown: command data carries MRZ-derived cryptograms and file identifiers, response data
// carries names, ID numbers and faces. A developer debugging a reader can opt in to full hex traces with
// MOTCUA_APDU_TRACE=full in the environment (read once at start); never enable it at a desk.
class ApduTrace
{
public:
    static bool fullTraceEnabled();
    // For tests: override what the environment said.
    static void setFullTraceEnabled(bool enabled);

    // "C: 0C B0 00 DF Lc=13 Le=256 (extended)" — or the full hex when enabled.
    static QString describeCommand(const QByteArray& command);
    // "R: 231 bytes SW=9000"
    static QString describeResponse(const QByteArray& response);
};

} // namespace motcua::cccd
