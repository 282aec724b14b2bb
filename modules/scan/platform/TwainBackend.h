#pragma once

#include "ScannerBackend.h"

#include <QThread>
#include <functional>
#include <memory>

namespace motcua::scan {

class TwainSession;

// TWAIN through the Data Source Manager 2.x (TWAINDSM.dll), Windows only, built with MOTCUA_SCAN_TWAIN.
// NEVER BUILT OR RUN by the project so far: docs/SCANNING.md lists exactly what is untested.
//
// TWAIN's state machine belongs to one thread (and a window of that thread), so, as in SaneBackend, every
// DSM_Entry call runs on m_thread. Devices are "twain:<product name>". The source's own dialog is never
// shown (ShowUI false); pages come by native transfer (a DIB per page). Only sources that signal through
// the DSM 2 callback (DF_DS2) are supported: 1.x sources that need every window message passed through
// MSG_PROCESSEVENT never report a page here.
class TwainBackend : public ScannerBackend
{
    Q_OBJECT
public:
    explicit TwainBackend(QObject* parent = nullptr);
    ~TwainBackend() override;

    QString id() const override { return QStringLiteral("twain"); }
    QFuture<Result<QList<ScannerDevice>>> devices(bool refresh = false) override;
    QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) override;
    ScanJob* scan(const QString& device, const ScanSettings& settings) override;

private:
    void post(std::function<void(TwainSession&)> task);

    QThread m_thread;
    QObject* m_context = nullptr;            // lives in m_thread
    std::unique_ptr<TwainSession> m_session; // created, used and destroyed on m_thread
};

} // namespace motcua::scan
