// Figures for the scan pipeline at 300 dpi A4: per-stage and per-page milliseconds on one core, bytes per
// page for gray and colour forms, and how long after the last page of a 10-page batch the PDF is ready;
// with --ocr, what OCR into the text layer adds per page.
#include "scan/BorderCleaner.h"
#include "scan/DemoFormRenderer.h"
#include "scan/G4Encoder.h"
#include "scan/ImageRotator.h"
#include "scan/JpegEncoder.h"
#include "scan/PageAnalysis.h"
#include "scan/PageProcessor.h"
#include "scan/ScanBatch.h"
#include "scan/SkewDetector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>

using namespace motcua::scan;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

template <typename F>
double timeMs(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

void stages(const QImage& page)
{
    QList<double> down, skew, rot, clean, classify, g4, jpeg;
    for (int i = 0; i < 5; ++i) {
        QImage small, rotated;
        int threshold = 0;
        double angle = 0;
        down << timeMs([&] { small = PageAnalysis::downscale(PageAnalysis::toGray(page), 3); });
        skew << timeMs([&] {
            threshold = PageAnalysis::otsuThreshold(small);
            angle = SkewDetector::estimate(small, threshold).degrees;
        });
        rot << timeMs([&] { rotated = ImageRotator::rotate(page, -angle); });
        clean << timeMs([&] { BorderCleaner::clean(rotated, 150); });
        classify << timeMs([&] { PageProcessor::classify(rotated, ColorMode::Gray); });
        const QImage gray = PageAnalysis::toGray(rotated);
        g4 << timeMs([&] { G4Encoder::encode(gray, 150, 300); });
        jpeg << timeMs([&] { JpegEncoder::encode(gray, 60, 300); });
    }
    out << "  stages (median ms): downscale " << median(down) << ", skew search " << median(skew) << ", rotate "
        << median(rot) << ", borders " << median(clean) << ", classify " << median(classify) << ", G4 " << median(g4)
        << ", JPEG gray " << median(jpeg) << Qt::endl;
}

void perPage(const char* label, ColorMode mode, int pages)
{
    QList<double> ms;
    qint64 bytes = 0;
    QString encodings;
    for (int i = 0; i < pages; ++i) {
        const QImage upright = DemoFormRenderer::renderForm(i, PageSize::A4, 300, mode);
        ScannedPage page;
        page.index = i;
        page.dpi = 300;
        page.image = DemoFormRenderer::skewed(upright, DemoFormRenderer::demoSkewDegrees(i));
        PipelineOptions options;
        options.mode = mode;
        auto result = PageProcessor::process(page, options);
        if (!result) {
            out << "error: " << result.error().message << Qt::endl;
            return;
        }
        ms << result->processingMs;
        bytes += result->encoded.data.size();
        encodings = QString::fromLatin1(encodingName(result->encoded.encoding));
        if (i == 0 && mode == ColorMode::Gray)
            stages(page.image);
    }
    out << label << ": median " << median(ms) << " ms/page (one core), " << bytes / pages / 1024
        << " KB/page, encoding " << encodings << Qt::endl;
}

// OCR (--ocr): the same gray forms with the text layer on; OCR's own milliseconds and the words found. The
// first page includes loading the language data.
void ocrPerPage(int pages)
{
    QList<double> ocrMs, totalMs;
    qint64 words = 0;
    QString language;
    for (int i = 0; i < pages; ++i) {
        ScannedPage page;
        page.index = i;
        page.dpi = 300;
        page.image = DemoFormRenderer::skewed(DemoFormRenderer::renderForm(i, PageSize::A4, 300, ColorMode::Gray),
                                              DemoFormRenderer::demoSkewDegrees(i));
        PipelineOptions options;
        options.mode = ColorMode::Gray;
        options.ocr = true;
        auto result = PageProcessor::process(page, options);
        if (!result || !result->ocrWarning.isEmpty()) {
            out << "OCR error: " << (result ? result->ocrWarning : result.error().message) << Qt::endl;
            return;
        }
        if (i > 0) { // the first page loads the language data
            ocrMs << result->ocrMs;
            totalMs << result->processingMs;
        }
        words += result->encoded.words.size();
        language = result->ocrLanguage;
    }
    out << "gray + OCR (" << language << "): OCR median " << median(ocrMs) << " ms/page, page with OCR "
        << median(totalMs) << " ms (one page at a time), " << words / pages << " words/page" << Qt::endl;
}

// A 10-page batch arriving at scanner pace (one page every `intervalMs`), processed on the pool; figures:
// time from the last page's arrival to the PDF on disk.
void batch(int intervalMs, ColorMode mode)
{
    QList<ScannedPage> pages;
    for (int i = 0; i < 10; ++i) {
        ScannedPage p;
        p.index = i;
        p.dpi = 300;
        p.image = DemoFormRenderer::skewed(DemoFormRenderer::renderForm(i, PageSize::A4, 300, mode),
                                           DemoFormRenderer::demoSkewDegrees(i));
        pages << p;
    }
    QTemporaryDir dir;
    PipelineOptions options;
    options.mode = mode;
    ScanBatch b(options);
    auto spool = BatchSpool::create(dir.filePath(QStringLiteral("spool")), {});
    b.setSpool(spool.value());
    QEventLoop loop;
    int next = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (next < pages.size())
            b.addPage(pages[next++]);
        if (next == pages.size()) {
            timer.stop();
            b.endInput();
        }
    });
    QObject::connect(&b, &ScanBatch::finished, &loop, &QEventLoop::quit);
    timer.start(intervalMs);
    loop.exec();
    const QString path = dir.filePath(QStringLiteral("batch.pdf"));
    b.writePdf(path, {}).waitForFinished();
    out << "10-page " << toString(mode) << " batch, a page every " << intervalMs << " ms, spooled, "
        << QThreadPool::globalInstance()->maxThreadCount() << " worker(s): PDF ready " << b.msSinceLastArrival()
        << " ms after the last page, " << QFileInfo(path).size() / 1024 << " KB" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv); // fonts for the demo forms
    int pages = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--pages")); i > 0 && i + 1 < args.size())
        pages = args[i + 1].toInt();
    out.setRealNumberPrecision(1);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << "Scan pipeline, A4 300 dpi demo forms, skewed 0.3–2.1 degrees" << Qt::endl;
    if (args.contains(QStringLiteral("--ocr"))) {
        ocrPerPage(pages + 1);
        return 0;
    }
    perPage("gray  ", ColorMode::Gray, pages);
    perPage("colour", ColorMode::Color, pages);
    perPage("bw    ", ColorMode::BlackWhite, pages);
    batch(1000, ColorMode::Gray);
    batch(300, ColorMode::Gray);
    batch(1000, ColorMode::Color);
    return 0;
}
