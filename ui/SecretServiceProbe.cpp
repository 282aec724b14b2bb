#include "SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>
#include <atomic>

namespace motcua {

namespace {
QDBusMessage busCall(QDBusConnection& bus, const QString& method, const QVariantList& arguments, int timeoutMs)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                       QStringLiteral("org.freedesktop.DBus"), method);
    message.setArguments(arguments);
    return bus.call(message, QDBus::Block, timeoutMs);
}
} // namespace

SecretServiceProbe::Result SecretServiceProbe::probe(int timeoutMs)
{
    Result result;
    // A connection of our own, so this thread never waits on the GUI thread's default connection.
    static std::atomic<int> s_counter{0};
    const QString name = QStringLiteral("motcua-secret-probe-%1").arg(++s_counter);
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
        if (!bus.isConnected()) {
            result.status = Status::NoSessionBus;
            result.detail = bus.lastError().message();
        } else {
            const QString service = QString::fromLatin1(serviceName());
            const QDBusMessage owner = busCall(bus, QStringLiteral("NameHasOwner"), {service}, timeoutMs);
            if (owner.type() == QDBusMessage::ReplyMessage && owner.arguments().value(0).toBool()) {
                result.status = Status::Running;
            } else {
                const QDBusMessage activatable = busCall(bus, QStringLiteral("ListActivatableNames"), {}, timeoutMs);
                const bool canStart = activatable.type() == QDBusMessage::ReplyMessage &&
                                      activatable.arguments().value(0).toStringList().contains(service);
                result.status = canStart ? Status::Activatable : Status::Absent;
                if (owner.type() == QDBusMessage::ErrorMessage)
                    result.detail = owner.errorMessage();
            }
        }
    }
    QDBusConnection::disconnectFromBus(name);
    return result;
}

} // namespace motcua
