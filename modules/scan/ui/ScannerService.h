#pragma once

#include "ScanDialog.h"
#include "ScanPage.h"
#include "Scanner.h"

#include <QHash>
#include <QPointer>

namespace motcua::scan {

class ScannerDirectory;

// The scan module's Scanner service: the device list and state for the status bar and diagnostics, and
// "scan the missing component" for the reception checklist (beginComponentScan opens a ScanDialog and
// reports a ScanResult). Owns the ScannerDirectory that every scan page of the desk shares.
class ScannerService : public Scanner
{
    Q_OBJECT
public:
    // The desk's backends: the demo scanner in demo mode, SANE otherwise.
    ScannerService(bool demoMode, const QString& dataDirectory, QObject* parent = nullptr);
    // Tests: any directory (taken over), files under `outputFolder`.
    ScannerService(ScannerDirectory* directory, const QString& outputFolder, QObject* parent = nullptr);
    ~ScannerService() override;

    ScannerDirectory* directory() const { return m_directory; }
    // What every scan page starts from (output folder, spool, profiles file).
    const ScanPageOptions& pageDefaults() const { return m_defaults; }
    void setPageDefaults(const ScanPageOptions& defaults) { m_defaults = defaults; }
    // The open dialog of a request (tests, and the desk's window management); null when closed.
    ScanDialog* dialog(const QString& requestId) const { return m_dialogs.value(requestId); }

    State state() const override;
    QStringList devices() const override;
    QString statusText() const override;
    bool canScanComponents() const override { return true; }
    QString beginComponentScan(const ScanRequest& request, QWidget* parent) override;
    void cancelComponentScan(const QString& requestId) override;

public slots:
    void refreshDevices() override;

private:
    void init();
    void updateState();

    ScannerDirectory* m_directory = nullptr;
    ScanPageOptions m_defaults;
    QHash<QString, QPointer<ScanDialog>> m_dialogs;
    State m_state = State::NoDevice;
};

} // namespace motcua::scan
