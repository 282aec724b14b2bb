// motcua-cli scan: list scanners, scan a batch into one PDF/A-2b file, run the same page pipeline on image
// files, or recover an interrupted batch from its spool folder.
#include "CliCommand.h"
#include "Database.h"
#include "FileStore.h"
#include "StorageError.h"
#include "scan/BatchSpool.h"
#include "scan/DemoScannerBackend.h"
#include "scan/SaneProcessBackend.h"
#include "scan/ScanBatch.h"
#include "scan/ScanJob.h"
#include "scan/ocr/TextRecognizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <memory>

using namespace motcua;
using namespace motcua::cli;
using namespace motcua::scan;

namespace {

QJsonObject deviceJson(const ScannerDevice& d)
{
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("vendor"), d.vendor},
            {QStringLiteral("model"), d.model},
            {QStringLiteral("type"), d.type},
            {QStringLiteral("backend"), d.backend}};
}

int listDevices(CliInvocation& inv, bool json, bool refresh)
{
    SaneProcessBackend sane; // SANE runs in motcua-scan-worker, found next to this program
    auto result = sane.devices(refresh).result();
    QList<ScannerDevice> devices = DemoScannerBackend::deviceList();
    QString warning;
    if (result)
        devices = result.value() + devices;
    else
        warning = result.error().message;
    if (json) {
        QJsonArray array;
        for (const auto& d : devices)
            array.append(deviceJson(d));
        QJsonObject o{{QStringLiteral("devices"), array}};
        if (!warning.isEmpty())
            o.insert(QStringLiteral("warning"), warning);
        inv.printJson(o);
    } else {
        for (const auto& d : devices)
            inv.out() << d.name << "\t" << d.vendor << " " << d.model << " (" << d.type << ")\n";
        if (!warning.isEmpty())
            inv.err() << "SANE: " << warning << "\n";
        inv.out().flush();
    }
    return ExitOk;
}

// The resolution of an image file: its own when plausible for a paper page, else what fits it on A4.
int imageDpi(const QImage& image, int requested)
{
    if (requested > 0)
        return requested;
    const int fileDpi = int(image.dotsPerMeterX() * 0.0254 + 0.5);
    if (fileDpi >= 50 && image.width() * 25.4 / fileDpi <= 450 && image.height() * 25.4 / fileDpi <= 450)
        return fileDpi;
    return qMax(50, int(qMax(image.width() / 8.27, image.height() / 11.69) + 0.5));
}

QJsonObject pageJson(const ProcessedPage& p)
{
    return {{QStringLiteral("page"), p.index + 1},
            {QStringLiteral("encoding"), QString::fromLatin1(encodingName(p.encoded.encoding))},
            {QStringLiteral("bytes"), p.encoded.data.size()},
            {QStringLiteral("widthPx"), p.encoded.width},
            {QStringLiteral("heightPx"), p.encoded.height},
            {QStringLiteral("dpi"), p.encoded.dpi},
            {QStringLiteral("skewDegrees"), qRound(p.skewDegrees * 100) / 100.0},
            {QStringLiteral("blank"), p.blank},
            {QStringLiteral("backSide"), p.backSide},
            {QStringLiteral("ms"), qRound(p.processingMs * 10) / 10.0},
            {QStringLiteral("ocrMs"), qRound(p.ocrMs * 10) / 10.0},
            {QStringLiteral("ocrWords"), int(p.encoded.words.size())}};
}

// Waits for the batch, writes the PDF and reports. Shared by scanning, image files and recovery.
int finish(CliInvocation& inv, ScanBatch& batch, const QString& out, const QString& title, bool json,
           QJsonObject report, const QElapsedTimer& total)
{
    if (!batch.isFinished()) {
        QEventLoop loop;
        QObject::connect(&batch, &ScanBatch::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const ScanError& error = batch.scanError();
    const QList<ProcessedPage> pages = batch.pages();
    const QString spoolDir = batch.spool() ? batch.spool()->directory() : QString();
    if (!batch.pageErrors().isEmpty())
        return inv.failed(QStringLiteral("page processing failed (%1): %2")
                              .arg(batch.pageErrors().first().code, batch.pageErrors().first().message));
    if (error.isError()) {
        if (pages.isEmpty()) {
            if (batch.spool())
                batch.spool()->remove();
            return inv.failed(QStringLiteral("%1 (%2): %3 %4")
                                  .arg(error.userMessage(), error.codeString(), error.detail(), error.nextStep()));
        }
        // Never a PDF with fewer pages than the paper without the official deciding: keep them for recovery.
        return inv.failed(QStringLiteral("%1 (%2) after %3 page(s): %4; the pages are kept in %5 — "
                                         "write them with: motcua-cli scan --recover %5 --out FILE.pdf")
                              .arg(error.userMessage(), error.codeString())
                              .arg(pages.size())
                              .arg(error.detail(), spoolDir));
    }
    if (pages.isEmpty())
        return inv.failed(QStringLiteral("no page was scanned"));

    PdfAWriter::Metadata meta;
    meta.title = title;
    QElapsedTimer pdfTimer;
    pdfTimer.start();
    const Status saved = batch.writePdf(out, meta).result();
    if (!saved)
        return inv.failed(QStringLiteral("%1: %2").arg(saved.error().code, saved.error().message));
    const qint64 readyMs = batch.msSinceLastArrival();

    double msSum = 0;
    QJsonArray pageArray;
    QJsonArray blanks;
    for (const ProcessedPage& p : pages) {
        msSum += p.processingMs;
        pageArray.append(pageJson(p));
        if (p.blank)
            blanks.append(p.index + 1);
    }
    const qint64 bytes = QFileInfo(out).size();
    const double msPerPage = msSum / pages.size();
    report.insert(QStringLiteral("out"), QFileInfo(out).absoluteFilePath());
    report.insert(QStringLiteral("pages"), int(pages.size()));
    report.insert(QStringLiteral("bytes"), bytes);
    report.insert(QStringLiteral("bytesPerPage"), qint64(bytes / pages.size()));
    report.insert(QStringLiteral("msPerPage"), qRound(msPerPage * 10) / 10.0);
    report.insert(QStringLiteral("readyMsAfterLastPage"), readyMs);
    report.insert(QStringLiteral("totalMs"), total.elapsed());
    report.insert(QStringLiteral("blankPages"), blanks);
    report.insert(QStringLiteral("pageDetails"), pageArray);
    report.insert(QStringLiteral("pdfa"), QStringLiteral("2b"));
    // OCR: which language data read the pages, and why not the one asked for.
    QStringList ocrWarnings;
    QString ocrLanguage;
    for (const ProcessedPage& p : pages) {
        if (!p.ocrWarning.isEmpty() && !ocrWarnings.contains(p.ocrWarning))
            ocrWarnings.append(p.ocrWarning);
        if (ocrLanguage.isEmpty())
            ocrLanguage = p.ocrLanguage;
    }
    if (!ocrLanguage.isEmpty())
        report.insert(QStringLiteral("ocrLanguage"), ocrLanguage);
    if (!ocrWarnings.isEmpty())
        report.insert(QStringLiteral("ocrWarnings"), QJsonArray::fromStringList(ocrWarnings));
    for (const QString& warning : std::as_const(ocrWarnings))
        inv.err() << "OCR: " << warning << Qt::endl;
    if (json) {
        inv.printJson(report);
    } else {
        inv.out() << "Wrote " << out << ": " << pages.size() << " page(s), " << bytes / 1024 << " KB, "
                  << qRound(msPerPage) << " ms per page";
        if (!blanks.isEmpty()) {
            QStringList list;
            for (const auto& b : blanks)
                list << QString::number(b.toInt());
            inv.out() << "; possibly blank (kept, check them): " << list.join(QStringLiteral(", "));
        }
        inv.out() << Qt::endl;
    }
    return ExitOk;
}

// The data key of the profile named by --db seals the spool, as the desk does; without --db there is no
// profile and so no key, and the spool is written as it is (docs/SECURITY.md).
int openSpoolSealer(CliInvocation& inv, const QString& path, std::unique_ptr<Database>& db,
                    std::shared_ptr<const FileSealer>& sealer)
{
    if (path.isEmpty())
        return -1;
    DatabaseOptions options;
    options.create = false;
    auto opened = Database::open(path, options);
    if (!opened)
        return inv.cannotOpenDatabase(opened.error());
    db = std::move(opened).value();
    sealer = FileStore::defaultSealer(*db);
    return -1;
}

int run(CliInvocation& inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scan paper into one PDF/A-2b file, or run the same page pipeline on image files.\n"
        "  motcua-cli scan list [--refresh] [--json]\n"
        "  motcua-cli scan --device NAME [--source flatbed|adf|duplex] [--mode color|gray|bw] [--resolution N]\n"
        "                  [--page-size a4|a5|a3] [--pages N] [--option NAME=VALUE]... [--ocr] --out FILE.pdf "
        "[--json]\n"
        "  motcua-cli scan --from-images IMG... [--mode color|gray|bw] [--resolution N] [--ocr] --out FILE.pdf "
        "[--json]\n"
        "  motcua-cli scan --recover SPOOL_DIR --out FILE.pdf [--json]   (or --recover list)\n"
        "With --db FILE the spool is encrypted with that profile's data key (and a spool so encrypted needs it).\n"
        "Exit codes: 0 written, 1 scanner or write failure (scanned pages kept in the spool), 2 bad input."));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Scanner name from `scan list`."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("flatbed, adf or duplex."),
                                    QStringLiteral("SOURCE"), QStringLiteral("flatbed"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("color, gray or bw."), QStringLiteral("MODE"));
    const QCommandLineOption resolution(QStringLiteral("resolution"), QStringLiteral("Dots per inch (50–1200)."),
                                        QStringLiteral("N"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("a4, a5 or a3."),
                                      QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("Stop after N pages."), QStringLiteral("N"));
    const QCommandLineOption option(QStringLiteral("option"),
                                    QStringLiteral("Raw driver option NAME=VALUE (repeatable), e.g. for diagnostics."),
                                    QStringLiteral("NAME=VALUE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF file to write."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption fromImages(QStringLiteral("from-images"),
                                        QStringLiteral("Take the pages from the image files given as arguments."));
    const QCommandLineOption recover(QStringLiteral("recover"),
                                     QStringLiteral("Write the pages of an interrupted batch, or `list` them."),
                                     QStringLiteral("SPOOL_DIR"));
    const QCommandLineOption spoolRoot(QStringLiteral("spool"), QStringLiteral("Spool folder for batches."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Document title in the PDF metadata."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption keepGray(QStringLiteral("keep-gray"),
                                      QStringLiteral("Never turn plain text pages into black-and-white G4."));
    const QCommandLineOption refresh(QStringLiteral("refresh"), QStringLiteral("Ask the drivers again (list)."));
    const QCommandLineOption ocr(QStringLiteral("ocr"),
                                 QStringLiteral("Recognise the text (Tesseract, Vietnamese) into an invisible, "
                                                "searchable text layer. Off by default; seconds per page."));
    const QCommandLineOption ocrLanguage(QStringLiteral("ocr-language"),
                                         QStringLiteral("Tesseract language for --ocr (default vie)."),
                                         QStringLiteral("LANG"), QStringLiteral("vie"));
    parser.addOptions({device, source, mode, resolution, pageSize, pages, option, out, fromImages, recover, spoolRoot,
                       title, keepGray, refresh, ocr, ocrLanguage, CliInvocation::databaseOption()});
    parser.addPositionalArgument(QStringLiteral("list|IMG"),
                                 QStringLiteral("`list`, or image files with --from-images."));
    const int parsed = inv.parse(parser, QStringList{QStringLiteral("scan")} + inv.arguments(),
                                 QStringLiteral("motcua-cli scan --device test:0 --source adf --mode gray "
                                                "--resolution 300 --out to-khai.pdf --json"));
    if (parsed >= 0)
        return parsed;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    QElapsedTimer total;
    total.start();

    if (!positional.isEmpty() && positional.first() == QLatin1String("list") && !parser.isSet(fromImages))
        return listDevices(inv, json, parser.isSet(refresh));

    const QString spoolDir = parser.isSet(spoolRoot) ? parser.value(spoolRoot) : BatchSpool::defaultRoot();
    std::unique_ptr<Database> db;
    std::shared_ptr<const FileSealer> sealer;
    if (const int exit = openSpoolSealer(inv, parser.value(CliInvocation::databaseOption()), db, sealer); exit >= 0)
        return exit;
    if (parser.isSet(recover) && parser.value(recover) == QLatin1String("list")) {
        const QStringList batches = BatchSpool::interrupted(spoolDir);
        if (json) {
            QJsonArray array;
            for (const QString& dir : batches) {
                auto spool = BatchSpool::open(dir, sealer);
                array.append(QJsonObject{{QStringLiteral("spool"), dir},
                                         {QStringLiteral("pages"), spool ? int(spool->pageIndexes().size()) : 0},
                                         {QStringLiteral("batch"), spool ? spool->description() : QJsonObject()}});
            }
            inv.printJson(QJsonObject{{QStringLiteral("interrupted"), array}});
        } else {
            for (const QString& dir : batches)
                inv.out() << dir << "\n";
            inv.out().flush();
        }
        return ExitOk;
    }

    // Common validation.
    if (!parser.isSet(out))
        return inv.badInput(QStringLiteral("--out FILE.pdf is required"));
    const QString outPath = parser.value(out);
    const QFileInfo outInfo(outPath);
    if (!outInfo.absoluteDir().exists())
        return inv.badInput(QStringLiteral("output folder does not exist: ") + outInfo.absolutePath());
    int dpi = 0;
    if (parser.isSet(resolution)) {
        bool ok = false;
        dpi = parser.value(resolution).toInt(&ok);
        if (!ok || dpi < 50 || dpi > 1200)
            return inv.badInput(QStringLiteral("--resolution must be a whole number from 50 to 1200, got '%1'")
                                    .arg(parser.value(resolution)));
    }
    std::optional<ColorMode> colorMode;
    if (parser.isSet(mode)) {
        colorMode = colorModeFromString(parser.value(mode));
        if (!colorMode)
            return inv.badInput(QStringLiteral("--mode must be color, gray or bw, got '%1'").arg(parser.value(mode)));
    }
    PipelineOptions pipeline;
    pipeline.autoBilevel = !parser.isSet(keepGray);
    pipeline.ocr = parser.isSet(ocr);
    pipeline.ocrLanguage = parser.value(ocrLanguage);
    if (pipeline.ocr && !TextRecognizer::isAvailable())
        return inv.badInput(QStringLiteral("--ocr: this build has no OCR (built without Tesseract)"));
    QJsonObject report;

    if (parser.isSet(recover)) {
        auto spool = BatchSpool::open(parser.value(recover), sealer);
        if (!spool)
            return inv.badInput(spool.error().message);
        auto readable = spool->readDescription();
        if (!readable)
            return inv.failed(QStringLiteral("%1: %2%3")
                                  .arg(readable.error().code, readable.error().message,
                                       readable.error().code == QLatin1String("scan.spool_key") && !sealer
                                           ? QStringLiteral(" (pass --db with the profile's database to use its key)")
                                           : QString()));
        const QJsonObject description = readable.value();
        pipeline.mode = colorMode.value_or(
            colorModeFromString(description.value(QStringLiteral("mode")).toString()).value_or(ColorMode::Gray));
        ScanBatch batch(pipeline);
        if (Status s = batch.recoverFrom(spool.value()); !s)
            return inv.failed(s.error().message);
        report.insert(QStringLiteral("recoveredFrom"), spool->directory());
        return finish(inv, batch, outPath,
                      parser.isSet(title) ? parser.value(title) : description.value(QStringLiteral("title")).toString(),
                      json, report, total);
    }

    if (parser.isSet(fromImages)) {
        if (positional.isEmpty())
            return inv.badInput(QStringLiteral("--from-images needs at least one image file"));
        pipeline.mode = colorMode.value_or(ColorMode::Color);
        // Read every file before starting: a bad file is bad input, found before any work is done.
        QList<ScannedPage> input;
        for (int i = 0; i < positional.size(); ++i) {
            QImageReader reader(positional[i]);
            reader.setAutoTransform(true); // phone photos carry their orientation in EXIF
            QImage image = reader.read();
            if (image.isNull())
                return inv.badInput(
                    QStringLiteral("cannot read image '%1': %2").arg(positional[i], reader.errorString()));
            ScannedPage page;
            page.index = i;
            page.dpi = imageDpi(image, dpi);
            page.image = image.allGray() ? image.convertToFormat(QImage::Format_Grayscale8)
                                         : image.convertToFormat(QImage::Format_RGB888);
            input.append(page);
        }
        ScanBatch batch(pipeline);
        for (const ScannedPage& page : input)
            batch.addPage(page);
        batch.endInput();
        report.insert(QStringLiteral("source"), QStringLiteral("images"));
        report.insert(QStringLiteral("mode"), toString(pipeline.mode));
        return finish(inv, batch, outPath, parser.value(title), json, report, total);
    }

    // Scanning.
    if (!parser.isSet(device))
        return inv.badInput(QStringLiteral("--device NAME is required (see: motcua-cli scan list)"));
    const QString deviceName = parser.value(device);
    ScanSettings settings;
    const auto src = scanSourceFromString(parser.value(source));
    if (!src)
        return inv.badInput(
            QStringLiteral("--source must be flatbed, adf or duplex, got '%1'").arg(parser.value(source)));
    settings.source = *src;
    const auto size = pageSizeFromString(parser.value(pageSize));
    if (!size)
        return inv.badInput(QStringLiteral("--page-size must be a4, a5 or a3, got '%1'").arg(parser.value(pageSize)));
    settings.pageSize = *size;
    settings.mode = colorMode.value_or(ColorMode::Gray);
    settings.resolution = dpi > 0 ? dpi : 300;
    if (parser.isSet(pages)) {
        bool ok = false;
        settings.maxPages = parser.value(pages).toInt(&ok);
        if (!ok || settings.maxPages < 1)
            return inv.badInput(
                QStringLiteral("--pages must be a positive whole number, got '%1'").arg(parser.value(pages)));
    }
    for (const QString& raw : parser.values(option)) {
        const qsizetype eq = raw.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return inv.badInput(QStringLiteral("--option must be NAME=VALUE, got '%1'").arg(raw));
        settings.deviceOptions.insert(raw.left(eq), raw.mid(eq + 1));
    }
    const bool demo = DemoScannerBackend::isDemoDevice(deviceName);
    if (demo && settings.maxPages > 0 && !settings.deviceOptions.contains(QStringLiteral("sheets")))
        settings.deviceOptions.insert(QStringLiteral("sheets"), QString::number(settings.maxPages));
    std::unique_ptr<ScannerBackend> backend;
    if (demo)
        backend = std::make_unique<DemoScannerBackend>();
    else
        backend = std::make_unique<SaneProcessBackend>();

    const auto caps = backend->capabilities(deviceName).result();
    if (!caps)
        return inv.badInput(QStringLiteral("unknown or unavailable scanner '%1' (%2); see: motcua-cli scan list")
                                .arg(deviceName, caps.error().message));
    if (!caps->supports(settings.source)) {
        QStringList offered;
        for (ScanSource s : caps->sources)
            offered << toString(s);
        return inv.badInput(QStringLiteral("scanner '%1' has no %2 source (it offers: %3)")
                                .arg(deviceName, toString(settings.source), offered.join(QStringLiteral(", "))));
    }
    if (!caps->supports(settings.mode))
        return inv.badInput(QStringLiteral("scanner '%1' cannot scan in %2").arg(deviceName, toString(settings.mode)));
    if (!caps->fits(settings.pageSize))
        return inv.badInput(
            QStringLiteral("scanner '%1' is too small for %2").arg(deviceName, toString(settings.pageSize).toUpper()));
    settings.resolution = caps->nearestResolution(settings.resolution);

    pipeline.mode = settings.mode;
    ScanBatch batch(pipeline);
    const QJsonObject description{{QStringLiteral("device"), deviceName},
                                  {QStringLiteral("source"), toString(settings.source)},
                                  {QStringLiteral("mode"), toString(settings.mode)},
                                  {QStringLiteral("resolution"), settings.resolution},
                                  {QStringLiteral("pageSize"), toString(settings.pageSize)},
                                  {QStringLiteral("title"), parser.value(title)},
                                  {QStringLiteral("out"), outInfo.absoluteFilePath()}};
    auto spool = BatchSpool::create(spoolDir, description, sealer);
    if (!spool)
        return inv.failed(spool.error().message);
    batch.setSpool(spool.value());
    std::unique_ptr<ScanJob> job(backend->scan(deviceName, settings));
    batch.attach(job.get());
    for (auto it = description.begin(); it != description.end(); ++it)
        report.insert(it.key(), it.value());
    report.remove(QStringLiteral("out"));
    return finish(inv, batch, outPath, parser.value(title), json, report, total);
}

static CliRegistration reg{
    {QStringLiteral("scan"), QStringLiteral("List scanners, scan or convert images into a PDF/A-2b file"), &run}};

} // namespace
