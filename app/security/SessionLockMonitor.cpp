#include "SessionLockMonitor.h"

#include "SecurityLog.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace motcua::security {

namespace {

const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kLogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogindSession = QStringLiteral("org.freedesktop.login1.Session");

} // namespace

SessionLockMonitor::SessionLockMonitor(QObject* parent) : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // Any sender, any path: GNOME, KDE and Xfce publish their screen savers at different paths.
        const bool freedesktop =
            session.connect(QString(), QString(), QStringLiteral("org.freedesktop.ScreenSaver"),
                            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
        const bool gnome =
            session.connect(QString(), QString(), QStringLiteral("org.gnome.ScreenSaver"),
                            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
        m_watchingScreenSaver = freedesktop || gnome;
    }
    if (!m_watchingScreenSaver)
        qCInfo(lcSecurity) << "no session bus: the desk will not follow the screen saver";
    lookUpLogindSession();
}

void SessionLockMonitor::lookUpLogindSession()
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected()) {
        qCInfo(lcSecurity) << "no system bus: the desk will not follow logind's session lock";
        QMetaObject::invokeMethod(
            this, [this] { emit logindLookupFinished(false); }, Qt::QueuedConnection);
        return;
    }
    QDBusMessage byPid =
        QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager, QStringLiteral("GetSessionByPID"));
    byPid << quint32(QCoreApplication::applicationPid());
    auto* watcher = new QDBusPendingCallWatcher(system.asyncCall(byPid, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (!reply.isError()) {
            watchLogindSession(reply.value().path());
            return;
        }
        // A process started outside the session (a service, ssh) has none by PID; the environment may
        // still name the session it belongs to.
        const QString id = qEnvironmentVariable("XDG_SESSION_ID");
        if (id.isEmpty()) {
            qCInfo(lcSecurity) << "logind has no session for the desk:" << reply.error().name();
            emit logindLookupFinished(false);
            return;
        }
        QDBusMessage byId =
            QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager, QStringLiteral("GetSession"));
        byId << id;
        auto* second = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(byId, 5000), this);
        connect(second, &QDBusPendingCallWatcher::finished, this, [this, second] {
            second->deleteLater();
            QDBusPendingReply<QDBusObjectPath> byIdReply = *second;
            if (byIdReply.isError()) {
                qCInfo(lcSecurity) << "logind has no session for the desk:" << byIdReply.error().name();
                emit logindLookupFinished(false);
                return;
            }
            watchLogindSession(byIdReply.value().path());
        });
    });
}

void SessionLockMonitor::watchLogindSession(const QString& path)
{
    if (QDBusConnection::systemBus().connect(kLogindService, path, kLogindSession, QStringLiteral("Lock"), this,
                                             SLOT(onLogindLock()))) {
        m_sessionPath = path;
        qCInfo(lcSecurity) << "following logind session" << path;
    }
    emit logindLookupFinished(!m_sessionPath.isEmpty());
}

void SessionLockMonitor::onLogindLock()
{
    qCInfo(lcSecurity) << "the OS session locked (logind)";
    emit sessionLocked(QStringLiteral("logind"));
}

void SessionLockMonitor::onScreenSaverActiveChanged(bool active)
{
    if (!active)
        return;
    qCInfo(lcSecurity) << "the screen saver started";
    emit sessionLocked(QStringLiteral("screensaver"));
}

} // namespace motcua::security
