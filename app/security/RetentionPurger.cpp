#include "RetentionPurger.h"

#include "AuditTrail.h"
#include "Database.h"
#include "FileStore.h"
#include "SecurityLog.h"
#include "StorageTime.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace motcua::security {

QString RetentionReport::summary() const
{
    QString text = QStringLiteral("files %1 (%2 bytes), drafts %3, orphans %4")
                       .arg(filesPurged)
                       .arg(bytesFreed)
                       .arg(draftsPurged)
                       .arg(orphansRemoved);
    if (dryRun)
        text += QStringLiteral(", dry run");
    if (!problems.isEmpty())
        text += QStringLiteral(", %1 problem(s)").arg(problems.size());
    return text;
}

RetentionPurger::RetentionPurger(Database& db, QString fileRoot) : m_db(db), m_fileRoot(std::move(fileRoot)) {}

QStringList RetentionPurger::defaultDraftFolders(const QString& profileDirectory)
{
    return {QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                .filePath(QStringLiteral("scan-spool")),
            QDir(profileDirectory).filePath(QStringLiteral("drafts"))};
}

Result<RetentionReport> RetentionPurger::purge(const QDateTime& now, int fileDays, int draftDays, bool dryRun)
{
    RetentionReport report;
    report.dryRun = dryRun;
    if (Status st = purgeFiles(now.addDays(-fileDays), report); !st)
        return st.error();
    if (!dryRun) {
        auto orphans = FileStore(m_db, m_fileRoot).collectGarbage();
        if (orphans)
            report.orphansRemoved = orphans.value();
        else
            report.problems.append(orphans.error().code);
    }
    purgeDrafts(now.addDays(-draftDays), report);
    qCInfo(lcSecurity) << "retention:" << report.summary();
    return report;
}

Result<RetentionReport> RetentionPurger::purgeAndRecord(const QString& actor, const QDateTime& now, int fileDays,
                                                        int draftDays, bool dryRun)
{
    auto report = purge(now, fileDays, draftDays, dryRun);
    if (!report || dryRun)
        return report;
    AuditEntry entry;
    entry.actor = actor;
    entry.action = QStringLiteral("retention.purge");
    entry.detail = report->summary();
    if (auto stored = AuditTrail(m_db).append(entry); !stored)
        return stored.error();
    return report;
}

Status RetentionPurger::purgeFiles(const QDateTime& cutoff, RetentionReport& report)
{
    QStringList due;
    QList<qint64> sizes;
    {
        Statement s = m_db.prepare("SELECT sha256, size FROM files WHERE purged_at IS NULL"
                                   " AND uploaded_at IS NOT NULL AND uploaded_at <= ?1 ORDER BY uploaded_at");
        s.bind(1, storage_time::toMs(cutoff));
        while (s.next()) {
            due.append(s.text(0));
            sizes.append(s.int64(1));
        }
        if (!s.status().ok())
            return s.status();
    }
    const FileStore store(m_db, m_fileRoot);
    for (int i = 0; i < due.size(); ++i) {
        const QString path = store.absolutePath(due.at(i));
        if (report.dryRun) {
            ++report.filesPurged;
            report.bytesFreed += sizes.at(i);
            continue;
        }
        // The file first, then the mark: a crash in between leaves a row that the next run finishes.
        if (QFile::exists(path) && !QFile::remove(path)) {
            report.problems.append(QStringLiteral("cannot remove %1").arg(due.at(i)));
            continue;
        }
        Statement& mark = m_db.cached("UPDATE files SET purged_at = ?2 WHERE sha256 = ?1 AND purged_at IS NULL");
        mark.bind(1, due.at(i)).bind(2, storage_time::nowMs());
        if (Status st = mark.run(); !st)
            return m_db.note(st);
        ++report.filesPurged;
        report.bytesFreed += sizes.at(i);
    }
    return Status::success();
}

void RetentionPurger::purgeDrafts(const QDateTime& cutoff, RetentionReport& report)
{
    for (const QString& folder : std::as_const(m_draftFolders)) {
        const QFileInfoList entries =
            QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QFileInfo& entry : entries) {
            // A folder was last touched when the newest file in it was (its own time, when it is empty).
            QDateTime touched;
            if (entry.isDir()) {
                QDirIterator it(entry.absoluteFilePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QDateTime modified = it.nextFileInfo().lastModified();
                    touched = touched.isValid() ? qMax(touched, modified) : modified;
                }
            }
            if (!touched.isValid())
                touched = entry.lastModified();
            if (touched > cutoff)
                continue;
            if (!report.dryRun) {
                const bool removed = entry.isDir() ? QDir(entry.absoluteFilePath()).removeRecursively()
                                                   : QFile::remove(entry.absoluteFilePath());
                if (!removed) {
                    report.problems.append(QStringLiteral("cannot remove a draft in %1").arg(folder));
                    continue;
                }
            }
            ++report.draftsPurged;
        }
    }
}

} // namespace motcua::security
