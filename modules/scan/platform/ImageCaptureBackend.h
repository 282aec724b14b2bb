#pragma once

#include "ScannerBackend.h"

#include <memory>

namespace motcua::scan {

// macOS ImageCaptureCore (ICDeviceBrowser, ICScannerDevice), built with MOTCUA_SCAN_ICA. NEVER BUILT OR RUN
// by the project so far: docs/SCANNING.md lists exactly what is untested.
//
// ImageCaptureCore is asynchronous already: it calls its delegates on the main thread's run loop, which Qt
// runs, so this backend lives in the GUI thread and never blocks it (no thread of its own). Devices are
// "ica:<device name>"; pages are transferred file-based as TIFF into a temporary folder, read, then removed.
// A feeder batch takes every sheet (ScanSettings::maxPages is not applied), one batch at a time.
class ImageCaptureBackend : public ScannerBackend
{
    Q_OBJECT
public:
    explicit ImageCaptureBackend(QObject* parent = nullptr);
    ~ImageCaptureBackend() override;

    QString id() const override { return QStringLiteral("ica"); }
    QFuture<Result<QList<ScannerDevice>>> devices(bool refresh = false) override;
    QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) override;
    ScanJob* scan(const QString& device, const ScanSettings& settings) override;

    struct Impl; // Objective-C++ side, in ImageCaptureBackend.mm

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace motcua::scan
