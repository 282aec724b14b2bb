#pragma once

#include "Result.h"

#include <QDateTime>
#include <QStringList>

namespace motcua {
class Database;
}

namespace motcua::security {

// What one retention run did (or, dry, would do).
struct RetentionReport
{
    bool dryRun = false;
    int filesPurged = 0; // local copies the registry holds, past the retention period
    qint64 bytesFreed = 0;
    int orphansRemoved = 0; // files without a row (a rolled-back save)
    int draftsPurged = 0;   // unfinished work past its period (interrupted scans, drafts)
    QStringList problems;   // what could not be removed (technical, no personal data)

    QString summary() const;
};

// Retention of personal data on the desk (docs/SECURITY.md "Retention"):
//  - the local copy of a scan or face image goes `fileDays` days after the registry confirmed it holds it
//    (files.uploaded_at); its row stays, marked purged_at, so the dossier still names the document;
//  - files of the store without a row, and leftover temporaries, go at once;
//  - unfinished work (entries under the draft folders: interrupted scan batches, saved drafts) goes
//    `draftDays` days after it was last touched.
// Files are sealed (AES-256-GCM), so removing the ciphertext is enough: a copy the SSD or the file
// system keeps elsewhere is unreadable without the data key, which never leaves the keychain.
//
// Blocking (file system): call from a worker thread with its own connection, or from the CLI.
class RetentionPurger
{
public:
    RetentionPurger(Database& db, QString fileRoot);

    void setDraftFolders(const QStringList& folders) { m_draftFolders = folders; }
    // Where unfinished work is kept: the scan module's spool (<app local data>/scan-spool, see
    // modules/scan BatchSpool::defaultRoot) and the profile's drafts folder.
    static QStringList defaultDraftFolders(const QString& profileDirectory);

    Result<RetentionReport> purge(const QDateTime& now, int fileDays, int draftDays, bool dryRun = false);
    // purge(), then (unless dry) a retention.purge row in the audit trail by `actor`.
    Result<RetentionReport> purgeAndRecord(const QString& actor, const QDateTime& now, int fileDays, int draftDays,
                                           bool dryRun = false);

private:
    Status purgeFiles(const QDateTime& cutoff, RetentionReport& report);
    void purgeDrafts(const QDateTime& cutoff, RetentionReport& report);

    Database& m_db;
    QString m_fileRoot;
    QStringList m_draftFolders;
};

} // namespace motcua::security
