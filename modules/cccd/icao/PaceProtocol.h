#pragma once

#include "Result.h"
#include "SessionKeys.h"

#include <QString>

namespace motcua::cccd {

class ApduTransport;

// PACE with the card access number (ICAO 9303-11 §4.4, generic mapping, CCCD.md §3.7).
class PaceProtocol
{
public:
    static Result<SessionKeys> authenticate(ApduTransport& transport, const QString& can);
};

} // namespace motcua::cccd
