#include "LoginMessages.h"

#include "SecurityError.h"

namespace motcua {

QString LoginMessages::lockedFor(const QDateTime& lockedUntil, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(lockedUntil);
    if (!lockedUntil.isValid() || seconds <= 0)
        return {};
    const QString wait =
        seconds >= 60 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60) : tr("%1 s").arg(seconds);
    return tr("Too many wrong passwords: this account is locked for another %1. Wait, or ask the administrator "
              "to unlock it.")
        .arg(wait);
}

QString LoginMessages::forCode(const QString& code)
{
    using namespace motcua::security_error;
    if (code == QLatin1String(WrongPassword))
        return tr("Wrong login or password. Check the keyboard language and Caps Lock, then try again.");
    if (code == QLatin1String(LockedOut))
        return tr("Too many wrong passwords: this account is locked for a while. Wait, or ask the administrator "
                  "to unlock it.");
    if (code == QLatin1String(AccountDisabled))
        return tr("This account is disabled. Ask the administrator.");
    if (code == QLatin1String(NeedsOnlineLogin))
        return tr("The first sign-in of this account needs the connection to the registry. Connect the desk to "
                  "the network and try again.");
    if (code == QLatin1String(OfflineTooLong))
        return tr("This account has not signed in online for too long. Connect the desk to the network and try "
                  "again.");
    if (code == QLatin1String(OnlineRefused))
        return tr("The registry refused this password. Try again, or ask the administrator.");
    if (code == QLatin1String(BadAccount))
        return tr("The account could not be created: the login needs 2 to 64 letters or digits, the password at "
                  "least 8 characters.");
    if (code == QLatin1String(AccountExists))
        return tr("That login is already taken.");
    return tr("Signing in failed (%1). Try again; if it keeps failing, open Help › Diagnostics.").arg(code);
}

QString LoginMessages::forResult(const security::SignInResult& result, const QDateTime& now)
{
    if (result.ok())
        return {};
    const QString lock = lockedFor(result.lockedUntil, now);
    if (!lock.isEmpty())
        return lock;
    return forCode(result.error.code);
}

} // namespace motcua
