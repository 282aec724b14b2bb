#include "ScannerService.h"

#include "DemoScannerBackend.h"
#include "SaneProcessBackend.h"
#include "ScanDialog.h"
#include "ScannerDirectory.h"

#include <QUuid>

#ifdef MOTCUA_SCAN_HAVE_TWAIN
#include "platform/TwainBackend.h"
#endif
#ifdef MOTCUA_SCAN_HAVE_WIA
#include "platform/WiaBackend.h"
#endif
#ifdef MOTCUA_SCAN_HAVE_ICA
#include "platform/ImageCaptureBackend.h"
#endif

namespace motcua::scan {

ScannerService::ScannerService(bool demoMode, const QString& dataDirectory, QObject* parent) : Scanner(parent)
{
    m_directory = new ScannerDirectory(this);
    if (demoMode)
        m_directory->addBackend(new DemoScannerBackend);
    else {
        // SANE in motcua-scan-worker, started on first use; a crashing or hanging driver is restarted there.
        m_directory->addBackend(new SaneProcessBackend);
        // Platform backends exist only in builds that asked for them (untested: docs/SCANNING.md).
#ifdef MOTCUA_SCAN_HAVE_TWAIN
        m_directory->addBackend(new TwainBackend);
#endif
#ifdef MOTCUA_SCAN_HAVE_WIA
        m_directory->addBackend(new WiaBackend);
#endif
#ifdef MOTCUA_SCAN_HAVE_ICA
        m_directory->addBackend(new ImageCaptureBackend);
#endif
    }
    if (!dataDirectory.isEmpty())
        m_defaults.outputFolder = dataDirectory + QStringLiteral("/scans");
    init();
}

ScannerService::ScannerService(ScannerDirectory* directory, const QString& outputFolder, QObject* parent)
    : Scanner(parent), m_directory(directory)
{
    m_directory->setParent(this);
    m_defaults.outputFolder = outputFolder;
    init();
}

ScannerService::~ScannerService()
{
    for (const QPointer<ScanDialog>& dialog : std::as_const(m_dialogs))
        delete dialog.data();
}

void ScannerService::init()
{
    qRegisterMetaType<ScanResult>();
    qRegisterMetaType<ScanRequest>();
    connect(m_directory, &ScannerDirectory::devicesChanged, this, [this] {
        emit devicesChanged(devices());
        updateState();
    });
    connect(m_directory, &ScannerDirectory::discoveryStarted, this, &ScannerService::updateState);
    connect(m_directory, &ScannerDirectory::scanningChanged, this, &ScannerService::updateState);
}

void ScannerService::updateState()
{
    const State now = state();
    if (now != m_state) {
        m_state = now;
        emit stateChanged(now);
    }
}

Scanner::State ScannerService::state() const
{
    if (m_directory->isScanning())
        return State::Scanning;
    if (!m_directory->devices().isEmpty())
        return State::Ready;
    if (m_directory->hasDiscovered() && !m_directory->discoveryErrors().isEmpty())
        return State::Error;
    return State::NoDevice;
}

QStringList ScannerService::devices() const
{
    QStringList names;
    for (const ScannerDevice& d : m_directory->devices())
        names.append(d.name);
    return names;
}

QString ScannerService::statusText() const
{
    switch (state()) {
    case State::Scanning:
        return tr("scanning");
    case State::Ready: {
        const auto& list = m_directory->devices();
        if (list.size() == 1)
            return tr("ready (%1 %2)").arg(list.first().vendor, list.first().model).simplified();
        return tr("%n scanner(s) ready", nullptr, int(list.size()));
    }
    case State::Error:
        return tr("the scanner drivers did not answer");
    case State::NoDevice:
        break;
    }
    if (!m_directory->hasDiscovered() || m_directory->isDiscovering())
        return tr("looking for scanners");
    return tr("no scanner connected");
}

void ScannerService::refreshDevices()
{
    m_directory->discover(true);
}

QString ScannerService::beginComponentScan(const ScanRequest& request, QWidget* parent)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ScanPageOptions options = m_defaults;
    options.componentMode = true;
    options.offerRecovery = false;
    options.title = request.title;
    options.dossierCode = request.dossierCode;
    options.profileId = request.profileId;
    options.outputPath = request.outputPath;
    options.author = request.author;
    auto* dialog = new ScanDialog(m_directory, id, request, options, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.insert(id, dialog);
    connect(dialog, &ScanDialog::resultReady, this, [this](const ScanResult& result) {
        m_dialogs.remove(result.requestId);
        emit componentScanned(result);
    });
    dialog->open(); // window-modal over `parent`; returns at once
    return id;
}

void ScannerService::cancelComponentScan(const QString& requestId)
{
    if (ScanDialog* dialog = m_dialogs.value(requestId))
        dialog->abandon();
}

} // namespace motcua::scan
