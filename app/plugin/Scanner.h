#pragma once

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QWidget;

namespace motcua {

// "Scan the missing component" from the reception checklist: what the caller asks for.
struct ScanRequest
{
    QString componentId; // echoed back in the result; opaque to the scanner
    QString title;       // the component's name: the dialog's heading and the PDF title, e.g. "Tờ khai CT01"
    QString dossierCode; // optional: goes into the file name (CODE_YYYYMMDD_DESC.pdf) and the PDF subject
    QString profileId;   // optional: scan profile to start with ("cccd-duplex-color-300", ...); empty = the
                         // profile whose keywords match `title`, else the device's last options
    QString outputPath;  // optional: where to write the PDF; empty = a new file in the module's scans folder
    QString author;      // optional: the official's name, for the PDF metadata
};

// What came of a ScanRequest; reported exactly once per request.
struct ScanResult
{
    enum class Outcome { Saved, Cancelled, Failed };

    QString requestId;
    QString componentId;
    Outcome outcome = Outcome::Cancelled;
    QString filePath; // the PDF/A-2b file when Saved; the caller owns it from then on (import, then delete)
    int pageCount = 0;
    qint64 bytes = 0;     // size of the file
    int blankPages = 0;   // pages flagged as looking blank that the official kept
    QString errorCode;    // when Failed, e.g. "scan.unsupported"
    QString errorMessage; // when Failed, translated

    bool saved() const { return outcome == Outcome::Saved; }
};

// Digitises paper components. Implemented by the scan module (SANE, TWAIN/WIA, ICA, demo scanner).
class Scanner : public QObject
{
    Q_OBJECT
public:
    enum class State { NoDevice, Ready, Scanning, Error };
    Q_ENUM(State)

    static constexpr const char* serviceId() { return "vn.motcua.Scanner/1"; }

    using QObject::QObject;

    virtual State state() const = 0;
    virtual QStringList devices() const = 0;
    virtual QString statusText() const = 0;

    // --- Scanning one component (added in 0.1 without breaking earlier implementations) ---

    // False for implementations that cannot open the scan dialog (stubs in tests, older modules).
    virtual bool canScanComponents() const { return false; }

    // Opens the scan dialog for one component, window-modal over `parent`, and returns at once (no nested
    // event loop) with a request id; componentScanned() reports the outcome exactly once. Returns an empty
    // id when this implementation cannot scan components (nothing will be reported then).
    virtual QString beginComponentScan(const ScanRequest& request, QWidget* parent)
    {
        Q_UNUSED(request);
        Q_UNUSED(parent);
        return {};
    }

    // Closes the dialog of `requestId` (the reception was abandoned); reported as Cancelled.
    virtual void cancelComponentScan(const QString& requestId) { Q_UNUSED(requestId); }

    // Convenience over beginComponentScan(): `done` runs once, in `context`'s thread, with the outcome of
    // this request (not of others); nothing runs if `context` is deleted first. Returns the request id, or
    // an empty id when components cannot be scanned (then `done` never runs).
    QString scanComponent(const ScanRequest& request, QWidget* parent, QObject* context,
                          std::function<void(const motcua::ScanResult&)> done)
    {
        const QString id = beginComponentScan(request, parent);
        if (id.isEmpty())
            return id;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &Scanner::componentScanned, context,
                              [id, connection, done = std::move(done)](const motcua::ScanResult& result) {
                                  if (result.requestId != id)
                                      return;
                                  QObject::disconnect(*connection);
                                  if (done)
                                      done(result);
                              });
        return id;
    }

public slots:
    virtual void refreshDevices() = 0;

signals:
    void stateChanged(motcua::Scanner::State state);
    void devicesChanged(const QStringList& devices);
    void componentScanned(const motcua::ScanResult& result);
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::ScanRequest)
Q_DECLARE_METATYPE(motcua::ScanResult)
