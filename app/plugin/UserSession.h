#pragma once

#include <QObject>
#include <QString>

namespace motcua {

// Who is signed in at the desk, what their role may do, and the audit trail of what they look at.
// Implemented by the desk over app/security (accounts, the permissions table, the hash-chained audit
// trail; docs/SECURITY.md). Modules ask the service registry for it.
class UserSession : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* serviceId() { return "vn.motcua.UserSession/1"; }

    using QObject::QObject;

    virtual QString login() const = 0; // the official's login; empty when nobody is signed in
    virtual QString displayName() const = 0;
    virtual QString role() const = 0; // "official", "supervisor", "trainer" or "administrator"
    // Whether the signed-in role may do `action` ("dossier.view", "dossier.print", … as in
    // app/security/Action.h and permissions.json).
    virtual bool can(const QString& action) const = 0;

    // Records in the audit trail that the signed-in official viewed, printed or exported a citizen's
    // dossier ("dossier.view", "dossier.print", "dossier.export"). Changes need no call: they are
    // mirrored from the dossier's events. `detail` names the form or the export, never personal data.
    // Returns false when the role may not do it or the row could not be written: then do not show,
    // print or export.
    virtual bool recordAccess(const QString& action, const QString& dossierUuid, const QString& dossierCode,
                              const QString& detail = {}) = 0;

signals:
    // Another official signed in (switch user): pages re-check what the role may do.
    void userChanged();
    // The desk locked (idle, the OS session locked, or the official locked it): pages drop the
    // citizen's data they show or hold.
    void locked();
};

} // namespace motcua
