#include "scan/BatchSpool.h"
#include "scan/DemoScannerBackend.h"
#include "scan/ScanBatch.h"
#include "scan/ScanJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace motcua;
using namespace motcua::scan;

// Batches end to end on the demo scanner: order, blank flags, errors that keep pages, spool recovery.
class TestScanBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static ScanSettings demoSettings(ScanSource source, int sheets, int delayMs = 0)
    {
        ScanSettings s;
        s.source = source;
        s.mode = ColorMode::Gray;
        s.resolution = 100;
        s.deviceOptions = {{QStringLiteral("sheets"), QString::number(sheets)},
                           {QStringLiteral("page-delay-ms"), QString::number(delayMs)}};
        return s;
    }

    static PipelineOptions gray()
    {
        PipelineOptions o;
        o.mode = ColorMode::Gray;
        return o;
    }

    static bool waitFinished(ScanBatch& batch, int ms = 20000)
    {
        if (batch.isFinished())
            return true;
        QSignalSpy spy(&batch, &ScanBatch::finished);
        return spy.wait(ms);
    }

    static double meanGray(const QImage& image)
    {
        const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
        qint64 sum = 0;
        for (int y = 0; y < g.height(); ++y)
            for (int x = 0; x < g.width(); ++x)
                sum += g.constScanLine(y)[x];
        return double(sum) / (qint64(g.width()) * g.height());
    }

private slots:
    void duplexBatchKeepsOrderAndFlagsBlankBacks()
    {
        DemoScannerBackend backend;
        ScanBatch batch(gray());
        std::unique_ptr<ScanJob> job(backend.scan(QStringLiteral("demo:feeder"), demoSettings(ScanSource::Duplex, 3)));
        QSignalSpy progress(job.get(), &ScanJob::pageProgressed);
        batch.attach(job.get());
        QVERIFY(waitFinished(batch));
        QVERIFY(!batch.scanError().isError());
        const auto pages = batch.pages();
        QCOMPARE(pages.size(), 6); // page count = sides of paper, blank backs included
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(pages[i].index, i);
            QCOMPARE(pages[i].backSide, i % 2 == 1);
            QCOMPARE(pages[i].blank, i % 2 == 1);
        }
        QVERIFY(progress.size() >= 6);

        const QString path = m_dir.filePath(QStringLiteral("duplex.pdf"));
        const Status saved = batch.writePdf(path, {}).result();
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 6);
        // In the file too: forms and blank backs alternate.
        for (int i = 0; i < 6; ++i) {
            const double mean = meanGray(doc->page(i)->renderToImage(30, 30));
            if (i % 2 == 1)
                QVERIFY2(mean > 250, qPrintable(QString::number(mean)));
            else
                QVERIFY2(mean < 248, qPrintable(QString::number(mean)));
        }
    }

    void jamKeepsPagesInTheSpool()
    {
        const QString root = m_dir.filePath(QStringLiteral("spool-jam"));
        auto spool = BatchSpool::create(root, {{QStringLiteral("mode"), QStringLiteral("gray")}});
        QVERIFY(spool.ok());
        DemoScannerBackend backend;
        ScanBatch batch(gray());
        batch.setSpool(spool.value());
        ScanSettings settings = demoSettings(ScanSource::Feeder, 5);
        settings.deviceOptions.insert(QStringLiteral("jam-after"), QStringLiteral("2"));
        std::unique_ptr<ScanJob> job(backend.scan(QStringLiteral("demo:feeder"), settings));
        batch.attach(job.get());
        QVERIFY(waitFinished(batch));
        QCOMPARE(batch.scanError().code(), ScanError::Jammed);
        QCOMPARE(batch.scanError().codeString(), QStringLiteral("scan.jammed"));
        QVERIFY(!batch.scanError().nextStep().isEmpty());
        QCOMPARE(batch.pages().size(), 2);
        QCOMPARE(spool->pageIndexes(), (QList<int>{0, 1}));
        QCOMPARE(BatchSpool::interrupted(root), QStringList{spool->directory()});

        // The official clears the jam; the two pages are written from the spool.
        ScanBatch recovered(gray());
        QVERIFY(recovered.recoverFrom(spool.value()).ok());
        QVERIFY(waitFinished(recovered));
        QCOMPARE(recovered.pages().size(), 2);
        const QString path = m_dir.filePath(QStringLiteral("jam.pdf"));
        QVERIFY(recovered.writePdf(path, {}).result().ok());
        QCOMPARE(Poppler::Document::load(path)->numPages(), 2);
        QVERIFY(BatchSpool::interrupted(root).isEmpty()); // written: nothing left to recover
    }

    void batchInterruptedByAppCrashIsRecovered()
    {
        const QString root = m_dir.filePath(QStringLiteral("spool-crash"));
        {
            // The "app" scans four pages, then dies before the PDF is written.
            auto spool = BatchSpool::create(root, {{QStringLiteral("device"), QStringLiteral("demo:feeder")}});
            QVERIFY(spool.ok());
            DemoScannerBackend backend;
            auto* batch = new ScanBatch(gray());
            batch->setSpool(spool.value());
            std::unique_ptr<ScanJob> job(
                backend.scan(QStringLiteral("demo:feeder"), demoSettings(ScanSource::Feeder, 4)));
            batch->attach(job.get());
            QVERIFY(waitFinished(*batch));
            delete batch;
            // A page that was being written when the power went: only its temporary file exists.
            QFile partial(spool->directory() + QStringLiteral("/page-0005.png.Xa1b2c3"));
            QVERIFY(partial.open(QIODevice::WriteOnly));
            partial.write("\x89PNG partial");
        }
        const QStringList interrupted = BatchSpool::interrupted(root);
        QCOMPARE(interrupted.size(), 1);
        auto spool = BatchSpool::open(interrupted.first());
        QVERIFY(spool.ok());
        QCOMPARE(spool->description().value(QStringLiteral("device")).toString(), QStringLiteral("demo:feeder"));
        QCOMPARE(spool->pageIndexes(), (QList<int>{0, 1, 2, 3}));
        auto page = spool->loadPage(2);
        QVERIFY(page.ok());
        QCOMPARE(page->dpi, 100);
        QCOMPARE(page->image.format(), QImage::Format_Grayscale8);

        ScanBatch batch(gray());
        QVERIFY(batch.recoverFrom(spool.value()).ok());
        QVERIFY(waitFinished(batch));
        const auto pages = batch.pages();
        QCOMPARE(pages.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pages[i].index, i);
        const QString path = m_dir.filePath(QStringLiteral("recovered.pdf"));
        QVERIFY(batch.writePdf(path, {}).result().ok());
        QCOMPARE(Poppler::Document::load(path)->numPages(), 4);
        QVERIFY(!QFile::exists(spool->directory()));
    }

    void cancelStopsQuicklyAndKeepsPages()
    {
        DemoScannerBackend backend;
        ScanBatch batch(gray());
        std::unique_ptr<ScanJob> job(
            backend.scan(QStringLiteral("demo:feeder"), demoSettings(ScanSource::Feeder, 10, 300)));
        batch.attach(job.get());
        QSignalSpy scanned(job.get(), &ScanJob::pageScanned);
        QVERIFY(scanned.wait(5000));
        QElapsedTimer timer;
        timer.start();
        job->cancel();
        QVERIFY(waitFinished(batch));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(batch.scanError().code(), ScanError::Cancelled);
        QVERIFY(batch.pages().size() >= 1 && batch.pages().size() < 10);
    }

    void deletingAJobMidScanIsSafe()
    {
        DemoScannerBackend backend;
        ScanJob* job = backend.scan(QStringLiteral("demo:feeder"), demoSettings(ScanSource::Feeder, 3, 100));
        QSignalSpy started(job, &ScanJob::pageStarted);
        QVERIFY(started.wait(5000));
        delete job; // the worker notices the cancel and its late reports are dropped
        QTest::qWait(300);
    }

    void unsupportedSourceAndEmptyFeeder()
    {
        DemoScannerBackend backend;
        std::unique_ptr<ScanJob> job(backend.scan(QStringLiteral("demo:flatbed"), demoSettings(ScanSource::Duplex, 1)));
        QSignalSpy finished(job.get(), &ScanJob::finished);
        QVERIFY(finished.wait(2000));
        QCOMPARE(job->error().code(), ScanError::Unsupported);

        job.reset(backend.scan(QStringLiteral("demo:feeder"), demoSettings(ScanSource::Feeder, 0)));
        QSignalSpy finished2(job.get(), &ScanJob::finished);
        QVERIFY(finished2.wait(2000));
        QCOMPARE(job->error().code(), ScanError::NoDocuments);
        QCOMPARE(job->pagesScanned(), 0);

        job.reset(backend.scan(QStringLiteral("demo:nothing"), demoSettings(ScanSource::Feeder, 1)));
        QSignalSpy finished3(job.get(), &ScanJob::finished);
        QVERIFY(finished3.wait(2000));
        QCOMPARE(job->error().code(), ScanError::DeviceGone);
    }
};

QTEST_MAIN(TestScanBatch)
#include "tst_ScanBatch.moc"
