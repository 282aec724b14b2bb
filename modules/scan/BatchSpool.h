#pragma once

#include "Result.h"
#include "ScannedPage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace motcua::scan {

// A per-batch folder where every page is written the moment it arrives, so an app crash, a power cut or a
// scanner that dies mid-batch loses nothing already scanned. Pages are written atomically (temporary file +
// rename): a page file that exists is complete. A batch whose PDF was written is removed; any folder left
// behind is an interrupted batch that recover() can turn into a PDF.
//
//   <root>/<batch-id>/batch.json      what was scanned (device, settings, title, target file)
//   <root>/<batch-id>/page-0001.png   raw pages in feed order (PNG, fast zlib level)
class BatchSpool
{
public:
    // <AppLocalDataLocation>/scan-spool
    static QString defaultRoot();

    static Result<BatchSpool> create(const QString& root, const QJsonObject& description);
    static Result<BatchSpool> open(const QString& directory);
    // Batch folders under `root` that still hold pages, oldest first.
    static QStringList interrupted(const QString& root);

    const QString& directory() const { return m_directory; }
    QString id() const;
    QJsonObject description() const;

    // Thread-safe for different pages.
    Status addPage(const ScannedPage& page) const;
    QList<int> pageIndexes() const;
    Result<ScannedPage> loadPage(int index) const;
    // The batch made it into a PDF: nothing left to recover.
    Status remove() const;

private:
    explicit BatchSpool(QString directory) : m_directory(std::move(directory)) {}
    QString pagePath(int index) const;

    QString m_directory;
};

} // namespace motcua::scan
