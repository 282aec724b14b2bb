#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace motcua::security {

// A desk user (an official, not a citizen). Registry accounts are verified by the registry the first
// time; afterwards a cached scrypt verifier lets the official sign in while the desk is offline.
struct Account
{
    enum class Origin { Local, Registry };

    qint64 id = 0;
    QString login; // unique, case-insensitive
    QString displayName;
    Role role = Role::Official;
    Origin origin = Origin::Local;
    QString verifier; // scrypt PHC string; empty for a registry account never signed in online
    bool disabled = false;
    int failedAttempts = 0;     // consecutive failures, persisted: a restart does not reset it
    QDateTime lockedUntil;      // invalid when not locked
    QDateTime lastFailureAt;    // invalid when none
    QDateTime lastLoginAt;      // invalid when never
    QDateTime verifiedOnlineAt; // registry accounts: last time the registry accepted the password
    QDateTime createdAt;

    bool isValid() const { return id > 0; }
    bool hasVerifier() const { return !verifier.isEmpty(); }
    bool isLockedAt(const QDateTime& now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

QString originId(Account::Origin origin);

} // namespace motcua::security
