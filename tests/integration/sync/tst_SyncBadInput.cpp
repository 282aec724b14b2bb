// Bad input from the network: garbage, truncated, oversized and wrong-typed answers, redirects to other
// hosts, expired and untrusted certificates. Each time the entries stay in the outbox with the reason,
// nothing is marked synced wrongly, and a healthy registry later gets everything exactly once.
#include "AttachmentSource.h"
#include "Outbox.h"
#include "RegistryHttp.h"
#include "RegistryServer.h"
#include "SyncEngine.h"
#include "SyncError.h"
#include "SyncTestSupport.h"
#include "TestCertificates.h"

#include <QHostAddress>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::sync;
using namespace motcua::sync::test;

namespace {

constexpr int kDossiers = 12;

SyncOptions smallBatches()
{
    SyncOptions options;
    options.batchSize = 4;
    return options;
}

QSet<QString> reasonCodes(const DeskFixture& desk)
{
    QSet<QString> codes;
    for (const QString& reason : desk.lastErrors())
        codes.insert(reason.section(QLatin1Char(':'), 0, 0));
    return codes;
}

} // namespace

class tst_SyncBadInput : public QObject
{
    Q_OBJECT
private slots:
    void brokenAnswersNeverMarkSynced()
    {
        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        QCOMPARE(desk.createDossiers(kDossiers).size(), kDossiers);
        SimulatorConfig config;
        config.faults.malformedRate = 1.0; // every answer: garbage, truncated, HTML, wrong shape or 16 MiB+
        config.faults.seed = 3;
        RegistryServer server(config);
        QVERIFY(server.open(dir.filePath(QStringLiteral("registry.sqlite"))).ok());
        QVERIFY(server.start(QHostAddress::LocalHost, 0).ok());

        RegistryHttp http(RegistryEndpoint::create(server.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        SyncEngine engine(desk.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files, smallBatches());
        for (int pass = 0; pass < 15; ++pass) {
            Outbox(desk.db()).retryNow();
            const PassReport report = engine.runPass();
            QCOMPARE(report.sent, 0);
            QVERIFY(!report.completed());
            QVERIFY2(report.error.code == QLatin1String(sync_error::BadResponse) ||
                         report.error.code == QLatin1String(sync_error::TooLarge),
                     qPrintable(report.error.code + QLatin1Char(' ') + report.error.message));
        }
        QCOMPARE(desk.outbox().value(QStringLiteral("synced")), qint64(0));
        QCOMPARE(desk.pending(), qint64(kDossiers));
        const QSet<QString> reasons = reasonCodes(desk);
        QVERIFY2(!reasons.isEmpty(), "failed entries carry their reason");
        for (const QString& code : reasons)
            QVERIFY2(code == QLatin1String(sync_error::BadResponse) || code == QLatin1String(sync_error::TooLarge),
                     qPrintable(code));
        QVERIFY(server.injectedFaults().value(QStringLiteral("malformed")).toInteger() >= 15);

        server.setFaults({});
        QVERIFY(drain(engine, desk.db(), 5).completed());
        QCOMPARE(desk.pending(), qint64(0));
        const auto stats = server.store().stats();
        QCOMPARE(stats->value(QStringLiteral("dossiers")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats->value(QStringLiteral("events")).toInteger(), qint64(kDossiers));
    }

    void redirectsAreNotFollowed()
    {
        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        QCOMPARE(desk.createDossiers(3).size(), 3);
        SimulatorConfig config;
        config.faults.redirectRate = 1.0;
        RegistryServer server(config);
        QVERIFY(server.open(dir.filePath(QStringLiteral("registry.sqlite"))).ok());
        QVERIFY(server.start(QHostAddress::LocalHost, 0).ok());
        RegistryHttp http(RegistryEndpoint::create(server.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        SyncEngine engine(desk.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files);
        const PassReport report = engine.runPass();
        QCOMPARE(report.error.code, QString::fromLatin1(sync_error::Redirect));
        QCOMPARE(reasonCodes(desk), QSet<QString>{QLatin1String(sync_error::Redirect)});
        QCOMPARE(desk.pending(), qint64(3));
    }

    void certificates_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid, CA in the bundle") << false << true << QString();
        QTest::newRow("valid, CA unknown") << false << false << QString::fromLatin1(sync_error::Tls);
        QTest::newRow("expired, CA in the bundle") << true << true << QString::fromLatin1(sync_error::Tls);
    }

    void certificates()
    {
        QFETCH(bool, expired);
        QFETCH(bool, trustCa);
        QFETCH(QString, error);
        QTemporaryDir dir;
        TestCertificates pki;
        QString why;
        QVERIFY2(TestCertificates::create(dir.path(), &pki, &why), qPrintable(why));
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        QCOMPARE(desk.createDossiers(3).size(), 3);
        RegistryServer server(SimulatorConfig{});
        QVERIFY(server.open(dir.filePath(QStringLiteral("registry.sqlite"))).ok());
        QVERIFY(server
                    .enableTls(expired ? pki.expiredCertificate : pki.serverCertificate,
                               expired ? pki.expiredKey : pki.serverKey)
                    .ok());
        QVERIFY(server.start(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));

        auto endpoint = RegistryEndpoint::create(server.url(), trustCa ? pki.caCertificate : QString());
        QVERIFY(endpoint.ok());
        RegistryHttp http(endpoint.value(), 5000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        SyncEngine engine(desk.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files);
        const PassReport report = engine.runPass();
        const auto stats = server.store().stats();
        if (error.isEmpty()) {
            QVERIFY2(report.completed(), qPrintable(report.error.code + QLatin1Char(' ') + report.error.message));
            QCOMPARE(report.sent, 3);
            QCOMPARE(stats->value(QStringLiteral("dossiers")).toInteger(), qint64(3));
        } else {
            QCOMPARE(report.error.code, error);
            QCOMPARE(report.sent, 0);
            QCOMPARE(desk.pending(), qint64(3));
            QCOMPARE(reasonCodes(desk), QSet<QString>{error});
            QCOMPARE(stats->value(QStringLiteral("dossiers")).toInteger(), qint64(0));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SyncBadInput)
#include "tst_SyncBadInput.moc"
