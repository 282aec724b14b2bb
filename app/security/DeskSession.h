#pragma once

#include "Account.h"
#include "PermissionTable.h"
#include "UserSession.h"

namespace motcua {
class Database;
}

namespace motcua::security {

// The UserSession service of the desk: the signed-in account, its permissions (PermissionTable) and the
// audit trail, on the GUI thread's connection (an audit row is one short insert).
class DeskSession : public UserSession
{
    Q_OBJECT
public:
    DeskSession(Database& db, bool demoProfile, const PermissionTable& permissions = PermissionTable::builtIn(),
                QObject* parent = nullptr);

    // The demo profile's account: signed in without a password (synthetic data only).
    static Account demoAccount(Role role = Role::Trainer);

    QString login() const override { return m_account.login; }
    QString displayName() const override { return m_account.displayName; }
    QString role() const override { return m_signedIn ? roleId(m_account.role) : QString(); }
    bool can(const QString& action) const override;
    bool canOpenModule(const QString& moduleId) const;
    bool recordAccess(const QString& action, const QString& dossierUuid, const QString& dossierCode,
                      const QString& detail = {}) override;

    bool isSignedIn() const { return m_signedIn; }
    bool isDemo() const { return m_demo; }
    const Account& account() const { return m_account; }
    const PermissionTable& permissions() const { return m_permissions; }

    // Starts the session of `account` (sign-in at start, or switch user): audited as session.sign_in.
    void signIn(const Account& account, bool offline = false);
    void signOut();
    // Records a desk-level event of the signed-in official (session.lock, audit.export, retention.purge…).
    bool record(const QString& action, const QString& detail = {});
    // The desk locked: tells the pages (locked()) and records it.
    void notifyLocked(const QString& reason);

private:
    Database& m_db;
    bool m_demo;
    PermissionTable m_permissions;
    Account m_account;
    bool m_signedIn = false;
};

} // namespace motcua::security
