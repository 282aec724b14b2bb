#pragma once

#include "ScannerBackend.h"

#include <QThread>
#include <functional>
#include <memory>

namespace motcua::scan {

class WiaSession;

// Windows Image Acquisition 2.0 (IWiaDevMgr2, IWiaItem2, IWiaTransfer), Windows Vista and later, built with
// MOTCUA_SCAN_WIA. NEVER BUILT OR RUN by the project so far: docs/SCANNING.md lists exactly what is untested.
//
// One thread (COM multithreaded apartment) makes every WIA call, as SaneBackend does for SANE; Download()
// blocks that thread for a batch while the transfer callback, which WIA may call on its own threads, reports
// pages and checks for cancel. Devices are "wia:<WIA device id>". Pages are transferred as BMP.
class WiaBackend : public ScannerBackend
{
    Q_OBJECT
public:
    explicit WiaBackend(QObject* parent = nullptr);
    ~WiaBackend() override;

    QString id() const override { return QStringLiteral("wia"); }
    QFuture<Result<QList<ScannerDevice>>> devices(bool refresh = false) override;
    QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) override;
    ScanJob* scan(const QString& device, const ScanSettings& settings) override;

private:
    void post(std::function<void(WiaSession&)> task);

    QThread m_thread;
    QObject* m_context = nullptr;          // lives in m_thread
    std::unique_ptr<WiaSession> m_session; // created, used and destroyed on m_thread
};

} // namespace motcua::scan
