// Tokens and clocks: a token that expires on the registry's side is renewed once and the request sent
// again; a desk whose clock is hours off judges token life on the registry's clock (no refresh loop)
// and reports the skew; refused credentials stop the pass and leave every entry queued with the reason.
#include "AttachmentSource.h"
#include "RegistryHttp.h"
#include "RegistryServer.h"
#include "SyncEngine.h"
#include "SyncError.h"
#include "SyncTestSupport.h"

#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::sync;
using namespace motcua::sync::test;

namespace {

// The registry in this process and thread: the engine's request loop serves it.
struct LocalRegistry
{
    explicit LocalRegistry(const QString& path, SimulatorConfig config = {}) : server(config)
    {
        ok = server.open(path).ok() && server.start(QHostAddress::LocalHost, 0).ok();
    }
    RegistryServer server;
    bool ok = false;
};

struct Desk
{
    explicit Desk(const QString& dir) : fixture(dir) {}
    bool open(int dossiers) { return fixture.open() && fixture.createDossiers(dossiers).size() == dossiers; }
    DeskFixture fixture;
};

} // namespace

class tst_SyncAuth : public QObject
{
    Q_OBJECT
private slots:
    void tokenExpiredAtTheRegistryIsRenewedOnce()
    {
        QTemporaryDir dir;
        Desk desk(dir.path());
        QVERIFY(desk.open(5));
        SimulatorConfig config;
        config.tokenTtlSeconds = 600;
        LocalRegistry registry(dir.filePath(QStringLiteral("registry.sqlite")), config);
        QVERIFY(registry.ok);

        RegistryHttp http(RegistryEndpoint::create(registry.server.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.fixture.db(), desk.fixture.filesRoot());
        SyncEngine engine(desk.fixture.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files);
        PassReport first = engine.runPass();
        QVERIFY2(first.completed(), qPrintable(first.error.code));
        QCOMPARE(first.sent, 5);
        QCOMPARE(engine.auth().tokensIssued(), 1);

        // The registry's clock jumps past the token's end; the desk's estimate of that clock is from
        // before the jump, so it still believes the token valid and meets 401 token_expired.
        registry.server.setClockOffsetMs(2 * 3600 * 1000);
        QVERIFY(desk.fixture.createDossiers(3).size() == 3);
        const PassReport second = engine.runPass();
        QVERIFY2(second.completed(), qPrintable(second.error.code + QLatin1Char(' ') + second.error.message));
        QCOMPARE(second.sent, 3);
        QCOMPARE(engine.auth().tokensIssued(), 2);
        QCOMPARE(desk.fixture.pending(), qint64(0));
    }

    void validTokenIsKeptAcrossPasses()
    {
        QTemporaryDir dir;
        Desk desk(dir.path());
        QVERIFY(desk.open(2));
        LocalRegistry registry(dir.filePath(QStringLiteral("registry.sqlite")));
        QVERIFY(registry.ok);
        RegistryHttp http(RegistryEndpoint::create(registry.server.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.fixture.db(), desk.fixture.filesRoot());
        SyncEngine engine(desk.fixture.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files);
        for (int i = 0; i < 4; ++i)
            QVERIFY(engine.runPass().completed());
        QCOMPARE(engine.auth().tokensIssued(), 1);
    }

    void tokenAboutToExpireIsRenewedBeforeUse()
    {
        QTemporaryDir dir;
        Desk desk(dir.path());
        QVERIFY(desk.open(1));
        SimulatorConfig config;
        config.tokenTtlSeconds = 61; // inside the one-minute margin after a second
        LocalRegistry registry(dir.filePath(QStringLiteral("registry.sqlite")), config);
        QVERIFY(registry.ok);
        RegistryHttp http(RegistryEndpoint::create(registry.server.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.fixture.db(), desk.fixture.filesRoot());
        SyncEngine engine(desk.fixture.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files);
        QVERIFY(engine.runPass().completed());
        QCOMPARE(engine.auth().tokensIssued(), 1);
        QTest::qWait(1200);
        QVERIFY(engine.runPass().completed());
        QCOMPARE(engine.auth().tokensIssued(), 2);
    }

    void clockSkew_data()
    {
        QTest::addColumn<int>("offsetSeconds");
        QTest::newRow("registry 3 h behind the desk") << -3 * 3600;
        QTest::newRow("registry 3 h ahead of the desk") << 3 * 3600;
        QTest::newRow("registry 2 days behind") << -2 * 86400;
    }

    void clockSkew()
    {
        QFETCH(int, offsetSeconds);
        QTemporaryDir dir;
        Desk desk(dir.path());
        QVERIFY(desk.open(4));
        SimulatorProcess sim;
        QString error;
        QVERIFY2(sim.start(dir.filePath(QStringLiteral("registry.sqlite")),
                           {QStringLiteral("--clock-offset"), QString::number(offsetSeconds),
                            QStringLiteral("--token-ttl"), QStringLiteral("300")},
                           &error),
                 qPrintable(error));
        RegistryHttp http(RegistryEndpoint::create(sim.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.fixture.db(), desk.fixture.filesRoot());
        SyncOptions options;
        options.batchSize = 1; // several requests per pass
        SyncEngine engine(desk.fixture.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files,
                          options);
        PassReport report;
        for (int i = 0; i < 3; ++i) {
            report = engine.runPass();
            QVERIFY2(report.completed(), qPrintable(report.error.code));
        }
        QCOMPARE(desk.fixture.pending(), qint64(0));
        // Judged on the registry's clock, a 5-minute token lasts the whole test: no refresh loop.
        QCOMPARE(engine.auth().tokensIssued(), 1);
        QVERIFY(report.clockSkewKnown);
        QVERIFY2(qAbs(report.clockSkewMs - qint64(offsetSeconds) * 1000) < 3000,
                 qPrintable(QString::number(report.clockSkewMs)));
        // The registry recorded the desk's clock error with each event.
        QCOMPARE(sim.stats().value(QStringLiteral("dossiers")).toInteger(), qint64(4));
    }

    void refusedCredentialsStopThePassAndKeepEverything()
    {
        QTemporaryDir dir;
        Desk desk(dir.path());
        QVERIFY(desk.open(6));
        LocalRegistry registry(dir.filePath(QStringLiteral("registry.sqlite")));
        QVERIFY(registry.ok);
        RegistryHttp http(RegistryEndpoint::create(registry.server.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.fixture.db(), desk.fixture.filesRoot());
        SyncEngine engine(desk.fixture.db(), http, {QLatin1String(kDeskId), QStringLiteral("wrong secret")}, files);
        const PassReport report = engine.runPass();
        QCOMPARE(report.error.code, QString::fromLatin1(sync_error::CredentialsRefused));
        QCOMPARE(report.sent, 0);
        QCOMPARE(desk.fixture.pending(), qint64(6));
        for (const QString& reason : desk.fixture.lastErrors())
            QVERIFY2(reason.startsWith(QLatin1String(sync_error::CredentialsRefused)), qPrintable(reason));
        auto stats = registry.server.store().stats();
        QCOMPARE(stats->value(QStringLiteral("dossiers")).toInteger(), qint64(0));

        SyncEngine fixed(desk.fixture.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files);
        int passes = 0;
        QVERIFY(drain(fixed, desk.fixture.db(), 5, &passes).completed());
        QCOMPARE(desk.fixture.pending(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_SyncAuth)
#include "tst_SyncAuth.moc"
