#pragma once

#include "SignInService.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace motcua {

class Database;
class IdleWatcher;
class MainWindow;
class ServiceRegistry;

namespace security {
class DeskSession;
class SessionLockMonitor;
} // namespace security

// The desk's sign-in and locking from start to quit (docs/SECURITY.md "Accounts", "Auto-lock"):
//  - before the main window, a demo profile signs a trainer in at once (synthetic data only); a live
//    profile shows the LoginDialog, or creates the first administrator on its first start;
//  - registry accounts are checked by the registry when a module offers OnlineSignIn (sync), offline
//    from their cached verifier otherwise;
//  - the DeskSession becomes the UserSession service: modules check permissions and record views,
//    prints and exports through it;
//  - once attached to the main window: the lock screen asks for the password (live) and offers Switch
//    user; the window locks after auto_lock.minutes without input and when the OS session locks.
class LoginFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demoMode = true;
        QString demoRole;    // the demo profile's role; empty = trainer
        QString profileName; // shown in the login dialog
        security::SignInService::Options signIn;
        int idleTimeoutMs = -1;   // -1: from the profile's settings (auto_lock.minutes)
        bool followOsLock = true; // listen to logind and the screen saver
    };

    LoginFlow(ServiceRegistry& services, Database& db, Options options, QObject* parent = nullptr);
    ~LoginFlow() override;

    // Signs someone in and registers the session; false when the official quit the login dialog.
    bool signInAtStart(QWidget* dialogParent = nullptr);
    void attach(MainWindow& window);

    security::DeskSession* session() const { return m_session.get(); }
    security::SignInService* signInService() const { return m_signIn.get(); }
    IdleWatcher* idleWatcher() const { return m_idle; }
    security::SessionLockMonitor* sessionLockMonitor() const { return m_osLock; }

private:
    void lockFor(const QString& reason);
    void applyUser();
    void useOnlineSignIn();

    ServiceRegistry& m_services;
    Database& m_db;
    Options m_options;
    std::unique_ptr<security::SignInService> m_signIn;
    std::unique_ptr<security::DeskSession> m_session;
    QPointer<MainWindow> m_window;
    IdleWatcher* m_idle = nullptr;
    security::SessionLockMonitor* m_osLock = nullptr;
    QString m_lockReason;
};

} // namespace motcua
