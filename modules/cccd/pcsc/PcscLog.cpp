#include "PcscLog.h"

namespace motcua::cccd {

Q_LOGGING_CATEGORY(lcPcsc, "motcua.pcsc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApdu, "motcua.apdu", QtWarningMsg)

} // namespace motcua::cccd
