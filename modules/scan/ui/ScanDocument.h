#pragma once

#include "BatchSpool.h"
#include "PdfAWriter.h"
#include "PipelineOptions.h"
#include "ProcessedPage.h"
#include "ScannedPage.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <optional>

namespace motcua::scan {

// One page of the document being put together, in the order the official sees (and saves) it.
struct DocumentPage
{
    enum class Side { Single, Front, Back };

    int id = 0;         // unique in the document: the page's raw image in the spool (page-<id+1>.png)
    quint64 serial = 0; // unique in the process, never reused (ids start again after clear())
    int dpi = 300;
    int rotation = 0;        // clockwise, 0/90/180/270, as the official turned it
    PipelineOptions options; // how it was scanned (the profile's pipeline), rotation aside
    Side side = Side::Single;
    int sheet = -1;                         // manual duplex: the sheet this side belongs to
    std::optional<ProcessedPage> processed; // the latest pipeline result (for an older rotation while busy)
    QImage thumbnail;                       // small view of the encoded page, made on the thread pool
    QString error;                          // the pipeline failed on this page (it stays in the list, flagged)
    bool inFlight = false;                  // the pipeline is working on it
    int inFlightRotation = 0;
    int processedRotation = 0; // the rotation `processed` was made with

    bool isReady() const { return !inFlight && processed && processed->encoded.data.size() > 0; }
    bool looksBlank() const { return processed && processed->blank; }
    qint64 bytes() const { return processed ? processed->encoded.data.size() : 0; }
};

// The pages of one PDF in the making: a list model the thumbnail strip shows (drag-and-drop reorder), and
// the operations the page offers (insert, replace, move, rotate, delete, save). Every page that arrives is
// written to a crash-recovery spool (BatchSpool) and run through the page pipeline (PageProcessor) on the
// thread pool; a rotation runs the pipeline again on the raw page, so nothing is re-compressed twice.
// The order, rotations and options are kept beside the pages in the spool (layout.json), so a crash
// loses neither the pages nor the official's edits. Lives in the GUI thread.
class ScanDocument : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PageIdRole = Qt::UserRole + 1,
        ReadyRole,
        BlankRole,
        EncodingRole, // encoding label, "G4" / "JPEG"
        BytesRole,
        RotationRole,
        ErrorRole,
        SideRole,
    };

    explicit ScanDocument(QObject* parent = nullptr);
    ~ScanDocument() override;

    // Where spools go (default BatchSpool::defaultRoot()); empty keeps raw pages in memory only.
    void setSpoolRoot(const QString& root) { m_spoolRoot = root; }
    const QString& spoolRoot() const { return m_spoolRoot; }
    // Seals the spool's pages and manifest (the profile's data key); null writes them as they are.
    void setSpoolSealer(std::shared_ptr<const FileSealer> sealer) { m_spoolSealer = std::move(sealer); }
    const std::shared_ptr<const FileSealer>& spoolSealer() const { return m_spoolSealer; }
    // What the spool manifest records (title, component, device); written when the first page arrives.
    void setDescription(const QJsonObject& description) { m_description = description; }
    std::optional<BatchSpool> spool() const { return m_spool; }

    int count() const { return int(m_pages.size()); }
    const DocumentPage& page(int position) const { return m_pages.at(position); }
    int positionOf(int pageId) const;
    int positionOfSerial(quint64 serial) const;
    QList<int> pageIds() const;
    bool isBusy() const;
    int busyCount() const;
    bool isSaving() const { return m_saving; }
    qint64 totalBytes() const;
    int blankCount() const;
    int failedCount() const;

    // A page straight from the scanner, inserted at `position` (clamped; -1 = at the end). Returns its id.
    int insertScanned(int position, const ScannedPage& raw, const PipelineOptions& options,
                      DocumentPage::Side side = DocumentPage::Side::Single, int sheet = -1);
    // A rescan replaces the page at `position` (same place, new raw image). Returns the new id.
    int replaceScanned(int position, const ScannedPage& raw, const PipelineOptions& options);
    bool movePage(int from, int to);
    // +1 = a quarter turn clockwise, -1 = counter-clockwise.
    void rotatePage(int position, int quarterTurns);
    void removePage(int position);
    // Deletes the pages flagged as blank (only when the official asks); returns how many.
    int removeBlankPages();
    // Forgets every page and removes the spool (the official discarded the document, or it was saved).
    void clear();

    // Writes the pages, in the order shown, as one PDF/A-2b file through PdfAWriter on the thread pool;
    // saved() or saveFailed() follows. Refused (false) while busy, saving or empty.
    bool save(const QString& path, const PdfAWriter::Metadata& metadata);

    // Spool folders under `root` left by an earlier run (not those of documents open now), oldest first.
    static QStringList interruptedSpools(const QString& root);
    // Takes over an interrupted spool: its pages come back in their last order and rotation. A spool sealed
    // under another key (or with no key to open it) is refused with scan.spool_key and left as it is.
    Status recover(const QString& spoolDirectory);

    // QAbstractListModel
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

signals:
    void busyChanged(bool busy);
    // Count, sizes, blank flags or readiness changed: summary labels refresh.
    void summaryChanged();
    void pageReady(int pageId);
    void pageFailed(int pageId, const QString& message);
    void saved(const QString& path, int pages, qint64 bytes);
    void saveFailed(const QString& code, const QString& message);
    // The spool could not be written: pages stay in memory, but a crash would lose them.
    void spoolProblem(const QString& message);

private:
    struct Outcome
    {
        std::optional<ProcessedPage> page;
        QImage thumbnail;
        QString error;
        QString spoolError;
        bool spooled = false; // this run wrote the raw page to the spool
    };

    void ensureSpool();
    DocumentPage newPage(const ScannedPage& raw, const PipelineOptions& options, DocumentPage::Side side, int sheet);
    void startProcessing(int pageId, const ScannedPage& raw);
    void process(int pageId, const std::optional<ScannedPage>& raw, bool writeToSpool);
    void finishProcessing(quint64 serial, const Outcome& outcome);
    void writeLayout() const;
    void notifyRow(int position);
    void setBusyFrom(bool wasBusy);

    QList<DocumentPage> m_pages;
    QHash<int, ScannedPage> m_memoryRaw; // until the spool holds the page (always, when there is no spool)
    QString m_spoolRoot;
    std::shared_ptr<const FileSealer> m_spoolSealer;
    QJsonObject m_description;
    std::optional<BatchSpool> m_spool;
    bool m_spoolFailed = false;
    bool m_saving = false;
    int m_nextId = 0;
    static quint64 s_nextSerial;
};

} // namespace motcua::scan
