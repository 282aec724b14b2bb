#include "SecurityLog.h"

namespace motcua::security {

Q_LOGGING_CATEGORY(lcSecurity, "motcua.security")

} // namespace motcua::security
