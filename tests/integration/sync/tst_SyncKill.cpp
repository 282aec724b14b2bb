// The kill test: the syncing process is killed with SIGKILL at random moments, 50 times, then one
// clean run. The registry must hold every dossier exactly once and the desk's outbox must be empty:
// whatever was in flight when the process died is sent again and recognised as a repeat.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::sync::test;

class tst_SyncKill : public QObject
{
    Q_OBJECT
private slots:
    void killFiftyTimesThenFinish()
    {
        constexpr int kDossiers = 1200;
        constexpr int kWithAttachment = 150; // killed mid-upload too
        constexpr int kKills = 50;

        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QString error;
        QVERIFY2(desk.open(&error), qPrintable(error));
        QCOMPARE(desk.createDossiers(kDossiers - kWithAttachment).size(), kDossiers - kWithAttachment);
        QCOMPARE(desk.createDossiers(kWithAttachment, 24 * 1024).size(), kWithAttachment);

        // A little latency widens the windows in which a kill lands mid-request.
        SimulatorProcess sim;
        QVERIFY2(sim.start(dir.filePath(QStringLiteral("registry.sqlite")),
                           {QStringLiteral("--latency"), QStringLiteral("12")}, &error),
                 qPrintable(error));
        const QString helper = motcua::test::binaryPath(QStringLiteral("tests/bin/motcua-sync-pass-helper"));
        const QStringList args{desk.path(), sim.url().toString(), QStringLiteral("5"), QStringLiteral("2000"),
                               QStringLiteral("4096")};

        QRandomGenerator random(20261126);
        int killedRunning = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kKills; ++i) {
            QProcess process;
            process.start(helper, args);
            QVERIFY2(process.waitForStarted(5000), qPrintable(helper));
            QTest::qWait(int(random.bounded(40, 420)));
            if (process.state() == QProcess::Running) {
                ++killedRunning;
                process.kill(); // SIGKILL
            }
            QVERIFY(process.waitForFinished(5000));
        }
        const qint64 killPhaseMs = clock.elapsed();
        const qint64 pendingAfterKills = desk.pending();
        QVERIFY2(killedRunning >= kKills * 9 / 10,
                 qPrintable(QStringLiteral("only %1 kills hit a running pass").arg(killedRunning)));

        // The clean run (bounded: a few passes at most).
        int code = -1;
        for (int run = 0; run < 5 && code != 0; ++run) {
            const auto result = motcua::test::runProgram(helper, args, 60000);
            code = result.exitCode;
        }
        QCOMPARE(code, 0);
        QCOMPARE(desk.pending(), qint64(0));
        QCOMPARE(desk.outbox().value(QStringLiteral("synced")), qint64(kDossiers));
        QCOMPARE(desk.provisionalCodes(), 0);

        const QJsonObject stats = sim.stats();
        sim.stop();
        QCOMPARE(stats.value(QStringLiteral("dossiers")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("distinctOfficialCodes")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("events")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("idempotencyKeys")).toInteger(), qint64(kDossiers));
        QCOMPARE(stats.value(QStringLiteral("conflicts")).toInteger(), qint64(0));
        QCOMPARE(stats.value(QStringLiteral("attachments")).toInteger(), qint64(kWithAttachment));
        QCOMPARE(stats.value(QStringLiteral("attachmentsPartial")).toInteger(), qint64(0));
        qInfo("%d of %d kills hit a running pass in %lld ms; %lld entries were still pending after the kills; "
              "registry saw %lld deliveries, %lld duplicates",
              killedRunning, kKills, killPhaseMs, pendingAfterKills,
              stats.value(QStringLiteral("deliveries")).toInteger(),
              stats.value(QStringLiteral("duplicates")).toInteger());
    }
};

QTEST_GUILESS_MAIN(tst_SyncKill)
#include "tst_SyncKill.moc"
