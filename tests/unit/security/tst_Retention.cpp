// Retention: local copies go a set number of days after the registry confirmed them, files without a
// row and stale unfinished work go too; each run is in the audit trail. Also the settings that drive it.
#include "AuditTrail.h"
#include "FileStore.h"
#include "RetentionPurger.h"
#include "SecurityError.h"
#include "SecurityFixtures.h"
#include "SecuritySettings.h"
#include "StorageTime.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::security;

class tst_Retention : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void purgesConfirmedCopiesAfterTheirPeriod();
    void dryRunChangesNothing();
    void removesOrphansAndStaleDrafts();
    void runIsAudited();
    void settingsHaveDefaultsAndBounds();

private:
    QString putFile(const QByteArray& content, const QDateTime& uploadedAt = {});
    static void touch(const QString& path, const QDateTime& when);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_root;
    QDateTime m_now;
};

void tst_Retention::init()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openDatabase(m_dir.filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_root = FileStore::defaultRoot(m_db->path());
    m_now = test::vnTime(2026, 6, 1, 10, 0);
}

void tst_Retention::cleanup()
{
    m_db.reset();
    QDir(m_root).removeRecursively();
    QDir(m_dir.filePath(QStringLiteral("drafts"))).removeRecursively();
    QFile::remove(m_dir.filePath(QStringLiteral("desk.sqlite")));
}

QString tst_Retention::putFile(const QByteArray& content, const QDateTime& uploadedAt)
{
    FileStore store(*m_db, m_root);
    auto stored = store.put(content, QStringLiteral("application/pdf"));
    if (!stored)
        return {};
    if (uploadedAt.isValid() && !store.markUploaded(stored->sha256, uploadedAt))
        return {};
    return stored->sha256;
}

void tst_Retention::touch(const QString& path, const QDateTime& when)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
}

void tst_Retention::purgesConfirmedCopiesAfterTheirPeriod()
{
    const QString old = putFile("confirmed 40 days ago", m_now.addDays(-40));
    const QString recent = putFile("confirmed 10 days ago", m_now.addDays(-10));
    const QString pending = putFile("not yet at the registry");
    QVERIFY(!old.isEmpty() && !recent.isEmpty() && !pending.isEmpty());
    FileStore store(*m_db, m_root);

    auto report = RetentionPurger(*m_db, m_root).purge(m_now, 30, 14);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->filesPurged, 1);
    QCOMPARE(report->bytesFreed, qint64(QByteArray("confirmed 40 days ago").size()));
    QVERIFY(report->problems.isEmpty());

    QVERIFY(!QFile::exists(store.absolutePath(old)));
    QVERIFY(store.info(old)->purgedAt.isValid()); // the row stays: the dossier still names the document
    QVERIFY(QFile::exists(store.absolutePath(recent)));
    QVERIFY(!store.info(recent)->purgedAt.isValid());
    QVERIFY(QFile::exists(store.absolutePath(pending)));

    // A second run finds nothing more; with a shorter period the recent one goes too.
    QCOMPARE(RetentionPurger(*m_db, m_root).purge(m_now, 30, 14)->filesPurged, 0);
    QCOMPARE(RetentionPurger(*m_db, m_root).purge(m_now, 7, 14)->filesPurged, 1);
    QVERIFY(!QFile::exists(store.absolutePath(recent)));
    QVERIFY(QFile::exists(store.absolutePath(pending)));
}

void tst_Retention::dryRunChangesNothing()
{
    const QString old = putFile("confirmed long ago", m_now.addDays(-400));
    auto report = RetentionPurger(*m_db, m_root).purge(m_now, 30, 14, true);
    QVERIFY(report.ok());
    QVERIFY(report->dryRun);
    QCOMPARE(report->filesPurged, 1);
    FileStore store(*m_db, m_root);
    QVERIFY(QFile::exists(store.absolutePath(old)));
    QVERIFY(!store.info(old)->purgedAt.isValid());
}

void tst_Retention::removesOrphansAndStaleDrafts()
{
    // A file whose save was rolled back: on disk, no row.
    QDir().mkpath(m_root + QStringLiteral("/ab"));
    const QString orphan = m_root + QStringLiteral("/ab/ab") + QString(62, QLatin1Char('0'));
    touch(orphan, m_now);
    // Unfinished work: one batch folder untouched for 20 days, one touched yesterday, one stale file.
    const QString drafts = m_dir.filePath(QStringLiteral("drafts"));
    QDir().mkpath(drafts + QStringLiteral("/old-batch"));
    QDir().mkpath(drafts + QStringLiteral("/fresh-batch"));
    touch(drafts + QStringLiteral("/old-batch/page-0001.png"), m_now.addDays(-20));
    touch(drafts + QStringLiteral("/fresh-batch/page-0001.png"), m_now.addDays(-20));
    touch(drafts + QStringLiteral("/fresh-batch/page-0002.png"), m_now.addDays(-1));
    touch(drafts + QStringLiteral("/reception-draft.json"), m_now.addDays(-15));

    RetentionPurger purger(*m_db, m_root);
    purger.setDraftFolders({drafts, m_dir.filePath(QStringLiteral("no-such-folder"))});
    auto report = purger.purge(m_now, 30, 14);
    QVERIFY(report.ok());
    QCOMPARE(report->orphansRemoved, 1);
    QCOMPARE(report->draftsPurged, 2);
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(!QFile::exists(drafts + QStringLiteral("/old-batch")));
    QVERIFY(!QFile::exists(drafts + QStringLiteral("/reception-draft.json")));
    QVERIFY(QFile::exists(drafts + QStringLiteral("/fresh-batch/page-0001.png")));
}

void tst_Retention::runIsAudited()
{
    putFile("confirmed long ago", m_now.addDays(-100));
    auto report = RetentionPurger(*m_db, m_root).purgeAndRecord(QStringLiteral("system"), m_now, 30, 14);
    QVERIFY(report.ok());
    auto rows = AuditTrail(*m_db).query({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().action, QStringLiteral("retention.purge"));
    QCOMPARE(rows->first().actor, QStringLiteral("system"));
    QVERIFY(rows->first().detail.startsWith(QStringLiteral("files 1 (")));
    // A dry run is not recorded.
    QVERIFY(RetentionPurger(*m_db, m_root).purgeAndRecord(QStringLiteral("system"), m_now, 30, 14, true).ok());
    QCOMPARE(*AuditTrail(*m_db).count(), 1);
}

void tst_Retention::settingsHaveDefaultsAndBounds()
{
    SecuritySettings settings(*m_db);
    QCOMPARE(settings.autoLockMinutes(), 5);
    QCOMPARE(settings.fileRetentionDays(), 30);
    QCOMPARE(settings.draftRetentionDays(), 14);
    QCOMPARE(settings.maxOfflineDays(), 30);
    QVERIFY(settings.setNumber(QLatin1String(SecuritySettings::kFileRetentionDays), 90).ok());
    QCOMPARE(settings.fileRetentionDays(), 90);
    QVERIFY(settings.setNumber(QLatin1String(SecuritySettings::kAutoLockMinutes), 0).ok()); // never
    QCOMPARE(settings.autoLockMinutes(), 0);

    const Status tooLong = settings.setNumber(QLatin1String(SecuritySettings::kAutoLockMinutes), 100000);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, QLatin1String(security_error::BadSetting));
    QVERIFY(!settings.setNumber(QStringLiteral("no.such.setting"), 1).ok());
    // A value written behind the program's back that is out of bounds reads as the default.
    QVERIFY(settings.setText(QLatin1String(SecuritySettings::kDraftRetentionDays), QStringLiteral("-3")).ok());
    QCOMPARE(settings.draftRetentionDays(), 14);
}

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_Retention.moc"
