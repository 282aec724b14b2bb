#include "DeskSession.h"

#include "AuditTrail.h"
#include "SecurityLog.h"

namespace motcua::security {

DeskSession::DeskSession(Database& db, bool demoProfile, const PermissionTable& permissions, QObject* parent)
    : UserSession(parent), m_db(db), m_demo(demoProfile), m_permissions(permissions)
{}

Account DeskSession::demoAccount(Role role)
{
    Account account;
    account.id = -1;
    account.login = QStringLiteral("demo-") + roleId(role);
    account.displayName = QStringLiteral("Demo %1").arg(roleId(role));
    account.role = role;
    return account;
}

bool DeskSession::can(const QString& action) const
{
    return m_signedIn && m_permissions.allows(m_account.role, action, m_demo);
}

bool DeskSession::canOpenModule(const QString& moduleId) const
{
    return m_signedIn && m_permissions.allowsModule(m_account.role, moduleId, m_demo);
}

bool DeskSession::recordAccess(const QString& action, const QString& dossierUuid, const QString& dossierCode,
                               const QString& detail)
{
    if (!action.startsWith(QLatin1String("dossier.")) || !can(action)) {
        qCWarning(lcSecurity) << "refused" << action << "for role" << role();
        return false;
    }
    AuditEntry entry;
    entry.actor = m_account.login;
    entry.role = roleId(m_account.role);
    entry.action = action;
    entry.dossierUuid = dossierUuid;
    entry.dossierCode = dossierCode;
    entry.detail = detail;
    auto stored = AuditTrail(m_db).append(entry);
    if (!stored)
        qCWarning(lcSecurity) << "cannot write the audit trail:" << stored.error().code;
    return stored.ok();
}

bool DeskSession::record(const QString& action, const QString& detail)
{
    AuditEntry entry;
    entry.actor = m_signedIn ? m_account.login : QStringLiteral("system");
    entry.role = m_signedIn ? roleId(m_account.role) : QString();
    entry.action = action;
    entry.detail = detail;
    auto stored = AuditTrail(m_db).append(entry);
    if (!stored)
        qCWarning(lcSecurity) << "cannot write the audit trail:" << stored.error().code;
    return stored.ok();
}

void DeskSession::signIn(const Account& account, bool offline)
{
    const bool switched = m_signedIn && account.login != m_account.login;
    if (switched)
        record(QStringLiteral("session.sign_out"), QStringLiteral("switch user"));
    m_account = account;
    m_signedIn = true;
    record(QStringLiteral("session.sign_in"), m_demo    ? QStringLiteral("demo profile")
                                              : offline ? QStringLiteral("offline")
                                                        : QString());
    emit userChanged();
}

void DeskSession::signOut()
{
    if (!m_signedIn)
        return;
    record(QStringLiteral("session.sign_out"));
    m_signedIn = false;
    m_account = Account();
    emit userChanged();
}

void DeskSession::notifyLocked(const QString& reason)
{
    record(QStringLiteral("session.lock"), reason);
    emit locked();
}

} // namespace motcua::security
