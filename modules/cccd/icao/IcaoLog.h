#pragma once

#include <QLoggingCategory>

namespace motcua::cccd {

// "motcua.icao": protocol steps, status words, lengths. Never APDU payloads, keys or personal data.
Q_DECLARE_LOGGING_CATEGORY(icaoLog)

} // namespace motcua::cccd
