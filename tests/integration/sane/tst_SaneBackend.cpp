#include "SaneEnvironment.h"
#include "scan/SaneBackend.h"
#include "scan/SaneProcessBackend.h"
#include "scan/ScanJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::scan;

// The SANE backend against the SANE `test` backend: discovery, option mapping, a 10-page feeder batch, error
// statuses (jam, no documents, cover open), cancel and progress on slow pages. Built twice: in-process
// (SaneBackend, integration_sane_backend) and through motcua-scan-worker as the desk and the CLI use it
// (SaneProcessBackend, integration_sane_backend_worker, with MOTCUA_SANE_VIA_WORKER).
class TestSaneBackend : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScannerBackend> m_backend;
    const QString m_device = QStringLiteral("test:0");

    static ScanSettings settings(ScanSource source, int dpi = 100)
    {
        ScanSettings s;
        s.source = source;
        s.mode = ColorMode::Gray;
        s.resolution = dpi;
        s.deviceOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
        // The test backend keeps option values across sane_close/sane_open within one process: reset the
        // fault-injection options every time so one test's jam does not leak into the next.
        s.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("Default"));
        s.deviceOptions.insert(QStringLiteral("read-delay"), QStringLiteral("no"));
        return s;
    }

    struct Outcome
    {
        ScanError error;
        QList<ScannedPage> pages;
        int progressReports = 0;
    };

    Outcome run(const ScanSettings& s, int timeoutMs = 30000)
    {
        std::unique_ptr<ScanJob> job(m_backend->scan(m_device, s));
        Outcome o;
        connect(job.get(), &ScanJob::pageScanned, this, [&o](const ScannedPage& p) { o.pages.append(p); });
        connect(job.get(), &ScanJob::pageProgressed, this, [&o](int, int) { ++o.progressReports; });
        QSignalSpy finished(job.get(), &ScanJob::finished);
        if (!finished.wait(timeoutMs))
            o.error = ScanError(ScanError::Internal, QStringLiteral("test timeout"));
        else
            o.error = job->error();
        return o;
    }

private slots:
    void initTestCase()
    {
        const QString problem = saneEnvironmentProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
#ifdef MOTCUA_SANE_VIA_WORKER
        SaneProcessBackend::Options options;
        options.workerPath = scanWorkerPath();
        m_backend = std::make_unique<SaneProcessBackend>(options);
#else
        m_backend = std::make_unique<SaneBackend>();
#endif
    }

    void discoversTestDevicesAndCaches()
    {
        auto future = m_backend->devices();
        future.waitForFinished();
        const auto devices = future.result();
        QVERIFY2(devices.ok(), qPrintable(devices.error().message));
        QStringList names;
        for (const auto& d : devices.value())
            names << d.name;
        QVERIFY2(names.contains(m_device), qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(devices->first().backend, QStringLiteral("sane"));
        // Second ask is answered from the cache, without a trip to the SANE thread.
        QVERIFY(m_backend->devices().isFinished());
    }

    void mapsTestBackendOptions()
    {
        const auto caps = m_backend->capabilities(m_device).result();
        QVERIFY2(caps.ok(), qPrintable(caps.error().message));
        QVERIFY(caps->supports(ScanSource::Flatbed));
        QVERIFY(caps->supports(ScanSource::Feeder));
        QVERIFY(!caps->supports(ScanSource::Duplex));
        QVERIFY(caps->supports(ColorMode::Color));
        QVERIFY(caps->fits(PageSize::A4)); // the private test.conf allows 300 mm
        QCOMPARE(caps->nearestResolution(300), 300);
    }

    void feederBatchOfTenThenEmpty()
    {
        QElapsedTimer t;
        t.start();
        const Outcome o = run(settings(ScanSource::Feeder));
        QVERIFY2(!o.error.isError(), qPrintable(o.error.detail()));
        QCOMPARE(o.pages.size(), 10); // the test backend's feeder holds 10 sheets, then NO_DOCS ends the batch
        for (int i = 0; i < o.pages.size(); ++i) {
            QCOMPARE(o.pages[i].index, i);
            QCOMPARE(o.pages[i].dpi, 100);
            QCOMPARE(o.pages[i].image.format(), QImage::Format_Grayscale8);
            QVERIFY(std::abs(o.pages[i].image.width() - 827) <= 2);   // 210 mm at 100 dpi
            QVERIFY(std::abs(o.pages[i].image.height() - 1169) <= 2); // 297 mm
        }
        // The grid picture came through: both black and white pixels.
        const QImage& img = o.pages.first().image;
        int black = 0;
        int white = 0;
        for (int x = 0; x < img.width(); ++x) {
            const int v = img.constScanLine(img.height() / 2)[x];
            black += v < 50;
            white += v > 200;
        }
        QVERIFY(black > 50 && white > 50);
        qInfo("10-page feeder batch at 100 dpi: %lld ms", t.elapsed());
    }

    void flatbedScansOnePageInColour()
    {
        ScanSettings s = settings(ScanSource::Flatbed, 75);
        s.mode = ColorMode::Color;
        s.pageSize = PageSize::A5;
        s.deviceOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Color pattern"));
        const Outcome o = run(s);
        QVERIFY2(!o.error.isError(), qPrintable(o.error.detail()));
        QCOMPARE(o.pages.size(), 1);
        QCOMPARE(o.pages.first().image.format(), QImage::Format_RGB888);
        QVERIFY(std::abs(o.pages.first().image.width() - 437) <= 2); // 148 mm at 75 dpi
    }

    void maxPagesStopsEarly()
    {
        ScanSettings s = settings(ScanSource::Feeder, 50);
        s.maxPages = 3;
        const Outcome o = run(s);
        QVERIFY(!o.error.isError());
        QCOMPARE(o.pages.size(), 3);
    }

#ifdef MOTCUA_SANE_VIA_WORKER
    // An immediate read error can leave the test backend's reader thread deadlocked in sane_cancel
    // (SaneDriver.cpp); in-process nothing recovers from that, so these cases exist in the worker build
    // only (integration_sane_backend_worker), where the watchdog replaces a stuck worker.
    void deviceStatusesBecomeTypedErrors_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("jammed") << QStringLiteral("SANE_STATUS_JAMMED") << int(ScanError::Jammed);
        QTest::newRow("no docs") << QStringLiteral("SANE_STATUS_NO_DOCS") << int(ScanError::NoDocuments);
        QTest::newRow("cover open") << QStringLiteral("SANE_STATUS_COVER_OPEN") << int(ScanError::CoverOpen);
        QTest::newRow("busy") << QStringLiteral("SANE_STATUS_DEVICE_BUSY") << int(ScanError::DeviceBusy);
        QTest::newRow("io") << QStringLiteral("SANE_STATUS_IO_ERROR") << int(ScanError::IoError);
    }

    void deviceStatusesBecomeTypedErrors()
    {
        QFETCH(QString, status);
        QFETCH(int, code);
        ScanSettings s = settings(ScanSource::Feeder, 50);
        s.deviceOptions.insert(QStringLiteral("read-return-value"), status);
        const Outcome o = run(s);
        QCOMPARE(int(o.error.code()), code);
        QVERIFY(o.pages.isEmpty());
        QVERIFY(!o.error.userMessage().isEmpty());
        QVERIFY(!o.error.nextStep().isEmpty());
    }

#endif

    void slowPagesReportProgressAndCancelQuickly()
    {
        ScanSettings s = settings(ScanSource::Feeder, 100);
        s.deviceOptions.insert(QStringLiteral("read-delay"), QStringLiteral("yes"));
        s.deviceOptions.insert(QStringLiteral("read-delay-duration"), QStringLiteral("40000"));
        s.deviceOptions.insert(QStringLiteral("read-limit"), QStringLiteral("yes"));
        s.deviceOptions.insert(QStringLiteral("read-limit-size"), QStringLiteral("65536"));
        std::unique_ptr<ScanJob> job(m_backend->scan(m_device, s));
        QList<int> percents;
        connect(job.get(), &ScanJob::pageProgressed, this, [&](int index, int percent) {
            if (index == 0)
                percents << percent;
        });
        QSignalSpy scanned(job.get(), &ScanJob::pageScanned);
        QSignalSpy finished(job.get(), &ScanJob::finished);
        QVERIFY(scanned.wait(20000)); // first slow page complete
        QVERIFY2(percents.size() >= 5, qPrintable(QString::number(percents.size())));
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));
        QCOMPARE(percents.last(), 100);

        QElapsedTimer t;
        t.start();
        job->cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(job->error().code(), ScanError::Cancelled);
        QVERIFY(job->pagesScanned() >= 1 && job->pagesScanned() < 10);

        // The device is usable again right after a cancel.
        const Outcome again = run(settings(ScanSource::Flatbed, 50));
        QVERIFY2(!again.error.isError(), qPrintable(again.error.detail()));
        QCOMPARE(again.pages.size(), 1);
    }

    void unknownDeviceIsGone()
    {
        const auto caps = m_backend->capabilities(QStringLiteral("test:99")).result();
        QVERIFY(!caps.ok());
        std::unique_ptr<ScanJob> job(m_backend->scan(QStringLiteral("test:99"), settings(ScanSource::Flatbed)));
        QSignalSpy finished(job.get(), &ScanJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->error().code(), ScanError::DeviceGone);
    }

    void badRawOptionIsInvalidInput()
    {
        ScanSettings s = settings(ScanSource::Flatbed, 50);
        s.deviceOptions.insert(QStringLiteral("no-such-option"), QStringLiteral("1"));
        const Outcome o = run(s);
        QCOMPARE(o.error.code(), ScanError::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSaneBackend)
#include "tst_SaneBackend.moc"
