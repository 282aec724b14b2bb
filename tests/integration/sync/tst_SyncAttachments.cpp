// Attachments: a 5 MB scan resumed after connection resets and after the syncing process was killed
// mid-upload, without sending again what the registry already holds; 5 MB over HTTPS (the CA bundle
// trusted) on one kept connection; damaged or missing local files keep their entry failed with the reason.
#include "AttachmentSource.h"
#include "FileStore.h"
#include "RegistryHttp.h"
#include "RegistryServer.h"
#include "SyncEngine.h"
#include "SyncError.h"
#include "SyncTestSupport.h"
#include "TestCertificates.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::sync;
using namespace motcua::sync::test;

namespace {

constexpr qint64 kFiveMb = 5 * 1024 * 1024;

std::unique_ptr<SyncEngine> makeEngine(DeskFixture& desk, RegistryHttp& http, AttachmentSource& files,
                                       qint64 chunkBytes)
{
    SyncOptions options;
    options.batchSize = 10;
    options.chunkBytes = chunkBytes;
    return std::make_unique<SyncEngine>(
        desk.db(), http, Credentials{QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files, options);
}

} // namespace

class tst_SyncAttachments : public QObject
{
    Q_OBJECT
private slots:
    void fiveMegabytesResumedAfterResets()
    {
        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        QCOMPARE(desk.createDossiers(1, kFiveMb).size(), 1);
        SimulatorProcess sim;
        QString error;
        QVERIFY2(sim.start(dir.filePath(QStringLiteral("registry.sqlite")),
                           {QStringLiteral("--reset-after-commit"), QStringLiteral("0.3"),
                            QStringLiteral("--reset-before-commit"), QStringLiteral("0.15"), QStringLiteral("--seed"),
                            QStringLiteral("5")},
                           &error),
                 qPrintable(error));
        RegistryHttp http(RegistryEndpoint::create(sim.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        auto engine = makeEngine(desk, http, files, 256 * 1024);
        int passes = 0;
        drain(*engine, desk.db(), 200, &passes);
        QCOMPARE(desk.pending(), qint64(0));

        const QJsonObject stats = sim.stats();
        const QJsonObject faults = sim.stop();
        QCOMPARE(stats.value(QStringLiteral("attachments")).toInteger(), qint64(1));
        QCOMPARE(stats.value(QStringLiteral("attachmentBytes")).toInteger(), kFiveMb);
        // Committed chunks are never sent again: the desk asks where the registry is and goes on.
        QCOMPARE(stats.value(QStringLiteral("attachmentBytesReceived")).toInteger(), kFiveMb);
        QVERIFY2(faults.value(QStringLiteral("resetAfterCommit")).toInteger() > 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(faults).toJson(QJsonDocument::Compact))));
        QCOMPARE(stats.value(QStringLiteral("dossiers")).toInteger(), qint64(1));
        qInfo() << "passes" << passes << "faults" << faults;
    }

    void resumedAfterTheProcessWasKilledMidUpload()
    {
        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        QCOMPARE(desk.createDossiers(1, kFiveMb).size(), 1);
        SimulatorProcess sim;
        QString error;
        // 2 MB/s: the upload takes about 2.5 s, so a kill after 1.2 s lands in the middle.
        QVERIFY2(sim.start(dir.filePath(QStringLiteral("registry.sqlite")),
                           {QStringLiteral("--upload-rate"), QStringLiteral("2000000")}, &error),
                 qPrintable(error));
        const QString helper = motcua::test::binaryPath(QStringLiteral("tests/bin/motcua-sync-pass-helper"));
        const QStringList args{desk.path(), sim.url().toString(), QStringLiteral("5"), QStringLiteral("5000"),
                               QString::number(256 * 1024)};
        QProcess process;
        process.start(helper, args);
        QVERIFY(process.waitForStarted(5000));
        QTest::qWait(1200);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished(5000));

        const QJsonObject partial = sim.stats();
        const qint64 before = partial.value(QStringLiteral("attachmentBytesReceived")).toInteger();
        QVERIFY2(before > 0 && before < kFiveMb, qPrintable(QString::number(before)));
        QCOMPARE(partial.value(QStringLiteral("attachmentsPartial")).toInteger(), qint64(1));
        QCOMPARE(partial.value(QStringLiteral("dossiers")).toInteger(), qint64(0));

        const auto clean = motcua::test::runProgram(helper, args, 60000);
        QCOMPARE(clean.exitCode, 0);
        const QJsonObject stats = sim.stats();
        QCOMPARE(stats.value(QStringLiteral("attachments")).toInteger(), qint64(1));
        QCOMPARE(stats.value(QStringLiteral("attachmentBytesReceived")).toInteger(), kFiveMb);
        QCOMPARE(stats.value(QStringLiteral("dossiers")).toInteger(), qint64(1));
        QCOMPARE(desk.pending(), qint64(0));
        qInfo() << "bytes held when killed" << before;
    }

    void fiveMegabytesOverTlsOnOneConnection()
    {
        QTemporaryDir dir;
        TestCertificates pki;
        QString why;
        QVERIFY2(TestCertificates::create(dir.path(), &pki, &why), qPrintable(why));
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        QCOMPARE(desk.createDossiers(2, kFiveMb).size(), 2);
        // In this thread: the client waits in local event loops, so the server goes on answering.
        RegistryServer server(SimulatorConfig{});
        QVERIFY(server.open(dir.filePath(QStringLiteral("registry.sqlite"))).ok());
        QVERIFY(server.enableTls(pki.serverCertificate, pki.serverKey).ok());
        QVERIFY(server.start(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));
        auto endpoint = RegistryEndpoint::create(server.url(), pki.caCertificate);
        QVERIFY(endpoint.ok());
        RegistryHttp http(endpoint.value(), 10000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        auto engine = makeEngine(desk, http, files, protocol::kDefaultChunkBytes);
        QVERIFY(engine->recoverInterrupted().ok());
        const PassReport report = engine->runPass();
        QVERIFY2(report.completed(), qPrintable(report.error.code + QLatin1Char(' ') + report.error.message));
        QCOMPARE(report.sent, 2);
        QCOMPARE(report.attachmentsUploaded, 2);
        QCOMPARE(report.attachmentBytes, 2 * kFiveMb);
        QCOMPARE(desk.pending(), qint64(0));
        // Token, two status reads, ten chunks, the batch and the pull: one TLS connection for all.
        QCOMPARE(http.connectionsOpened(), 1);
        const auto stats = server.store().stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->value(QStringLiteral("attachments")).toInteger(), qint64(2));
        QCOMPARE(stats->value(QStringLiteral("attachmentBytes")).toInteger(), 2 * kFiveMb);
        QCOMPARE(stats->value(QStringLiteral("attachmentBytesReceived")).toInteger(), 2 * kFiveMb);
        QCOMPARE(stats->value(QStringLiteral("dossiers")).toInteger(), qint64(2));
    }

    void damagedOrMissingLocalFilesStayFailed()
    {
        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        const QStringList damaged = desk.createDossiers(1, 100 * 1024);
        const QStringList missing = desk.createDossiers(1, 50 * 1024);
        const QStringList fine = desk.createDossiers(2, 10 * 1024);
        QCOMPARE(damaged.size() + missing.size() + fine.size(), 4);
        // Find the files: one is altered in place (same size), one removed.
        const QStringList shards = QDir(desk.filesRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QStringList paths;
        for (const QString& shard : shards)
            for (const QString& name : QDir(QDir(desk.filesRoot()).filePath(shard)).entryList(QDir::Files))
                paths.append(QDir(desk.filesRoot()).filePath(shard + QLatin1Char('/') + name));
        QCOMPARE(paths.size(), 4);
        bool alteredOne = false;
        bool removedOne = false;
        for (const QString& path : std::as_const(paths)) {
            const qint64 size = QFileInfo(path).size();
            if (size == 100 * 1024 && !alteredOne) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(4096);
                f.write("bit rot");
                alteredOne = true;
            } else if (size == 50 * 1024 && !removedOne) {
                QVERIFY(QFile::remove(path));
                removedOne = true;
            }
        }
        QVERIFY(alteredOne && removedOne);

        SimulatorProcess sim;
        QString error;
        QVERIFY2(sim.start(dir.filePath(QStringLiteral("registry.sqlite")), {}, &error), qPrintable(error));
        RegistryHttp http(RegistryEndpoint::create(sim.url()).value(), 5000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        auto engine = makeEngine(desk, http, files, 32 * 1024);
        QVERIFY(engine->recoverInterrupted().ok());
        for (int pass = 0; pass < 3; ++pass)
            engine->runPass();

        QCOMPARE(desk.outbox().value(QStringLiteral("synced")), qint64(2));
        QCOMPARE(desk.outbox().value(QStringLiteral("failed")), qint64(2));
        const QStringList reasons = desk.lastErrors();
        QVERIFY2(reasons.filter(QLatin1String(sync_error::AttachmentCorrupt)).size() == 1,
                 qPrintable(reasons.join('|')));
        QVERIFY2(reasons.filter(QLatin1String(sync_error::AttachmentMissing)).size() == 1,
                 qPrintable(reasons.join('|')));
        const QJsonObject stats = sim.stats();
        QCOMPARE(stats.value(QStringLiteral("dossiers")).toInteger(), qint64(2));
        QCOMPARE(stats.value(QStringLiteral("attachments")).toInteger(), qint64(2));
        QCOMPARE(stats.value(QStringLiteral("attachmentsPartial")).toInteger(), qint64(0)); // discarded on mismatch
    }
};

QTEST_GUILESS_MAIN(tst_SyncAttachments)
#include "tst_SyncAttachments.moc"
