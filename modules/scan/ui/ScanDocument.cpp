#include "ScanDocument.h"

#include "PagePreview.h"
#include "PageProcessor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent>

Q_DECLARE_LOGGING_CATEGORY(lcScanUi)

namespace motcua::scan {

namespace {

constexpr int kThumbnailSide = 240; // pixels, longer side
const QString kLayout = QStringLiteral("layout.json");

// Spool folders of documents open in this process: not "interrupted", whatever the disk says.
QSet<QString>& openSpools()
{
    static QSet<QString> set;
    return set;
}

QString sideName(DocumentPage::Side side)
{
    switch (side) {
    case DocumentPage::Side::Front:
        return QStringLiteral("front");
    case DocumentPage::Side::Back:
        return QStringLiteral("back");
    case DocumentPage::Side::Single:
        break;
    }
    return QStringLiteral("single");
}

DocumentPage::Side sideFromName(const QString& name)
{
    if (name == QLatin1String("front"))
        return DocumentPage::Side::Front;
    if (name == QLatin1String("back"))
        return DocumentPage::Side::Back;
    return DocumentPage::Side::Single;
}

QJsonObject optionsToJson(const PipelineOptions& o)
{
    return QJsonObject{{QStringLiteral("mode"), toString(o.mode)},       {QStringLiteral("deskew"), o.deskew},
                       {QStringLiteral("autoBilevel"), o.autoBilevel},   {QStringLiteral("jpegQuality"), o.jpegQuality},
                       {QStringLiteral("cleanBorders"), o.cleanBorders}, {QStringLiteral("ocr"), o.ocr},
                       {QStringLiteral("ocrLanguage"), o.ocrLanguage}};
}

PipelineOptions optionsFromJson(const QJsonObject& json)
{
    PipelineOptions o;
    o.mode = colorModeFromString(json.value(QStringLiteral("mode")).toString()).value_or(o.mode);
    o.deskew = json.value(QStringLiteral("deskew")).toBool(o.deskew);
    o.autoBilevel = json.value(QStringLiteral("autoBilevel")).toBool(o.autoBilevel);
    o.jpegQuality = json.value(QStringLiteral("jpegQuality")).toInt(o.jpegQuality);
    o.cleanBorders = json.value(QStringLiteral("cleanBorders")).toBool(o.cleanBorders);
    o.ocr = json.value(QStringLiteral("ocr")).toBool(o.ocr);
    o.ocrLanguage = json.value(QStringLiteral("ocrLanguage")).toString(o.ocrLanguage);
    return o;
}

} // namespace

quint64 ScanDocument::s_nextSerial = 1;

ScanDocument::ScanDocument(QObject* parent) : QAbstractListModel(parent), m_spoolRoot(BatchSpool::defaultRoot())
{
    qRegisterMetaType<ProcessedPage>();
}

ScanDocument::~ScanDocument()
{
    // The spool stays on disk on purpose: a document closed without saving is offered for recovery.
    if (m_spool)
        openSpools().remove(m_spool->directory());
}

int ScanDocument::positionOfSerial(quint64 serial) const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).serial == serial)
            return i;
    return -1;
}

int ScanDocument::positionOf(int pageId) const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).id == pageId)
            return i;
    return -1;
}

QList<int> ScanDocument::pageIds() const
{
    QList<int> ids;
    for (const DocumentPage& p : m_pages)
        ids.append(p.id);
    return ids;
}

bool ScanDocument::isBusy() const
{
    return busyCount() > 0;
}

int ScanDocument::busyCount() const
{
    int n = 0;
    for (const DocumentPage& p : m_pages)
        n += p.inFlight ? 1 : 0;
    return n;
}

qint64 ScanDocument::totalBytes() const
{
    qint64 total = 0;
    for (const DocumentPage& p : m_pages)
        total += p.bytes();
    return total;
}

int ScanDocument::blankCount() const
{
    int n = 0;
    for (const DocumentPage& p : m_pages)
        n += p.looksBlank() ? 1 : 0;
    return n;
}

int ScanDocument::failedCount() const
{
    int n = 0;
    for (const DocumentPage& p : m_pages)
        n += p.error.isEmpty() ? 0 : 1;
    return n;
}

void ScanDocument::ensureSpool()
{
    if (m_spool || m_spoolFailed || m_spoolRoot.isEmpty())
        return;
    QJsonObject description = m_description;
    description.insert(QStringLiteral("kind"), QStringLiteral("scan-document"));
    auto spool = BatchSpool::create(m_spoolRoot, description, m_spoolSealer);
    if (!spool) {
        m_spoolFailed = true;
        qCWarning(lcScanUi) << "no spool:" << spool.error().message;
        emit spoolProblem(spool.error().message);
        return;
    }
    m_spool = spool.value();
    openSpools().insert(m_spool->directory());
}

DocumentPage ScanDocument::newPage(const ScannedPage& raw, const PipelineOptions& options, DocumentPage::Side side,
                                   int sheet)
{
    DocumentPage page;
    page.id = m_nextId++;
    page.serial = s_nextSerial++;
    page.dpi = raw.dpi;
    page.options = options;
    page.options.rotation = 0; // the official's turns are kept apart, in `rotation`
    page.side = side;
    page.sheet = sheet;
    return page;
}

void ScanDocument::startProcessing(int pageId, const ScannedPage& raw)
{
    ScannedPage copy = raw;
    copy.index = pageId;              // the page's file in the spool
    m_memoryRaw.insert(pageId, copy); // until the spool has it
    process(pageId, copy, true);
    writeLayout();
    emit summaryChanged();
}

int ScanDocument::insertScanned(int position, const ScannedPage& raw, const PipelineOptions& options,
                                DocumentPage::Side side, int sheet)
{
    const bool wasBusy = isBusy();
    ensureSpool();
    if (position < 0 || position > m_pages.size())
        position = int(m_pages.size());
    const DocumentPage page = newPage(raw, options, side, sheet);
    beginInsertRows({}, position, position);
    m_pages.insert(position, page);
    endInsertRows();
    startProcessing(page.id, raw);
    setBusyFrom(wasBusy);
    return page.id;
}

int ScanDocument::replaceScanned(int position, const ScannedPage& raw, const PipelineOptions& options)
{
    if (position < 0 || position >= m_pages.size())
        return insertScanned(-1, raw, options);
    const bool wasBusy = isBusy();
    ensureSpool();
    DocumentPage& page = m_pages[position];
    m_memoryRaw.remove(page.id);
    page = newPage(raw, options, page.side, page.sheet); // same place and side, a new raw image
    startProcessing(page.id, raw);
    notifyRow(position);
    setBusyFrom(wasBusy);
    return page.id;
}

bool ScanDocument::movePage(int from, int to)
{
    if (from < 0 || from >= m_pages.size() || to < 0 || to >= m_pages.size() || from == to)
        return false;
    // beginMoveRows wants the destination as "insert before" in the list before the move.
    const int destination = to > from ? to + 1 : to;
    if (!beginMoveRows({}, from, from, {}, destination))
        return false;
    m_pages.move(from, to);
    endMoveRows();
    writeLayout();
    return true;
}

bool ScanDocument::moveRows(const QModelIndex& sourceParent, int sourceRow, int rows,
                            const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || rows != 1)
        return false;
    if (sourceRow < 0 || sourceRow >= m_pages.size() || destinationChild < 0 || destinationChild > m_pages.size())
        return false;
    // destinationChild is "insert before" in the list as it is now.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return movePage(sourceRow, to);
}

void ScanDocument::rotatePage(int position, int quarterTurns)
{
    if (position < 0 || position >= m_pages.size() || quarterTurns % 4 == 0)
        return;
    const bool wasBusy = isBusy();
    DocumentPage& page = m_pages[position];
    page.rotation = (((page.rotation / 90 + quarterTurns) % 4 + 4) % 4) * 90;
    // While the pipeline works on it, the result comes back for the old rotation and is redone then.
    if (!page.inFlight)
        process(page.id, std::nullopt, false);
    notifyRow(position);
    writeLayout();
    setBusyFrom(wasBusy);
    emit summaryChanged();
}

void ScanDocument::removePage(int position)
{
    if (position < 0 || position >= m_pages.size())
        return;
    const bool wasBusy = isBusy();
    beginRemoveRows({}, position, position);
    m_memoryRaw.remove(m_pages.at(position).id);
    m_pages.removeAt(position);
    endRemoveRows();
    writeLayout();
    setBusyFrom(wasBusy);
    emit summaryChanged();
}

int ScanDocument::removeBlankPages()
{
    int removed = 0;
    for (int i = int(m_pages.size()) - 1; i >= 0; --i) {
        if (m_pages.at(i).looksBlank()) {
            removePage(i);
            ++removed;
        }
    }
    return removed;
}

void ScanDocument::clear()
{
    const bool wasBusy = isBusy();
    beginResetModel();
    m_pages.clear();
    m_memoryRaw.clear();
    endResetModel();
    if (m_spool) {
        openSpools().remove(m_spool->directory());
        m_spool->remove();
        m_spool.reset();
    }
    m_spoolFailed = false;
    m_nextId = 0; // a new spool comes with the next page; late pipeline results are told apart by serial
    setBusyFrom(wasBusy);
    emit summaryChanged();
}

void ScanDocument::process(int pageId, const std::optional<ScannedPage>& raw, bool writeToSpool)
{
    const int position = positionOf(pageId);
    if (position < 0)
        return;
    DocumentPage& page = m_pages[position];
    page.inFlight = true;
    page.inFlightRotation = page.rotation;
    PipelineOptions options = page.options;
    options.rotation = page.rotation;
    const std::optional<BatchSpool> spool = m_spool;
    const quint64 serial = page.serial;
    std::optional<ScannedPage> input = raw;
    if (!input && m_memoryRaw.contains(pageId))
        input = m_memoryRaw.value(pageId);
    QtConcurrent::run([spool, input, pageId, options, writeToSpool]() {
        Outcome out;
        ScannedPage rawPage;
        if (input) {
            rawPage = *input;
            // Spool first: once written, the page survives a crash of the pipeline or of the desk.
            if (writeToSpool && spool) {
                if (Status s = spool->addPage(rawPage); !s)
                    out.spoolError = s.error().message;
                else
                    out.spooled = true;
            }
        } else if (spool) {
            auto loaded = spool->loadPage(pageId);
            if (!loaded) {
                out.error = loaded.error().message;
                return out;
            }
            rawPage = loaded.value();
        } else {
            out.error = QStringLiteral("raw page %1 is gone").arg(pageId);
            return out;
        }
        auto processed = PageProcessor::process(rawPage, options);
        if (!processed) {
            out.error = processed.error().message;
            return out;
        }
        ProcessedPage result = processed.value();
        result.thumbnail = QImage(); // the 100 dpi analysis view; previews decode what is saved instead
        out.thumbnail = PagePreview::decode(result.encoded, kThumbnailSide);
        out.page = std::move(result);
        return out;
    }).then(this, [this, serial](const Outcome& outcome) { finishProcessing(serial, outcome); });
}

void ScanDocument::finishProcessing(quint64 serial, const Outcome& outcome)
{
    const int position = positionOfSerial(serial);
    if (position < 0)
        return; // deleted, replaced or cleared meanwhile
    const bool wasBusy = isBusy();
    DocumentPage& page = m_pages[position];
    const int pageId = page.id;
    page.inFlight = false;
    if (!outcome.spoolError.isEmpty()) {
        // The raw page stays in memory instead, and the official is told a crash would lose it.
        qCWarning(lcScanUi) << "spool write failed:" << outcome.spoolError;
        emit spoolProblem(outcome.spoolError);
    } else if (outcome.spooled) {
        m_memoryRaw.remove(pageId); // on disk now: a rotation reads it back from there
    }
    if (outcome.page) {
        page.processed = outcome.page;
        page.processedRotation = page.inFlightRotation;
        page.thumbnail = outcome.thumbnail;
        page.error.clear();
    } else {
        page.error = outcome.error;
    }
    if (page.rotation != page.inFlightRotation) {
        process(pageId, std::nullopt, false); // turned while the pipeline was busy: once more
    } else if (outcome.page) {
        emit pageReady(pageId);
    } else {
        qCWarning(lcScanUi) << "page" << pageId << "failed:" << outcome.error;
        emit pageFailed(pageId, outcome.error);
    }
    notifyRow(position);
    setBusyFrom(wasBusy);
    emit summaryChanged();
}

void ScanDocument::notifyRow(int position)
{
    const QModelIndex i = index(position);
    emit dataChanged(i, i);
}

void ScanDocument::setBusyFrom(bool wasBusy)
{
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void ScanDocument::writeLayout() const
{
    if (!m_spool)
        return;
    QJsonArray pages;
    for (const DocumentPage& p : m_pages) {
        pages.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("rotation"), p.rotation},
                                 {QStringLiteral("side"), sideName(p.side)},
                                 {QStringLiteral("sheet"), p.sheet},
                                 {QStringLiteral("options"), optionsToJson(p.options)}});
    }
    QSaveFile file(m_spool->directory() + QLatin1Char('/') + kLayout);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("pages"), pages}}).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

bool ScanDocument::save(const QString& path, const PdfAWriter::Metadata& metadata)
{
    if (m_saving || isBusy() || m_pages.isEmpty())
        return false;
    QList<EncodedPage> encoded;
    for (const DocumentPage& p : std::as_const(m_pages)) {
        if (!p.processed)
            return false; // a page the pipeline could not handle: the official deletes or rescans it first
        encoded.append(p.processed->encoded);
    }
    m_saving = true;
    emit summaryChanged();
    const std::optional<BatchSpool> spool = m_spool;
    QtConcurrent::run([encoded, path, metadata]() -> Status {
        QDir().mkpath(QFileInfo(path).absolutePath());
        PdfAWriter writer(metadata);
        for (const EncodedPage& page : encoded)
            writer.addPage(page);
        return writer.save(path);
    }).then(this, [this, path, pages = int(encoded.size())](const Status& status) {
        m_saving = false;
        if (!status) {
            emit summaryChanged();
            emit saveFailed(status.error().code, status.error().message);
            return;
        }
        // The file is in place: nothing is left to recover.
        if (m_spool) {
            openSpools().remove(m_spool->directory());
            m_spool->remove();
            m_spool.reset();
        }
        emit summaryChanged();
        emit saved(path, pages, QFileInfo(path).size());
    });
    return true;
}

QStringList ScanDocument::interruptedSpools(const QString& root)
{
    QStringList result;
    for (const QString& dir : BatchSpool::interrupted(root)) {
        if (openSpools().contains(QDir(dir).absolutePath()) || openSpools().contains(dir))
            continue;
        auto spool = BatchSpool::open(dir);
        if (spool && !spool->pageIndexes().isEmpty())
            result.append(dir);
    }
    return result;
}

Status ScanDocument::recover(const QString& spoolDirectory)
{
    auto opened = BatchSpool::open(spoolDirectory, m_spoolSealer);
    if (!opened)
        return opened.error();
    // Before anything is taken over: a batch this key cannot open stays on disk untouched.
    if (Status readable = opened->checkReadable(); !readable)
        return readable;
    clear();
    const BatchSpool spool = opened.value();
    const QList<int> onDisk = spool.pageIndexes();
    QList<DocumentPage> pages;
    QFile layoutFile(spool.directory() + QLatin1Char('/') + kLayout);
    if (layoutFile.open(QIODevice::ReadOnly)) {
        const QJsonArray array =
            QJsonDocument::fromJson(layoutFile.readAll()).object().value(QStringLiteral("pages")).toArray();
        for (const QJsonValue v : array) {
            const QJsonObject o = v.toObject();
            DocumentPage p;
            p.serial = s_nextSerial++;
            p.id = o.value(QStringLiteral("id")).toInt(-1);
            if (!onDisk.contains(p.id))
                continue; // written to the layout, but the page file never made it
            p.rotation = o.value(QStringLiteral("rotation")).toInt() % 360;
            p.side = sideFromName(o.value(QStringLiteral("side")).toString());
            p.sheet = o.value(QStringLiteral("sheet")).toInt(-1);
            p.options = optionsFromJson(o.value(QStringLiteral("options")).toObject());
            pages.append(p);
        }
    } else {
        // Only pages (a crash before the first edit was recorded): feed order, the batch's options.
        const PipelineOptions options =
            optionsFromJson(spool.description().value(QStringLiteral("options")).toObject());
        for (int id : onDisk) {
            DocumentPage p;
            p.serial = s_nextSerial++;
            p.id = id;
            p.options = options;
            pages.append(p);
        }
    }
    m_description = spool.description();
    m_spool = spool;
    openSpools().insert(spool.directory());
    m_nextId = onDisk.isEmpty() ? 0 : onDisk.last() + 1;
    beginResetModel();
    m_pages = pages;
    endResetModel();
    for (const DocumentPage& p : pages)
        process(p.id, std::nullopt, false);
    writeLayout();
    emit busyChanged(isBusy());
    emit summaryChanged();
    return Status::success();
}

int ScanDocument::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant ScanDocument::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_pages.size())
        return {};
    const DocumentPage& p = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("Page %1").arg(index.row() + 1);
        if (p.inFlight)
            return text + QStringLiteral(" · …");
        if (p.processed)
            text += QStringLiteral(" · %1 · %2")
                        .arg(PagePreview::encodingLabel(p.processed->encoded.encoding),
                             QLocale().formattedDataSize(p.bytes(), 0));
        return text;
    }
    case Qt::DecorationRole:
        return p.thumbnail;
    case Qt::ToolTipRole: {
        QStringList lines{tr("Page %1").arg(index.row() + 1)};
        if (p.processed) {
            lines << tr("%1, %2 × %3 px, %4 dpi, %5")
                         .arg(PagePreview::encodingLabel(p.processed->encoded.encoding))
                         .arg(p.processed->encoded.width)
                         .arg(p.processed->encoded.height)
                         .arg(p.processed->encoded.dpi)
                         .arg(QLocale().formattedDataSize(p.bytes()));
        }
        if (p.looksBlank())
            lines << tr("Looks blank: check it; it is kept unless you delete it.");
        if (!p.error.isEmpty())
            lines << tr("Could not be processed: rescan or delete it.");
        if (p.side == DocumentPage::Side::Back)
            lines << tr("Back of sheet %1").arg(p.sheet + 1);
        else if (p.side == DocumentPage::Side::Front)
            lines << tr("Front of sheet %1").arg(p.sheet + 1);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString() +
               (p.looksBlank() ? QStringLiteral(" · ") + tr("looks blank") : QString());
    case PageIdRole:
        return p.id;
    case ReadyRole:
        return p.isReady();
    case BlankRole:
        return p.looksBlank();
    case EncodingRole:
        return p.processed ? PagePreview::encodingLabel(p.processed->encoded.encoding) : QString();
    case BytesRole:
        return p.bytes();
    case RotationRole:
        return p.rotation;
    case ErrorRole:
        return p.error;
    case SideRole:
        return int(p.side);
    default:
        return {};
    }
}

Qt::ItemFlags ScanDocument::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

} // namespace motcua::scan
