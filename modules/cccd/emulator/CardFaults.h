#pragma once

#include <QtGlobal>

namespace motcua::cccd {

// Faults an emulated card can inject, for tests of the reader's recovery and refusal paths. Each
// trigger fires once. A ReadTrigger names the n-th READ BINARY (1-based, counted over the card's life)
// of one file.
struct ReadTrigger
{
    quint16 fid = 0;
    int occurrence = 0;
    bool isSet() const { return fid != 0 && occurrence > 0; }
};

struct CardFaults
{
    ReadTrigger badMac;        // that response carries a wrong MAC
    ReadTrigger sessionLost;   // that command is answered 69 88 and the session is dropped
    ReadTrigger lift;          // the card leaves the field at that command (no answer) …
    int liftedForCommands = 1; // … and stays away for this many more transmissions
    quint16 corruptFid = 0;    // serve this file with one byte flipped (data changed after signing)
    int corruptOffset = -1;
};

} // namespace motcua::cccd
