// Officials' sign-in vouched for by the registry (SYNC-PROTOCOL.md §3.1, SECURITY.md "Accounts"): the
// real simulator on 127.0.0.1 accepts an official once, after which the desk signs the official in
// offline from the cached verifier; a wrong password online is refused and counted; a registry account
// never seen online cannot sign in while the registry is down; garbage, 5xx and silence from the
// registry count as "unreachable", never as a refusal.
#include "AccountStore.h"
#include "Authenticator.h"
#include "RegistryOfficialAuthority.h"
#include "RegistryServer.h"
#include "SecurityError.h"
#include "SignInService.h"
#include "SyncOnlineSignIn.h"
#include "SyncSettings.h"
#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace motcua;
using namespace motcua::security;
using namespace motcua::sync;
using namespace motcua::sync::test;

namespace {

const QString kLogin = QStringLiteral("lan.nt");
const QString kPassword = QStringLiteral("Mật-khẩu-đúng-1");
const QString kDisplayName = QStringLiteral("Nguyễn Thị Lan");

QString officialOption()
{
    return kLogin + QLatin1Char(':') + kPassword + QStringLiteral(":supervisor:") + kDisplayName;
}

SecretBytes password(const QString& text)
{
    return SecretBytes::fromString(text);
}

Credentials deskCredentials()
{
    return {QLatin1String(kDeskId), QLatin1String(kDeskSecret)};
}

std::unique_ptr<RegistryOfficialAuthority> authorityAt(const QUrl& url, int timeoutMs = 5000)
{
    return std::make_unique<RegistryOfficialAuthority>(RegistryEndpoint::create(url).value(), deskCredentials(),
                                                       timeoutMs);
}

std::unique_ptr<Database> openDesk(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace

class tst_OfficialSignIn : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        // Settings (QSettings) of this test only, never the machine user's desk settings.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void firstSignInOnlineThenOffline()
    {
        QTemporaryDir dir;
        auto db = openDesk(dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(db);
        SimulatorProcess registry;
        QString error;
        QVERIFY2(registry.start(dir.filePath(QStringLiteral("registry.sqlite")),
                                {QStringLiteral("--official"), officialOption()}, &error),
                 qPrintable(error));
        auto authority = authorityAt(registry.url());
        Authenticator auth(*db, KdfCost::fastForTests());
        auth.setOnlineAuthority(authority.get());

        // No account on this desk yet: the registry vouches, the desk creates it with its role and name.
        const SignInResult online = auth.signIn(kLogin, password(kPassword));
        QVERIFY2(online.ok(), qPrintable(online.error.code));
        QVERIFY(!online.offline);
        QCOMPARE(online.account.role, Role::Supervisor);
        QCOMPARE(online.account.displayName, kDisplayName);
        QCOMPARE(online.account.origin, Account::Origin::Registry);
        const Account cached = AccountStore(*db).find(kLogin).value();
        QVERIFY(cached.hasVerifier());
        QVERIFY(cached.verifiedOnlineAt.isValid());

        // A wrong password while the registry answers: refused by the registry, counted for lockout.
        const SignInResult wrong = auth.signIn(kLogin, password(QStringLiteral("Mật-khẩu-sai-2")));
        QCOMPARE(wrong.error.code, QLatin1String(security_error::OnlineRefused));
        QCOMPARE(wrong.failedAttempts, 1);
        QCOMPARE(AccountStore(*db).find(kLogin).value().failedAttempts, 1);

        // The registry goes away: the cached verifier signs the official in offline.
        registry.stop();
        const SignInResult offline = auth.signIn(kLogin, password(kPassword));
        QVERIFY2(offline.ok(), qPrintable(offline.error.code));
        QVERIFY(offline.offline);
        QCOMPARE(offline.account.role, Role::Supervisor);
        // Offline, a wrong password is checked against the verifier and counted too.
        const SignInResult wrongOffline = auth.signIn(kLogin, password(QStringLiteral("Mật-khẩu-sai-3")));
        QCOMPARE(wrongOffline.error.code, QLatin1String(security_error::WrongPassword));
        QCOMPARE(wrongOffline.failedAttempts, 1);
    }

    void unknownLoginIsRefusedLikeAWrongPassword()
    {
        QTemporaryDir dir;
        auto db = openDesk(dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(db);
        SimulatorProcess registry;
        QVERIFY(registry.start(dir.filePath(QStringLiteral("registry.sqlite")),
                               {QStringLiteral("--official"), officialOption()}));
        auto authority = authorityAt(registry.url());
        QCOMPARE(authority->verify(QStringLiteral("nobody"), password(kPassword)).outcome,
                 OnlineAuthority::Outcome::Refused);
        QCOMPARE(authority->verify(kLogin, password(QStringLiteral("wrong"))).outcome,
                 OnlineAuthority::Outcome::Refused);

        Authenticator auth(*db, KdfCost::fastForTests());
        auth.setOnlineAuthority(authority.get());
        QCOMPARE(auth.signIn(QStringLiteral("nobody"), password(kPassword)).error.code,
                 QLatin1String(security_error::WrongPassword));
        QVERIFY(!AccountStore(*db).find(QStringLiteral("nobody")).ok()); // nothing created for a refusal
    }

    void registryAccountNeverSeenOnlineNeedsTheRegistry()
    {
        QTemporaryDir dir;
        auto db = openDesk(dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(db);
        Account account;
        account.login = kLogin;
        account.displayName = kDisplayName;
        account.role = Role::Official;
        account.origin = Account::Origin::Registry;
        QVERIFY(AccountStore(*db).add(account).ok());

        // A registry that was there and is gone: its port now refuses connections.
        SimulatorProcess registry;
        QVERIFY(registry.start(dir.filePath(QStringLiteral("registry.sqlite")),
                               {QStringLiteral("--official"), officialOption()}));
        const QUrl url = registry.url();
        registry.stop();

        auto authority = authorityAt(url);
        Authenticator auth(*db, KdfCost::fastForTests());
        auth.setOnlineAuthority(authority.get());
        const SignInResult r = auth.signIn(kLogin, password(kPassword));
        QCOMPARE(r.error.code, QLatin1String(security_error::NeedsOnlineLogin));
        QVERIFY(!AccountStore(*db).find(kLogin).value().hasVerifier());
    }

    void garbageAndServerErrorsCountAsUnreachable()
    {
        QTemporaryDir dir;
        auto db = openDesk(dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(db);
        // The registry in this process, so its faults can change between requests; the client's
        // request loop serves it.
        SimulatorConfig config;
        config.officials.insert(kLogin, OfficialAccount::parse(officialOption()).value());
        RegistryServer server(config);
        QVERIFY(server.open(dir.filePath(QStringLiteral("registry.sqlite"))).ok());
        QVERIFY(server.start(QHostAddress::LocalHost, 0).ok());
        auto authority = authorityAt(server.url());
        Authenticator auth(*db, KdfCost::fastForTests());
        auth.setOnlineAuthority(authority.get());
        QVERIFY(auth.signIn(kLogin, password(kPassword)).ok()); // the token is now held

        FaultPlan garbage;
        garbage.malformedRate = 1; // broken 200s of every kind: garbage, truncated, HTML, wrong shape…
        garbage.seed = 7;
        server.setFaults(garbage);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(authority->verify(kLogin, password(QStringLiteral("Mật-khẩu-sai-4"))).outcome,
                     OnlineAuthority::Outcome::Unreachable);
        const SignInResult throughGarbage = auth.signIn(kLogin, password(kPassword));
        QVERIFY2(throughGarbage.ok(), qPrintable(throughGarbage.error.code));
        QVERIFY(throughGarbage.offline);

        FaultPlan failing;
        failing.errorRate = 1;
        server.setFaults(failing);
        QCOMPARE(authority->verify(kLogin, password(kPassword)).outcome, OnlineAuthority::Outcome::Unreachable);
        FaultPlan busy;
        busy.unavailableRate = 1;
        server.setFaults(busy);
        QCOMPARE(authority->verify(kLogin, password(kPassword)).outcome, OnlineAuthority::Outcome::Unreachable);
        QVERIFY(server.injectedFaults().value(QStringLiteral("malformed")).toInt() >= 6);
    }

    void signInServiceMakesTheAuthorityOnItsWorker()
    {
        QTemporaryDir dir;
        const QString deskPath = dir.filePath(QStringLiteral("desk.sqlite"));
        auto db = openDesk(deskPath);
        QVERIFY(db);
        SimulatorProcess registry;
        QVERIFY(registry.start(dir.filePath(QStringLiteral("registry.sqlite")),
                               {QStringLiteral("--official"), officialOption()}));

        SignInService::Options options;
        options.cost = KdfCost::fastForTests();
        std::atomic<int> made{0};
        std::atomic<bool> madeOnGuiThread{false};
        QThread* gui = QThread::currentThread();
        options.onlineAuthority = [&made, &madeOnGuiThread, gui, url = registry.url()] {
            ++made;
            madeOnGuiThread = QThread::currentThread() == gui;
            return std::unique_ptr<OnlineAuthority>(authorityAt(url));
        };
        SignInService service(deskPath, options);
        std::optional<SignInResult> result;
        connect(&service, &SignInService::finished, this, [&result](const SignInResult& r) { result = r; });
        QVERIFY(service.signIn(kLogin, password(kPassword)));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), qPrintable(result->error.code));
        QVERIFY(!result->offline);
        QCOMPARE(result->account.displayName, kDisplayName);
        QCOMPARE(made.load(), 1);
        QVERIFY(!madeOnGuiThread.load());
    }

    void syncModuleOffersNoAuthorityWithoutARegistry()
    {
        // This test's empty settings: no registry configured, so sign-in stays offline-only.
        QVERIFY(!SyncSettings::load().isConfigured());
        SyncOnlineSignIn offered;
        QVERIFY(offered.authorityFactory()() == nullptr);
    }

    void silentRegistryTimesOutAsUnreachable()
    {
        // Accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        auto authority = authorityAt(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), 300);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(authority->verify(kLogin, password(kPassword)).outcome, OnlineAuthority::Outcome::Unreachable);
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY2(timer.elapsed() < 5000, "the timeout ends the wait");
    }
};

QTEST_GUILESS_MAIN(tst_OfficialSignIn)
#include "tst_OfficialSignIn.moc"
