#pragma once

#include "Result.h"
#include "ScannedPage.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

namespace motcua {
class FileSealer;
}

namespace motcua::scan {

// A per-batch folder where every page is written the moment it arrives, so an app crash, a power cut or a
// scanner that dies mid-batch loses nothing already scanned. Pages are written atomically (temporary file +
// rename): a page file that exists is complete. A batch whose PDF was written is removed; any folder left
// behind is an interrupted batch that recover() can turn into a PDF.
//
// With a sealer (the profile's data key, docs/SECURITY.md) the pages and the manifest, which may name the
// citizen in its title, are sealed with AES-256-GCM like the file store's files; without one (a demo
// profile without a keychain, the CLI without a profile) they are written as they are. Sealed files are
// recognised by their content, so a spool written either way reads back with the right key.
//
//   <root>/<batch-id>/batch.json         what was scanned (device, settings, title, target file)
//   <root>/<batch-id>/page-0001.png      raw pages in feed order (PNG, fast zlib level), or
//   <root>/<batch-id>/page-0001.sealed   the same PNG sealed
class BatchSpool
{
public:
    // <AppLocalDataLocation>/scan-spool
    static QString defaultRoot();

    static Result<BatchSpool> create(const QString& root, const QJsonObject& description,
                                     std::shared_ptr<const FileSealer> sealer = nullptr);
    // Cheap: reads nothing but the folder. checkReadable() tells whether this key opens it.
    static Result<BatchSpool> open(const QString& directory, std::shared_ptr<const FileSealer> sealer = nullptr);
    // Batch folders under `root` that still hold pages, oldest first.
    static QStringList interrupted(const QString& root);

    const QString& directory() const { return m_directory; }
    QString id() const;
    bool seals() const { return m_sealer != nullptr; }
    // scan.spool_key when the batch was sealed under another key or there is no key to open it with;
    // the files stay as they are.
    Result<QJsonObject> readDescription() const;
    // readDescription(), or an empty object when it cannot be read.
    QJsonObject description() const;
    // Whether the pages of this batch can be read with this spool's key (reads the small manifest).
    Status checkReadable() const;

    // Thread-safe for different pages.
    Status addPage(const ScannedPage& page) const;
    QList<int> pageIndexes() const;
    Result<ScannedPage> loadPage(int index) const;
    // The batch made it into a PDF: nothing left to recover.
    Status remove() const;

private:
    BatchSpool(QString directory, std::shared_ptr<const FileSealer> sealer)
        : m_directory(std::move(directory)), m_sealer(std::move(sealer))
    {}
    QString pagePath(int index, bool sealed) const;
    Status writeFile(const QString& path, const QByteArray& plain) const;
    Result<QByteArray> readFile(const QString& path) const;

    QString m_directory;
    std::shared_ptr<const FileSealer> m_sealer;
};

} // namespace motcua::scan
