#pragma once

#include "ScannerBackend.h"

namespace motcua::scan {

// A scanner without hardware for demo mode, tests and benchmarks: "demo:feeder" (sheet feeder with duplex,
// backs of the forms left blank) and "demo:flatbed". Pages are DemoFormRenderer forms, slightly skewed
// over a dark backing, delivered on a worker thread with a realistic pace.
//
// Device options (ScanSettings::deviceOptions): "sheets" (sheets in the feeder, default 3), "page-delay-ms"
// (time per page, default 120), "jam-after" (jam after that many pages), "gone-after" (unplugged after
// that many pages).
class DemoScannerBackend : public ScannerBackend
{
    Q_OBJECT
public:
    using ScannerBackend::ScannerBackend;

    QString id() const override { return QStringLiteral("demo"); }
    QFuture<Result<QList<ScannerDevice>>> devices(bool refresh = false) override;
    QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) override;
    ScanJob* scan(const QString& device, const ScanSettings& settings) override;

    static bool isDemoDevice(const QString& name) { return name.startsWith(QLatin1String("demo:")); }
    static QList<ScannerDevice> deviceList();
    static std::optional<DeviceCapabilities> capabilitiesOf(const QString& device);
};

} // namespace motcua::scan
