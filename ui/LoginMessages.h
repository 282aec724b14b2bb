#pragma once

#include "SignInResult.h"

#include <QCoreApplication>
#include <QString>

namespace motcua {

// What the official reads after a refused sign-in or unlock: what happened and what to do next, from
// the stable error code (security_error). Shared by the login dialog and the lock screen.
class LoginMessages
{
    Q_DECLARE_TR_FUNCTIONS(motcua::LoginMessages)
public:
    static QString forResult(const security::SignInResult& result, const QDateTime& now = QDateTime::currentDateTime());
    // "Locked for another 2 min 5 s. …" while a lock runs; empty when it has ended.
    static QString lockedFor(const QDateTime& lockedUntil, const QDateTime& now = QDateTime::currentDateTime());
    static QString forCode(const QString& code);
};

} // namespace motcua
