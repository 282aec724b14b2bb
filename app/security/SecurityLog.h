#pragma once

#include <QLoggingCategory>

namespace motcua::security {

// motcua.security: sign-in, locking, keys, retention. Logins and error codes only; never a password, a
// key, or a citizen's data.
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)

} // namespace motcua::security
