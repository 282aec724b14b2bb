// Desk → motcua-registry-sim on 127.0.0.1 through every fault kind the simulator injects: afterwards the
// registry holds every dossier exactly once, the desk's outbox is empty and every provisional code was
// replaced by the official one.
#include "AttachmentSource.h"
#include "RegistryHttp.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::sync;
using namespace motcua::sync::test;

class tst_SyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void throughFault_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("injected"); // the simulator's counter that must be > 0
        QTest::addColumn<qint64>("attachmentBytes");
        const QStringList seed{QStringLiteral("--seed"), QStringLiteral("11")};
        QTest::newRow("latency") << (QStringList{"--latency", "40"} + seed) << "" << qint64(0);
        QTest::newRow("http 500") << (QStringList{"--error-rate", "0.3"} + seed) << "error500" << qint64(0);
        QTest::newRow("429 retry-after") << (QStringList{"--throttle-rate", "0.3", "--retry-after", "0"} + seed)
                                         << "throttle429" << qint64(0);
        QTest::newRow("503 retry-after") << (QStringList{"--unavailable-rate", "0.3", "--retry-after", "0"} + seed)
                                         << "unavailable503" << qint64(0);
        QTest::newRow("reset before commit")
            << (QStringList{"--reset-before-commit", "0.3"} + seed) << "resetBeforeCommit" << qint64(0);
        QTest::newRow("reset after commit")
            << (QStringList{"--reset-after-commit", "0.3"} + seed) << "resetAfterCommit" << qint64(0);
        QTest::newRow("duplicate delivery")
            << (QStringList{"--duplicate-rate", "0.5"} + seed) << "duplicate" << qint64(0);
        QTest::newRow("malformed bodies")
            << (QStringList{"--malformed-rate", "0.3"} + seed) << "malformed" << qint64(0);
        QTest::newRow("redirects") << (QStringList{"--redirect-rate", "0.3"} + seed) << "redirect" << qint64(0);
        QTest::newRow("slow attachment uploads")
            << (QStringList{"--upload-rate", "2000000"} + seed) << "" << qint64(96 * 1024);
        QTest::newRow("everything at once")
            << (QStringList{"--error-rate", "0.05", "--throttle-rate", "0.05", "--retry-after", "0",
                            "--reset-before-commit", "0.05", "--reset-after-commit", "0.05", "--duplicate-rate", "0.1",
                            "--malformed-rate", "0.05", "--latency", "10"} +
                seed)
            << "" << qint64(64 * 1024);
    }

    void throughFault()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, injected);
        QFETCH(qint64, attachmentBytes);
        constexpr int kDossiers = 40;

        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QString error;
        QVERIFY2(desk.open(&error), qPrintable(error));
        const QStringList uuids = desk.createDossiers(kDossiers, attachmentBytes);
        QCOMPARE(uuids.size(), kDossiers);
        QCOMPARE(desk.provisionalCodes(), kDossiers);

        SimulatorProcess sim;
        QVERIFY2(sim.start(dir.filePath(QStringLiteral("registry.sqlite")), options, &error), qPrintable(error));
        auto endpoint = RegistryEndpoint::create(sim.url());
        QVERIFY(endpoint.ok());
        RegistryHttp http(endpoint.value(), 3000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        SyncOptions syncOptions;
        syncOptions.batchSize = 8;
        syncOptions.chunkBytes = 32 * 1024;
        SyncEngine engine(desk.db(), http, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files, syncOptions);
        QVERIFY(engine.recoverInterrupted().ok());

        int passes = 0;
        const PassReport total = drain(engine, desk.db(), 400, &passes);
        QVERIFY2(desk.pending() == 0, qPrintable(QStringLiteral("still pending after %1 passes: %2; last error %3")
                                                     .arg(passes)
                                                     .arg(desk.pending())
                                                     .arg(total.error.code)));
        QVERIFY2(total.completed(), qPrintable(total.error.code + QLatin1Char(' ') + total.error.message));
        QCOMPARE(desk.outbox().value(QStringLiteral("synced")), qint64(kDossiers));
        QCOMPARE(desk.provisionalCodes(), 0);

        const QJsonObject stats = sim.stats();
        const QJsonObject faults = sim.stop();
        QCOMPARE(stats.value(QStringLiteral("dossiers")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("distinctOfficialCodes")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("events")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("idempotencyKeys")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("dossiersWithSequenceGaps")).toInteger(), qint64(0));
        QCOMPARE(stats.value(QStringLiteral("conflicts")).toInteger(), qint64(0));
        if (attachmentBytes > 0) {
            QCOMPARE(stats.value(QStringLiteral("attachments")).toInteger(), qint64(kDossiers));
            QCOMPARE(stats.value(QStringLiteral("attachmentBytes")).toInteger(), kDossiers * attachmentBytes);
        }
        if (!injected.isEmpty())
            QVERIFY2(faults.value(injected).toInteger() > 0,
                     qPrintable(QStringLiteral("fault %1 never happened: %2")
                                    .arg(injected, QString::fromUtf8(QJsonDocument(faults).toJson()))));
        qInfo().noquote() << QTest::currentDataTag() << "passes" << passes << "sent" << total.sent << "duplicates"
                          << total.duplicates << "failed" << total.failed << "faults"
                          << QJsonDocument(faults).toJson(QJsonDocument::Compact);
    }
};

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_SyncFaults.moc"
