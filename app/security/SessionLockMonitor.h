#pragma once

#include <QObject>
#include <QString>

namespace motcua::security {

// Tells when the operating system's session locks, so the desk locks with it. It listens to:
//  - systemd-logind on the system bus: the Lock signal of this process's session
//    (org.freedesktop.login1.Session, found with Manager.GetSessionByPID, else XDG_SESSION_ID), which
//    `loginctl lock-session` and the desktop's lock command send;
//  - the desktop's screen saver on the session bus: ActiveChanged(true) of org.freedesktop.ScreenSaver
//    (KDE, Xfce, LXQt…) or org.gnome.ScreenSaver (GNOME).
// Any of them may be absent (no logind in a container, no session bus on a kiosk): that part then stays
// silent, nothing fails. Looking up the session is asynchronous: the constructor never blocks.
class SessionLockMonitor : public QObject
{
    Q_OBJECT
public:
    explicit SessionLockMonitor(QObject* parent = nullptr);

    // Whether logind answered with this process's session (after the lookup finished).
    bool watchesLogind() const { return !m_sessionPath.isEmpty(); }
    bool watchesScreenSaver() const { return m_watchingScreenSaver; }
    QString logindSessionPath() const { return m_sessionPath; }

signals:
    // `source` is "logind" or "screensaver".
    void sessionLocked(const QString& source);
    // The logind lookup finished (found or not); for tests and Diagnostics.
    void logindLookupFinished(bool found);

private slots:
    void onLogindLock();
    void onScreenSaverActiveChanged(bool active);

private:
    void lookUpLogindSession();
    void watchLogindSession(const QString& path);

    QString m_sessionPath;
    bool m_watchingScreenSaver = false;
};

} // namespace motcua::security
