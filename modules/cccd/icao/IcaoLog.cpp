#include "IcaoLog.h"

namespace motcua::cccd {

Q_LOGGING_CATEGORY(icaoLog, "motcua.icao", QtInfoMsg)

} // namespace motcua::cccd
