#pragma once

#include "PipelineOptions.h"
#include "ScanError.h"
#include "ScanSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace motcua::scan {

class ScanDocument;
class ScanJob;
class ScannerDirectory;
struct ScannedPage;

// Runs scans on a device and puts what arrives into a ScanDocument: appended, inserted before a page, or
// replacing one page (rescan). Manual duplex for feeders that scan one side: the fronts first, then — the
// stack turned over — the backs, each back placed right after its front (the backs come in reverse order
// when the whole stack is turned). A scan that stops on a jam or an unplugged scanner keeps every page
// received; continueScan() carries on where it stopped. Lives in the GUI thread; the backend's worker
// reports through the ScanJob's queued signals.
class ScanController : public QObject
{
    Q_OBJECT
public:
    enum class Target { Append, Insert, Replace };
    enum class Phase {
        Idle,
        Scanning,
        WaitingForFlip, // manual duplex: fronts done, the official turns the stack over
        Interrupted     // the scan stopped with an error; pages received are kept
    };
    Q_ENUM(Phase)

    struct Plan
    {
        QString device;
        ScanSettings settings;   // canonical settings; source Feeder when manual duplex
        PipelineOptions options; // the page pipeline for these pages
        bool manualDuplex = false;
        bool backsReversed = true; // the stack is turned over as a whole: last sheet's back comes first
        Target target = Target::Append;
        int position = -1; // Insert: before this page; Replace: this page
    };

    ScanController(ScannerDirectory* directory, ScanDocument* document, QObject* parent = nullptr);
    ~ScanController() override;

    Phase phase() const { return m_phase; }
    bool isScanning() const { return m_phase == Phase::Scanning; }
    const Plan& plan() const { return m_plan; }
    const ScanError& lastError() const { return m_error; }
    // Pages received since start() (all passes), and the page being scanned now (0-based, -1 = none).
    int pagesReceived() const { return m_received; }
    int currentPage() const { return m_currentPage; }
    int currentPercent() const { return m_currentPercent; }
    // Pages expected in this pass when known (manual duplex backs), else 0.
    int expectedPages() const { return m_expected; }
    bool scanningBacks() const { return m_pass == Pass::Backs; }
    int frontsScanned() const { return int(m_fronts.size()); }
    int backsScanned() const { return m_backs; }

    // Starts a scan; false (nothing started) when one is running or the device has no backend.
    bool start(const Plan& plan);
    // Esc: the backend stops at the next buffer; pages received are kept.
    void cancel();
    // After an interruption: scan again with the same plan, carrying on where the last pages went.
    bool continueScan();
    // Manual duplex, after the flip: scan the backs (or give up on them).
    bool scanBacks();
    void skipBacks();
    // Leave the interrupted state without scanning more (the pages stay).
    void dismiss();
    // Extra raw driver options for the next scans (diagnostics; fault injection in tests).
    void setDeviceOptionOverrides(const QMap<QString, QString>& options) { m_overrides = options; }

signals:
    void phaseChanged(motcua::scan::ScanController::Phase phase);
    void progressChanged();
    void pageReceived(int pageId);
    // A pass ended normally (the feeder emptied, or the flatbed page is in).
    void passFinished(int pages);
    void interrupted(const motcua::scan::ScanError& error);
    // Manual duplex: the fronts are in; turn the stack over and feed it again.
    void flipNeeded(int fronts);
    // Informational: the scan was cancelled, or fewer backs than fronts came in.
    void notice(const QString& text);

private:
    enum class Pass { Single, Fronts, Backs };

    bool launch();
    void onPage(const ScannedPage& page);
    void onFinished(const ScanError& error, int pages);
    void setPhase(Phase phase);

    QPointer<ScannerDirectory> m_directory;
    ScanDocument* m_document;
    QPointer<ScanJob> m_job;
    Plan m_plan;
    Pass m_pass = Pass::Single;
    Phase m_phase = Phase::Idle;
    ScanError m_error;
    QMap<QString, QString> m_overrides;
    int m_cursor = -1;   // where the next page goes (Append: end; Insert: advances)
    QList<int> m_fronts; // manual duplex: page ids of the fronts, by sheet
    int m_backs = 0;     // manual duplex: backs received
    int m_passPages = 0; // pages received in the running job
    int m_received = 0;
    int m_expected = 0;
    int m_currentPage = -1;
    int m_currentPercent = 0;
    bool m_replaced = false;
};

} // namespace motcua::scan
