#pragma once

#include "DeviceCapabilities.h"
#include "Result.h"
#include "ScannerDevice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

namespace motcua::scan {

class ScannerBackend;

// Every scanner the desk can use, over all backends (SANE in live mode, the demo scanner in demo mode).
// Discovery and capability queries are asynchronous (the backends answer with futures, SANE on its own
// thread) and their answers are cached here, so the scan pages and the Scanner service share one list and
// the GUI thread never waits for a driver. Lives in the GUI thread.
class ScannerDirectory : public QObject
{
    Q_OBJECT
public:
    explicit ScannerDirectory(QObject* parent = nullptr);
    ~ScannerDirectory() override;

    // Takes ownership. Backends are asked in the order they were added.
    void addBackend(ScannerBackend* backend);
    const QList<ScannerBackend*>& backends() const { return m_backends; }

    bool isDiscovering() const { return m_outstanding > 0; }
    // At least one discovery pass has ended (the list is meaningful, possibly empty).
    bool hasDiscovered() const { return m_discovered; }
    const QList<ScannerDevice>& devices() const { return m_devices; }
    std::optional<ScannerDevice> device(const QString& name) const;
    // Technical messages of backends that failed in the last pass (for the details box).
    const QStringList& discoveryErrors() const { return m_errors; }

    ScannerBackend* backendFor(const QString& device) const;

    // Cached capabilities; nullopt until requestCapabilities() answered.
    std::optional<DeviceCapabilities> capabilities(const QString& device) const;
    // Asks the device's backend once (answers from the cache afterwards); emits capabilitiesReady or
    // capabilitiesFailed.
    void requestCapabilities(const QString& device);

    // Running scans across every page and dialog, for the Scanner service's state.
    void scanStarted();
    void scanEnded();
    bool isScanning() const { return m_scanning > 0; }

public slots:
    // Starts a discovery pass (no-op if one is running, unless `refresh` asks the drivers again afterwards).
    // `refresh` false answers from the backends' caches when they have one.
    void discover(bool refresh = false);

signals:
    void discoveryStarted();
    void devicesChanged();
    void capabilitiesReady(const QString& device);
    void capabilitiesFailed(const QString& device, const QString& code, const QString& message);
    void scanningChanged(bool scanning);

private:
    void finishPass();

    QList<ScannerBackend*> m_backends;
    QList<ScannerDevice> m_devices;
    QHash<ScannerBackend*, QList<ScannerDevice>> m_pass;
    QStringList m_errors;
    QStringList m_passErrors;
    QHash<QString, DeviceCapabilities> m_capabilities;
    QSet<QString> m_capabilitiesAsked;
    int m_outstanding = 0;
    bool m_discovered = false;
    bool m_again = false;
    int m_scanning = 0;
};

} // namespace motcua::scan
