// NEVER BUILT OR RUN by the project so far (no macOS machine): see docs/SCANNING.md, "Platform backends".
// Written against Apple's ImageCaptureCore reference (ICDeviceBrowser, ICScannerDevice and their delegates).
#include "ImageCaptureBackend.h"

#include "ScanJob.h"
#include "ScanJobControl.h"

#import <Foundation/Foundation.h>
#import <ImageCaptureCore/ImageCaptureCore.h>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QPromise>
#include <QTemporaryDir>
#include <QTimer>

using namespace motcua::scan;

@interface MotcuaIcaDelegate : NSObject <ICDeviceBrowserDelegate, ICScannerDeviceDelegate>
@property(nonatomic, assign) ImageCaptureBackend::Impl* impl;
@end

namespace motcua::scan {

// Every callback arrives on the main thread; so do all calls into ImageCaptureCore from here.
struct ImageCaptureBackend::Impl
{
    MotcuaIcaDelegate* delegate = nil;
    ICDeviceBrowser* browser = nil;
    QList<std::shared_ptr<QPromise<Result<QList<ScannerDevice>>>>> devicePromises;
    bool enumerated = false;

    // One scanner at a time has an open session and, at most, one batch.
    ICScannerDevice* scanner = nil;
    QList<std::function<void(NSError*)>> whenOpen; // waiting for didOpenSessionWithError
    std::function<void(ICScannerFunctionalUnit*, NSError*)> whenSelected;
    std::shared_ptr<ScanJobControl> control;
    ScanSettings settings;
    int pages = 0;
    std::unique_ptr<QTemporaryDir> folder;
    QTimer cancelPoll; // ScanJob::cancel() is a flag: look at it while a batch runs

    static QString nameOf(ICDevice* d) { return QString::fromNSString(d.name ?: @"scanner"); }

    QList<ScannerDevice> deviceList() const
    {
        QList<ScannerDevice> out;
        for (ICDevice* d in browser.devices) {
            if (![d isKindOfClass:[ICScannerDevice class]])
                continue;
            out.append({QStringLiteral("ica:") + nameOf(d), QString(), nameOf(d),
                        QStringLiteral("ImageCapture scanner"), QStringLiteral("ica")});
        }
        return out;
    }

    void answerDevicePromises()
    {
        const QList<ScannerDevice> list = deviceList();
        for (const auto& promise : std::as_const(devicePromises)) {
            promise->addResult(list);
            promise->finish();
        }
        devicePromises.clear();
    }

    ICScannerDevice* find(const QString& device) const
    {
        const QString name = device.section(QLatin1Char(':'), 1);
        for (ICDevice* d in browser.devices) {
            if ([d isKindOfClass:[ICScannerDevice class]] && nameOf(d) == name)
                return static_cast<ICScannerDevice*>(d);
        }
        return nil;
    }

    // Runs `then` once `device` has an open session (opening it, and closing another, if needed).
    void withSession(const QString& device, std::function<void(NSError*)> then)
    {
        ICScannerDevice* wanted = find(device);
        if (!wanted) {
            then([NSError errorWithDomain:@"motcua"
                                     code:-1
                                 userInfo:@{NSLocalizedDescriptionKey : @"no such scanner"}]);
            return;
        }
        if (scanner == wanted && scanner.hasOpenSession) {
            then(nil);
            return;
        }
        if (scanner && scanner != wanted && scanner.hasOpenSession)
            [scanner requestCloseSession];
        scanner = wanted;
        scanner.delegate = delegate;
        whenOpen.append(std::move(then));
        if (whenOpen.size() == 1)
            [scanner requestOpenSession];
    }

    void finish(const ScanError& error)
    {
        cancelPoll.stop();
        if (!control)
            return;
        control->finished(error, pages);
        control.reset();
        folder.reset();
    }
};

} // namespace motcua::scan

@implementation MotcuaIcaDelegate

- (void)deviceBrowser:(ICDeviceBrowser*)browser didAddDevice:(ICDevice*)device moreComing:(BOOL)moreComing
{
    if (!moreComing && self.impl->enumerated)
        self.impl->answerDevicePromises();
}

- (void)deviceBrowser:(ICDeviceBrowser*)browser didRemoveDevice:(ICDevice*)device moreGoing:(BOOL)moreGoing
{
    if (device == self.impl->scanner) {
        self.impl->finish({ScanError::DeviceGone, QStringLiteral("the scanner went away")});
        self.impl->scanner = nil;
    }
}

- (void)deviceBrowserDidEnumerateLocalDevices:(ICDeviceBrowser*)browser
{
    self.impl->enumerated = true;
    self.impl->answerDevicePromises();
}

- (void)didRemoveDevice:(ICDevice*)device
{}

- (void)device:(ICDevice*)device didOpenSessionWithError:(NSError*)error
{
    auto waiting = std::move(self.impl->whenOpen);
    self.impl->whenOpen.clear();
    for (auto& then : waiting)
        then(error);
}

- (void)device:(ICDevice*)device didCloseSessionWithError:(NSError*)error
{}

- (void)scannerDevice:(ICScannerDevice*)scanner
    didSelectFunctionalUnit:(ICScannerFunctionalUnit*)functionalUnit
                      error:(NSError*)error
{
    if (auto then = std::move(self.impl->whenSelected)) {
        self.impl->whenSelected = nullptr;
        then(functionalUnit, error);
    }
}

- (void)scannerDevice:(ICScannerDevice*)scanner didScanToURL:(NSURL*)url
{
    auto* impl = self.impl;
    if (!impl->control)
        return;
    const QString path = QString::fromNSString(url.path);
    QImage image(path);
    QFile::remove(path);
    if (image.isNull())
        return;
    ScannedPage page;
    page.index = impl->pages;
    page.image = image.convertToFormat(impl->settings.mode == ColorMode::Color ? QImage::Format_RGB888
                                                                               : QImage::Format_Grayscale8);
    page.dpi = impl->settings.resolution;
    page.backSide = impl->settings.source == ScanSource::Duplex && impl->pages % 2 == 1;
    impl->control->pageProgressed(impl->pages, 100);
    impl->control->pageScanned(page);
    ++impl->pages;
    impl->control->pageStarted(impl->pages);
}

- (void)scannerDevice:(ICScannerDevice*)scanner didCompleteScanWithError:(NSError*)error
{
    auto* impl = self.impl;
    if (impl->control && impl->control->isCancelled())
        impl->finish({ScanError::Cancelled, QStringLiteral("cancelled during the batch")});
    else if (error)
        impl->finish({impl->pages == 0 ? ScanError::NoDocuments : ScanError::IoError,
                      QString::fromNSString(error.localizedDescription)});
    else if (impl->pages == 0)
        impl->finish({ScanError::NoDocuments, QStringLiteral("no page scanned")});
    else
        impl->finish({});
}

@end

namespace motcua::scan {

ImageCaptureBackend::ImageCaptureBackend(QObject* parent) : ScannerBackend(parent), m_impl(std::make_unique<Impl>())
{
    m_impl->delegate = [[MotcuaIcaDelegate alloc] init];
    m_impl->delegate.impl = m_impl.get();
    m_impl->browser = [[ICDeviceBrowser alloc] init];
    m_impl->browser.delegate = m_impl->delegate;
    m_impl->browser.browsedDeviceTypeMask =
        ICDeviceTypeMask(ICDeviceTypeMaskScanner | ICDeviceLocationTypeMaskLocal | ICDeviceLocationTypeMaskShared |
                         ICDeviceLocationTypeMaskBonjour);
    m_impl->cancelPoll.setInterval(100);
    QObject::connect(&m_impl->cancelPoll, &QTimer::timeout, this, [impl = m_impl.get()] {
        if (impl->control && impl->control->isCancelled())
            [impl->scanner cancelScan];
    });
    [m_impl->browser start];
}

ImageCaptureBackend::~ImageCaptureBackend()
{
    m_impl->finish({ScanError::Cancelled, QStringLiteral("the scanner backend is closed")});
    [m_impl->browser stop];
    m_impl->browser.delegate = nil;
    if (m_impl->scanner.hasOpenSession)
        [m_impl->scanner requestCloseSession];
    m_impl->scanner.delegate = nil;
    m_impl->answerDevicePromises();
}

QFuture<Result<QList<ScannerDevice>>> ImageCaptureBackend::devices(bool)
{
    auto promise = std::make_shared<QPromise<Result<QList<ScannerDevice>>>>();
    promise->start();
    m_impl->devicePromises.append(promise);
    if (m_impl->enumerated)
        m_impl->answerDevicePromises();
    else // network scanners may never say "done": answer with what is known after a few seconds
        QTimer::singleShot(5000, this, [impl = m_impl.get()] { impl->answerDevicePromises(); });
    return promise->future();
}

QFuture<Result<DeviceCapabilities>> ImageCaptureBackend::capabilities(const QString& device)
{
    auto promise = std::make_shared<QPromise<Result<DeviceCapabilities>>>();
    promise->start();
    Impl* impl = m_impl.get();
    impl->withSession(device, [impl, promise](NSError* error) {
        if (error) {
            promise->addResult(
                Error{QStringLiteral("scan.device_gone"), QString::fromNSString(error.localizedDescription)});
            promise->finish();
            return;
        }
        DeviceCapabilities caps;
        for (NSNumber* type in impl->scanner.availableFunctionalUnitTypes) {
            if (type.unsignedIntegerValue == ICScannerFunctionalUnitTypeFlatbed)
                caps.sources.append(ScanSource::Flatbed);
            else if (type.unsignedIntegerValue == ICScannerFunctionalUnitTypeDocumentFeeder)
                caps.sources.append(ScanSource::Feeder);
        }
        ICScannerFunctionalUnit* unit = impl->scanner.selectedFunctionalUnit;
        if ([unit isKindOfClass:[ICScannerFunctionalUnitDocumentFeeder class]] &&
            static_cast<ICScannerFunctionalUnitDocumentFeeder*>(unit).supportsDuplexScanning)
            caps.sources.append(ScanSource::Duplex);
        // Only the selected unit's resolutions are read (another unit would need selecting first).
        [unit.supportedResolutions enumerateIndexesUsingBlock:^(NSUInteger r, BOOL*) {
          caps.resolutions.append(int(r));
        }];
        // Every ImageCaptureCore unit offers these pixel types for 8-bit scans.
        caps.modes = {ColorMode::Color, ColorMode::Gray, ColorMode::BlackWhite};
        promise->addResult(caps);
        promise->finish();
    });
    return promise->future();
}

ScanJob* ImageCaptureBackend::scan(const QString& device, const ScanSettings& settings)
{
    auto* job = new ScanJob;
    Impl* impl = m_impl.get();
    if (impl->control) {
        job->control()->finished({ScanError::DeviceBusy, QStringLiteral("another batch is running")}, 0);
        return job;
    }
    impl->control = job->control();
    impl->settings = settings;
    impl->pages = 0;
    impl->withSession(device, [impl](NSError* error) {
        if (error) {
            impl->finish({ScanError::DeviceGone, QString::fromNSString(error.localizedDescription)});
            return;
        }
        const bool feeder = impl->settings.source != ScanSource::Flatbed;
        impl->whenSelected = [impl, feeder](ICScannerFunctionalUnit* unit, NSError* selectError) {
            if (selectError || !unit) {
                impl->finish(
                    {ScanError::Unsupported, QStringLiteral("the scanner has no %1")
                                                 .arg(feeder ? QStringLiteral("feeder") : QStringLiteral("flatbed"))});
                return;
            }
            const ScanSettings& s = impl->settings;
            unit.resolution = NSUInteger(s.resolution);
            unit.bitDepth = s.mode == ColorMode::BlackWhite ? ICScannerBitDepth1Bit : ICScannerBitDepth8Bits;
            unit.pixelDataType = s.mode == ColorMode::Color  ? ICScannerPixelDataTypeRGB
                                 : s.mode == ColorMode::Gray ? ICScannerPixelDataTypeGray
                                                             : ICScannerPixelDataTypeBW;
            unit.measurementUnit = ICScannerMeasurementUnitCentimeters;
            unit.scanArea = NSMakeRect(0, 0, pageWidthMm(s.pageSize) / 10.0, pageHeightMm(s.pageSize) / 10.0);
            if ([unit isKindOfClass:[ICScannerFunctionalUnitDocumentFeeder class]]) {
                auto* f = static_cast<ICScannerFunctionalUnitDocumentFeeder*>(unit);
                f.documentType = s.pageSize == PageSize::A5   ? ICScannerDocumentTypeA5
                                 : s.pageSize == PageSize::A3 ? ICScannerDocumentTypeA3
                                                              : ICScannerDocumentTypeA4;
                if (f.supportsDuplexScanning)
                    f.duplexScanningEnabled = s.source == ScanSource::Duplex;
            }
            impl->folder = std::make_unique<QTemporaryDir>();
            impl->scanner.transferMode = ICScannerTransferModeFileBased;
            impl->scanner.downloadsDirectory = [NSURL fileURLWithPath:impl->folder->path().toNSString()];
            impl->scanner.documentName = @"page";
            impl->scanner.documentUTI = @"public.tiff";
            impl->control->pageStarted(0);
            impl->cancelPoll.start();
            [impl->scanner requestScan];
        };
        [impl->scanner requestSelectFunctionalUnit:(feeder ? ICScannerFunctionalUnitTypeDocumentFeeder
                                                           : ICScannerFunctionalUnitTypeFlatbed)];
    });
    return job;
}

} // namespace motcua::scan
