// The desk follows the OS session lock: logind's Lock signal for its own session and the screen saver's
// ActiveChanged(true), on a REAL D-Bus (the private session bus of scripts/services.sh, which here also
// stands in for the system bus). Fake logind and screen-saver services answer on that bus; without
// them the monitor stays silent and nothing fails.
#include "SecurityServices.h"
#include "SessionLockMonitor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::security;

namespace {

const QString kSessionPath = QStringLiteral("/org/freedesktop/login1/session/_3142");

// org.freedesktop.login1.Manager as far as the monitor asks.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public slots:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        lastPid = pid;
        return QDBusObjectPath(kSessionPath);
    }

public:
    uint lastPid = 0;
};

} // namespace

class tst_SessionLockMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenSaverLocks();
    void logindLockOfOurSessionLocks();
    void toleratesNoLogind();

private:
    void emitSignal(const QString& path, const QString& interface, const QString& name, const QVariantList& args = {});
    QDBusConnection m_fake{QString()};
    FakeLogind m_logind;
};

void tst_SessionLockMonitor::initTestCase()
{
    // No system bus in the test machine: the session bus plays it. Set before Qt's D-Bus starts.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", qgetenv("DBUS_SESSION_BUS_ADDRESS"));
    if (const QString missing = test::keyringMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    m_fake = QDBusConnection::connectToBus(QString::fromLocal8Bit(qgetenv("DBUS_SESSION_BUS_ADDRESS")),
                                           QStringLiteral("fake-services"));
    QVERIFY(m_fake.isConnected());
}

void tst_SessionLockMonitor::emitSignal(const QString& path, const QString& interface, const QString& name,
                                        const QVariantList& args)
{
    QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
    message.setArguments(args);
    QVERIFY(m_fake.send(message));
}

void tst_SessionLockMonitor::screenSaverLocks()
{
    SessionLockMonitor monitor;
    QVERIFY(monitor.watchesScreenSaver());
    QSignalSpy locked(&monitor, &SessionLockMonitor::sessionLocked);
    // Going inactive is not a lock.
    emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {false});
    QTest::qWait(300);
    QCOMPARE(locked.count(), 0);
    emitSignal(QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {true});
    QVERIFY(locked.wait(3000));
    QCOMPARE(locked.first().first().toString(), QStringLiteral("screensaver"));
    // GNOME's own interface.
    emitSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {true});
    QVERIFY(locked.wait(3000));
    QCOMPARE(locked.count(), 2);
}

void tst_SessionLockMonitor::logindLockOfOurSessionLocks()
{
    QVERIFY(
        m_fake.registerObject(QStringLiteral("/org/freedesktop/login1"), &m_logind, QDBusConnection::ExportAllSlots));
    QVERIFY(m_fake.registerService(QStringLiteral("org.freedesktop.login1")));
    SessionLockMonitor monitor;
    QSignalSpy lookedUp(&monitor, &SessionLockMonitor::logindLookupFinished);
    QVERIFY(lookedUp.wait(5000));
    QCOMPARE(lookedUp.first().first().toBool(), true);
    QVERIFY(monitor.watchesLogind());
    QCOMPARE(monitor.logindSessionPath(), kSessionPath);
    QCOMPARE(m_logind.lastPid, uint(QCoreApplication::applicationPid()));

    QSignalSpy locked(&monitor, &SessionLockMonitor::sessionLocked);
    // Another session locking is none of the desk's business.
    emitSignal(QStringLiteral("/org/freedesktop/login1/session/_9"), QStringLiteral("org.freedesktop.login1.Session"),
               QStringLiteral("Lock"));
    QTest::qWait(300);
    QCOMPARE(locked.count(), 0);
    emitSignal(kSessionPath, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
    QVERIFY(locked.wait(3000));
    QCOMPARE(locked.first().first().toString(), QStringLiteral("logind"));

    m_fake.unregisterService(QStringLiteral("org.freedesktop.login1"));
    m_fake.unregisterObject(QStringLiteral("/org/freedesktop/login1"));
}

void tst_SessionLockMonitor::toleratesNoLogind()
{
    qunsetenv("XDG_SESSION_ID");
    SessionLockMonitor monitor;
    QSignalSpy lookedUp(&monitor, &SessionLockMonitor::logindLookupFinished);
    QVERIFY(lookedUp.wait(8000));
    QCOMPARE(lookedUp.first().first().toBool(), false);
    QVERIFY(!monitor.watchesLogind());
    // The screen saver still works (once the bus has the monitor's match rule: it is sent without waiting).
    QSignalSpy locked(&monitor, &SessionLockMonitor::sessionLocked);
    QTest::qWait(300);
    emitSignal(QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
               QStringLiteral("ActiveChanged"), {true});
    QVERIFY(locked.wait(3000));
}

QTEST_GUILESS_MAIN(tst_SessionLockMonitor)
#include "tst_SessionLockMonitor.moc"
