#include "SaneEnvironment.h"
#include "scan/SaneBackend.h"
#include "scan/SaneProcessBackend.h"
#include "scan/ScanJob.h"
#include "scan/ScanWorkerProtocol.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace motcua;
using namespace motcua::scan;

// SANE in motcua-scan-worker, on the SANE `test` backend: a feeder batch and a cancel through the worker, and
// the watchdog's cases — the worker killed with SIGKILL mid-batch, a worker that hangs mid-batch or after a
// cancel, a garbage frame, a chatty backend on stdout, a missing worker, jams that may leave the driver stuck
// in sane_cancel. Faults are injected with MOTCUA_SCAN_WORKER_FAULT, which only the worker reads.
class TestSaneWorker : public QObject
{
    Q_OBJECT

    const QString m_device = QStringLiteral("test:0");

    static std::unique_ptr<SaneProcessBackend> backend(ScanWorkerTimings timings = {})
    {
        SaneProcessBackend::Options options;
        options.workerPath = scanWorkerPath();
        options.timings = timings;
        return std::make_unique<SaneProcessBackend>(options);
    }

    // Starts the backend's worker with `fault` in its environment; later workers start without it.
    static void startWorkerWithFault(SaneProcessBackend& b, const QByteArray& fault)
    {
        qputenv(worker::kFaultVariable, fault);
        auto caps = b.capabilities(QStringLiteral("test:0"));
        caps.waitForFinished();
        qunsetenv(worker::kFaultVariable);
        QVERIFY2(caps.result().ok(), qPrintable(caps.result().error().message));
        QVERIFY(b.workerPid() > 0);
    }

    static ScanSettings settings(ScanSource source, int dpi = 100)
    {
        ScanSettings s;
        s.source = source;
        s.mode = ColorMode::Gray;
        s.resolution = dpi;
        s.deviceOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
        s.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("Default"));
        s.deviceOptions.insert(QStringLiteral("read-delay"), QStringLiteral("no"));
        return s;
    }

    // About 0.6 s per page: 15 reads of 64 KiB, 40 ms apart.
    static ScanSettings slowFeeder()
    {
        ScanSettings s = settings(ScanSource::Feeder, 100);
        s.deviceOptions.insert(QStringLiteral("read-delay"), QStringLiteral("yes"));
        s.deviceOptions.insert(QStringLiteral("read-delay-duration"), QStringLiteral("40000"));
        s.deviceOptions.insert(QStringLiteral("read-limit"), QStringLiteral("yes"));
        s.deviceOptions.insert(QStringLiteral("read-limit-size"), QStringLiteral("65536"));
        return s;
    }

    struct Run
    {
        std::unique_ptr<ScanJob> job;
        QList<ScannedPage> pages;
        int progress = 0;
        std::unique_ptr<QSignalSpy> finished;
    };

    std::unique_ptr<Run> start(SaneProcessBackend& b, const ScanSettings& s)
    {
        auto run = std::make_unique<Run>();
        run->job.reset(b.scan(m_device, s));
        connect(run->job.get(), &ScanJob::pageScanned, this, [r = run.get()](const ScannedPage& p) { r->pages << p; });
        connect(run->job.get(), &ScanJob::pageProgressed, this, [r = run.get()](int, int) { ++r->progress; });
        run->finished = std::make_unique<QSignalSpy>(run->job.get(), &ScanJob::finished);
        return run;
    }

    // A quick flatbed page: the backend works (again).
    void expectWorkingScan(SaneProcessBackend& b)
    {
        auto run = start(b, settings(ScanSource::Flatbed, 50));
        QVERIFY(run->finished->wait(20000));
        QVERIFY2(!run->job->error().isError(), qPrintable(run->job->error().detail()));
        QCOMPARE(run->pages.size(), 1);
    }

    static bool processGone(qint64 pid) { return ::kill(pid_t(pid), 0) != 0; }

private slots:
    void initTestCase()
    {
        const QString problem = saneEnvironmentProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(QFile::exists(scanWorkerPath()), qPrintable(scanWorkerPath()));
        qunsetenv(worker::kFaultVariable);
    }

    void feederBatchThroughTheWorker()
    {
        auto b = backend();
        QCOMPARE(b->workerPid(), 0); // started on first use only
        auto run = start(*b, settings(ScanSource::Feeder, 100));
        QVERIFY(run->finished->wait(30000));
        QVERIFY2(!run->job->error().isError(), qPrintable(run->job->error().detail()));
        QCOMPARE(run->pages.size(), 10);
        QCOMPARE(run->job->pagesScanned(), 10);
        for (int i = 0; i < run->pages.size(); ++i) {
            QCOMPARE(run->pages[i].index, i);
            QCOMPARE(run->pages[i].image.format(), QImage::Format_Grayscale8);
            QVERIFY(std::abs(run->pages[i].image.width() - 827) <= 2);
            QVERIFY(std::abs(run->pages[i].image.height() - 1169) <= 2);
        }
        QVERIFY(run->progress >= 10);
        const qint64 pid = b->workerPid();
        QVERIFY(pid > 0 && pid != qint64(::getpid()));
        QCOMPARE(b->workerStarts(), 1);

        // Closing the backend ends the worker (no orphan left behind).
        b.reset();
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void costOfTheProcessHop()
    {
        // The same 10-page 300 dpi gray batch (8.7 MB a page) in-process and through the worker (already
        // started), best of three each. Printed, not judged: a real scanner needs seconds per page.
        auto timeBatch = [this](ScannerBackend& b) {
            qint64 best = -1;
            for (int round = 0; round < 3; ++round) {
                QElapsedTimer t;
                t.start();
                std::unique_ptr<ScanJob> job(b.scan(m_device, settings(ScanSource::Feeder, 300)));
                QSignalSpy finished(job.get(), &ScanJob::finished);
                if (!finished.wait(60000) || job->error().isError() || job->pagesScanned() != 10)
                    return qint64(-1);
                best = best < 0 ? t.elapsed() : qMin(best, t.elapsed());
            }
            return best;
        };
        SaneBackend inProcess;
        const qint64 direct = timeBatch(inProcess);
        auto b = backend();
        startWorkerWithFault(*b, {});
        const qint64 viaWorker = timeBatch(*b);
        QVERIFY(direct > 0 && viaWorker > 0);
        qInfo("10 pages at 300 dpi gray: %lld ms in-process, %lld ms through motcua-scan-worker", direct, viaWorker);
    }

    void cancelMidBatchKeepsTheWorker()
    {
        auto b = backend();
        auto run = start(*b, slowFeeder());
        QTRY_VERIFY_WITH_TIMEOUT(run->pages.size() >= 1, 20000);
        QElapsedTimer t;
        t.start();
        run->job->cancel();
        QVERIFY(run->finished->wait(5000));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(run->job->error().code(), ScanError::Cancelled);
        QVERIFY(run->pages.size() >= 1 && run->pages.size() < 10);
        expectWorkingScan(*b);
        QCOMPARE(b->workerStarts(), 1);
    }

    void sigkillMidBatchKeepsPagesAndRestarts()
    {
        auto b = backend();
        auto run = start(*b, slowFeeder());
        QTRY_VERIFY_WITH_TIMEOUT(run->pages.size() >= 2, 20000);
        const qint64 pid = b->workerPid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(run->finished->wait(5000));
        const ScanError error = run->job->error();
        QCOMPARE(error.code(), ScanError::DriverStopped);
        QCOMPARE(error.codeString(), QStringLiteral("scan.driver_stopped"));
        QVERIFY2(error.detail().contains(QLatin1String("crashed")), qPrintable(error.detail()));
        QVERIFY(!error.userMessage().isEmpty() && !error.nextStep().isEmpty());
        // The pages that arrived before the kill are kept, and the job says so.
        QCOMPARE(run->pages.size(), 2);
        QCOMPARE(run->job->pagesScanned(), 2);
        QCOMPARE(run->pages[1].index, 1);
        QVERIFY(!run->pages[1].image.isNull());

        expectWorkingScan(*b);
        QCOMPARE(b->workerStarts(), 2);
        QVERIFY(b->workerPid() != pid);
    }

    void workerHangingAfterCancelIsKilled()
    {
        ScanWorkerTimings timings;
        timings.cancelGraceMs = 1000;
        auto b = backend(timings);
        startWorkerWithFault(*b, "hang-on-cancel");
        const qint64 pid = b->workerPid();
        auto run = start(*b, slowFeeder());
        QTRY_VERIFY_WITH_TIMEOUT(run->pages.size() >= 1, 20000);
        QElapsedTimer t;
        t.start();
        run->job->cancel();
        QVERIFY(run->finished->wait(5000));
        QVERIFY2(t.elapsed() >= 900 && t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        const ScanError error = run->job->error();
        QCOMPARE(error.code(), ScanError::DriverStopped);
        QVERIFY2(error.detail().contains(QLatin1String("after cancel")), qPrintable(error.detail()));
        QVERIFY(run->pages.size() >= 1);
        QCOMPARE(run->job->pagesScanned(), run->pages.size());
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 3000);

        expectWorkingScan(*b);
        QCOMPARE(b->workerStarts(), 2);
    }

    void workerHangingMidBatchIsKilled()
    {
        ScanWorkerTimings timings;
        timings.scanSilenceMs = 1500;
        auto b = backend(timings);
        startWorkerWithFault(*b, "hang-after-page=2");
        const qint64 pid = b->workerPid();
        auto run = start(*b, settings(ScanSource::Feeder, 50));
        QVERIFY(run->finished->wait(10000));
        const ScanError error = run->job->error();
        QCOMPARE(error.code(), ScanError::DriverStopped);
        QVERIFY2(error.detail().contains(QLatin1String("stopped answering")), qPrintable(error.detail()));
        QCOMPARE(run->pages.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 3000);

        expectWorkingScan(*b);
    }

    void garbageFrameStopsTheWorker()
    {
        auto b = backend();
        startWorkerWithFault(*b, "garbage-after-page=3");
        const qint64 pid = b->workerPid();
        auto run = start(*b, settings(ScanSource::Feeder, 50));
        QVERIFY(run->finished->wait(10000));
        const ScanError error = run->job->error();
        QCOMPARE(error.code(), ScanError::DriverStopped);
        QVERIFY2(error.detail().contains(QLatin1String("unreadable")), qPrintable(error.detail()));
        QCOMPARE(run->pages.size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 3000);

        expectWorkingScan(*b);
        QCOMPARE(b->workerStarts(), 2);
    }

    void backendPrintingOnStdoutDoesNotBreakFrames()
    {
        auto b = backend();
        startWorkerWithFault(*b, "stdout-noise");
        expectWorkingScan(*b);
        QCOMPARE(b->workerStarts(), 1);
    }

    void driverStuckReleasingTheDeviceIsRestarted()
    {
        // The worker answers the jam but never goes idle (as when sane_cancel deadlocks): the jam arrives at
        // once, and the next request waits for the release grace, then runs on a fresh worker.
        ScanWorkerTimings timings;
        timings.releaseGraceMs = 1000;
        auto b = backend(timings);
        startWorkerWithFault(*b, "stuck-release");
        const qint64 pid = b->workerPid();
        ScanSettings s = settings(ScanSource::Feeder, 50);
        s.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_JAMMED"));
        QElapsedTimer t;
        t.start();
        auto jam = start(*b, s);
        QVERIFY(jam->finished->wait(5000));
        QCOMPARE(jam->job->error().code(), ScanError::Jammed);
        QVERIFY2(t.elapsed() < 900, qPrintable(QString::number(t.elapsed())));
        t.restart();
        expectWorkingScan(*b);
        QVERIFY2(t.elapsed() >= 900, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(b->workerStarts(), 2);
        QVERIFY(processGone(pid));
        QCOMPARE(jam->job->error().code(), ScanError::Jammed); // the finished job is not touched
    }

    void jamsEndPromptlyEvenWhenTheDriverSticks()
    {
        // After an immediate read error the test backend sometimes deadlocks in sane_cancel (SaneDriver.cpp).
        // The jam must still arrive at once with the pages, and the next scan must work: either the worker
        // released the device or it was restarted after the release grace.
        ScanWorkerTimings timings;
        timings.releaseGraceMs = 1500;
        auto b = backend(timings);
        for (int i = 0; i < 12; ++i) {
            ScanSettings s = settings(ScanSource::Feeder, 50);
            s.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_JAMMED"));
            QElapsedTimer t;
            t.start();
            auto run = start(*b, s);
            QVERIFY(run->finished->wait(10000));
            QCOMPARE(run->job->error().code(), ScanError::Jammed);
            QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        }
        expectWorkingScan(*b);
        qInfo("12 jams needed %d worker(s)", b->workerStarts());
    }

    void deletingARunningJobCancelsIt()
    {
        auto b = backend();
        auto run = start(*b, slowFeeder());
        QTRY_VERIFY_WITH_TIMEOUT(run->pages.size() >= 1, 20000);
        run->job.reset(); // the official closed the page mid-batch
        expectWorkingScan(*b);
        QCOMPARE(b->workerStarts(), 1);
    }

    void missingWorkerIsAClearError()
    {
        SaneProcessBackend::Options options;
        options.workerPath = QStringLiteral("/nonexistent/motcua-scan-worker");
        SaneProcessBackend b(options);
        auto devices = b.devices();
        devices.waitForFinished();
        QVERIFY(!devices.result().ok());
        QCOMPARE(devices.result().error().code, QStringLiteral("scan.driver_stopped"));
        QVERIFY2(devices.result().error().message.contains(QLatin1String("not found")),
                 qPrintable(devices.result().error().message));
        std::unique_ptr<ScanJob> job(b.scan(m_device, settings(ScanSource::Flatbed)));
        QSignalSpy finished(job.get(), &ScanJob::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->error().code(), ScanError::DriverStopped);
    }

    void discoveryIsCachedOnTheDeskSide()
    {
        auto b = backend();
        auto first = b->devices();
        first.waitForFinished();
        QVERIFY2(first.result().ok(), qPrintable(first.result().error().message));
        // The worker crashing does not forget what was found, and asking again needs no worker.
        QCOMPARE(::kill(pid_t(b->workerPid()), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(b->workerPid(), 0, 3000);
        QVERIFY(b->devices().isFinished());
        QCOMPARE(b->workerStarts(), 1);
        // A refresh does start a new one.
        auto refreshed = b->devices(true);
        refreshed.waitForFinished();
        QVERIFY(refreshed.result().ok());
        QCOMPARE(b->workerStarts(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSaneWorker)
#include "tst_SaneWorker.moc"
