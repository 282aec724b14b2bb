#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QString>

namespace motcua::test {

// The private session bus with gnome-keyring that scripts/services.sh starts (TESTING-INFRA.md §3).
// Empty when it is there; else why not, for QFAIL: these tests fail, never skip, without the service.
inline QString keyringMissing()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("DBUS_SESSION_BUS_ADDRESS is not set: run under scripts/services.sh "
                              "(or source /tmp/svc/env.sh)");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("cannot connect to the session bus %1")
            .arg(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    if (!bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")))
        return QStringLiteral("no Secret Service (gnome-keyring) on the session bus");
    return {};
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace motcua::test
