#pragma once

#include <QLoggingCategory>

namespace motcua::cccd {

// motcua.pcsc: readers, card presence, connections, errors (no personal data).
Q_DECLARE_LOGGING_CATEGORY(lcPcsc)
// motcua.apdu: one line per APDU, redacted unless full traces are enabled (see ApduTrace).
Q_DECLARE_LOGGING_CATEGORY(lcApdu)

} // namespace motcua::cccd
