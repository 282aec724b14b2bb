#include "ScannerDirectory.h"

#include "ScannerBackend.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcScanUi, "motcua.scan.ui")

namespace motcua::scan {

ScannerDirectory::ScannerDirectory(QObject* parent) : QObject(parent) {}

ScannerDirectory::~ScannerDirectory() = default;

void ScannerDirectory::addBackend(ScannerBackend* backend)
{
    backend->setParent(this);
    m_backends.append(backend);
}

std::optional<ScannerDevice> ScannerDirectory::device(const QString& name) const
{
    for (const ScannerDevice& d : m_devices)
        if (d.name == name)
            return d;
    return std::nullopt;
}

ScannerBackend* ScannerDirectory::backendFor(const QString& device) const
{
    for (const ScannerDevice& d : m_devices) {
        if (d.name != device)
            continue;
        for (ScannerBackend* b : m_backends)
            if (b->id() == d.backend)
                return b;
    }
    // Not (yet) listed: a name such as "demo:feeder" or "test:0" still tells its backend.
    const QString prefix = device.section(QLatin1Char(':'), 0, 0);
    for (ScannerBackend* b : m_backends)
        if (b->id() == prefix)
            return b;
    for (ScannerBackend* b : m_backends)
        if (b->id() == QLatin1String("sane") && prefix != QLatin1String("demo"))
            return b;
    return nullptr;
}

void ScannerDirectory::discover(bool refresh)
{
    if (m_outstanding > 0) {
        m_again = m_again || refresh;
        return;
    }
    if (m_backends.isEmpty()) {
        m_discovered = true;
        emit devicesChanged();
        return;
    }
    m_pass.clear();
    m_passErrors.clear();
    m_outstanding = int(m_backends.size());
    emit discoveryStarted();
    for (ScannerBackend* backend : std::as_const(m_backends)) {
        backend->devices(refresh).then(this, [this, backend](Result<QList<ScannerDevice>> result) {
            if (result) {
                m_pass.insert(backend, result.value());
            } else {
                m_passErrors.append(backend->id() + QStringLiteral(": ") + result.error().message);
                qCWarning(lcScanUi) << "discovery failed on" << backend->id() << result.error().message;
            }
            if (--m_outstanding == 0)
                finishPass();
        });
    }
}

void ScannerDirectory::finishPass()
{
    QList<ScannerDevice> devices;
    for (ScannerBackend* backend : std::as_const(m_backends))
        devices += m_pass.value(backend);
    m_devices = devices;
    m_errors = m_passErrors;
    m_discovered = true;
    emit devicesChanged();
    if (m_again) {
        m_again = false;
        discover(true);
    }
}

std::optional<DeviceCapabilities> ScannerDirectory::capabilities(const QString& device) const
{
    auto it = m_capabilities.constFind(device);
    if (it == m_capabilities.cend())
        return std::nullopt;
    return *it;
}

void ScannerDirectory::requestCapabilities(const QString& device)
{
    if (m_capabilities.contains(device)) {
        emit capabilitiesReady(device);
        return;
    }
    ScannerBackend* backend = backendFor(device);
    if (!backend) {
        emit capabilitiesFailed(device, QStringLiteral("scan.device_gone"), QStringLiteral("no backend for ") + device);
        return;
    }
    if (m_capabilitiesAsked.contains(device))
        return; // an answer is on its way
    m_capabilitiesAsked.insert(device);
    backend->capabilities(device).then(this, [this, device](Result<DeviceCapabilities> result) {
        m_capabilitiesAsked.remove(device);
        if (result) {
            m_capabilities.insert(device, result.value());
            emit capabilitiesReady(device);
        } else {
            emit capabilitiesFailed(device, result.error().code, result.error().message);
        }
    });
}

void ScannerDirectory::scanStarted()
{
    if (++m_scanning == 1)
        emit scanningChanged(true);
}

void ScannerDirectory::scanEnded()
{
    if (m_scanning > 0 && --m_scanning == 0)
        emit scanningChanged(false);
}

} // namespace motcua::scan
