#include "DemoScannerBackend.h"

#include "DemoFormRenderer.h"
#include "ScanJob.h"
#include "ScanJobControl.h"

#include <QThread>
#include <QtConcurrent>

namespace motcua::scan {

namespace {

const QString kFeeder = QStringLiteral("demo:feeder");
const QString kFlatbed = QStringLiteral("demo:flatbed");

int intOption(const ScanSettings& s, const char* name, int fallback)
{
    bool ok = false;
    const int v = s.deviceOptions.value(QLatin1String(name)).toInt(&ok);
    return ok ? v : fallback;
}

// Sleeps in small steps so a cancel is honoured quickly.
bool pause(int ms, const ScanJobControl& control)
{
    for (int waited = 0; waited < ms; waited += 10) {
        if (control.isCancelled())
            return false;
        QThread::msleep(10);
    }
    return !control.isCancelled();
}

void runDemoScan(const QString& device, ScanSettings s, std::shared_ptr<ScanJobControl> control)
{
    const bool feeder = device == kFeeder;
    const bool duplex = feeder && s.source == ScanSource::Duplex;
    const int sheets = feeder ? intOption(s, "sheets", 3) : 1;
    const int delay = intOption(s, "page-delay-ms", 120);
    const int jamAfter = intOption(s, "jam-after", -1);
    const int goneAfter = intOption(s, "gone-after", -1);
    const int sides = duplex ? 2 : 1;
    const int total = sheets * sides;
    if (feeder && sheets == 0) {
        control->finished({ScanError::NoDocuments, QStringLiteral("demo feeder is empty")}, 0);
        return;
    }
    int pages = 0;
    for (int index = 0; index < total; ++index) {
        if (s.maxPages > 0 && index >= s.maxPages)
            break;
        if (index == jamAfter) {
            control->finished({ScanError::Jammed, QStringLiteral("demo jam at page %1").arg(index + 1)}, pages);
            return;
        }
        if (index == goneAfter) {
            control->finished({ScanError::DeviceGone, QStringLiteral("demo device unplugged")}, pages);
            return;
        }
        control->pageStarted(index);
        ScannedPage page;
        page.index = index;
        page.dpi = s.resolution;
        page.backSide = duplex && index % 2 == 1;
        const int sheet = index / sides;
        const QImage upright = page.backSide ? DemoFormRenderer::renderBlank(s.pageSize, s.resolution, s.mode, sheet)
                                             : DemoFormRenderer::renderForm(sheet, s.pageSize, s.resolution, s.mode);
        page.image = feeder ? DemoFormRenderer::skewed(upright, DemoFormRenderer::demoSkewDegrees(sheet)) : upright;
        for (int percent = 25; percent <= 100; percent += 25) {
            if (!pause(delay / 4, *control)) {
                control->finished({ScanError::Cancelled, QStringLiteral("cancelled")}, pages);
                return;
            }
            control->pageProgressed(index, percent);
        }
        control->pageScanned(page);
        pages = index + 1;
    }
    control->finished({}, pages);
}

} // namespace

QList<ScannerDevice> DemoScannerBackend::deviceList()
{
    return {
        {kFeeder, QStringLiteral("MotCua"), QStringLiteral("Demo sheet feeder (duplex)"),
         QStringLiteral("sheetfed scanner"), QStringLiteral("demo")},
        {kFlatbed, QStringLiteral("MotCua"), QStringLiteral("Demo flatbed"), QStringLiteral("flatbed scanner"),
         QStringLiteral("demo")},
    };
}

std::optional<DeviceCapabilities> DemoScannerBackend::capabilitiesOf(const QString& device)
{
    DeviceCapabilities caps;
    caps.modes = {ColorMode::Color, ColorMode::Gray, ColorMode::BlackWhite};
    caps.resolutions = {100, 150, 200, 300, 600};
    caps.minResolution = 100;
    caps.maxResolution = 600;
    if (device == kFeeder) {
        caps.sources = {ScanSource::Feeder, ScanSource::Duplex};
        caps.maxWidthMm = 216;
        caps.maxHeightMm = 356;
    } else if (device == kFlatbed) {
        caps.sources = {ScanSource::Flatbed};
        caps.maxWidthMm = 216;
        caps.maxHeightMm = 297;
    } else {
        return std::nullopt;
    }
    return caps;
}

QFuture<Result<QList<ScannerDevice>>> DemoScannerBackend::devices(bool refresh)
{
    Q_UNUSED(refresh);
    return QtFuture::makeReadyFuture(Result<QList<ScannerDevice>>(deviceList()));
}

QFuture<Result<DeviceCapabilities>> DemoScannerBackend::capabilities(const QString& device)
{
    if (auto caps = capabilitiesOf(device))
        return QtFuture::makeReadyFuture(Result<DeviceCapabilities>(*caps));
    return QtFuture::makeReadyFuture(Result<DeviceCapabilities>(
        ScanError(ScanError::DeviceGone, QStringLiteral("no demo device ") + device).toError()));
}

ScanJob* DemoScannerBackend::scan(const QString& device, const ScanSettings& settings)
{
    auto* job = new ScanJob;
    auto control = job->control();
    const auto caps = capabilitiesOf(device);
    if (!caps) {
        control->finished({ScanError::DeviceGone, QStringLiteral("no demo device ") + device}, 0);
    } else if (!caps->supports(settings.source)) {
        control->finished({ScanError::Unsupported, QStringLiteral("source not offered by ") + device}, 0);
    } else {
        // A thread of its own rather than the global pool: the pool is for the page pipeline.
        QThread* thread = QThread::create(runDemoScan, device, settings, control);
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    }
    return job;
}

} // namespace motcua::scan
