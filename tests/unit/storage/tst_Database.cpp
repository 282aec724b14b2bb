#include "DailySequence.h"
#include "Database.h"
#include "DatabaseFile.h"
#include "DossierRepository.h"
#include "Migration.h"
#include "StorageError.h"
#include "StorageFixtures.h"
#include "Transaction.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;

namespace {

// Creates an SQLite file the way another program would, with the raw C API.
void writeForeignDatabase(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

QString errorCode(const QString& path, const DatabaseOptions& options = {})
{
    auto db = Database::open(path, options);
    return db ? QString() : db.error().code;
}

QStringList sidecars(const QString& path)
{
    QStringList found;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(QLatin1String(suffix));
    return found;
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEmpty();
    void reopenIsIdempotent();
    void zeroByteFileBecomesDatabase();
    void missingFileWithoutCreate();
    void refusesNonSqliteFileUntouched();
    void refusesForeignSqliteUntouched_data();
    void refusesForeignSqliteUntouched();
    void refusesCorruptFileUntouched_data();
    void refusesCorruptFileUntouched();
    void refusesNewerSchemaUntouched();
    void copyAsideKeepsOriginal();
    void transactionsNestAllOrNothing();
    void transactionRollsBackOnScopeExit();
    void diagnosticsAccessors();
    void lookupsLeaveNoReadSnapshotBehind();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }
    // Our own database with a few hundred dossiers, closed.
    QString populatedDatabase(int dossiers);
};

QString tst_Database::populatedDatabase(int dossiers)
{
    const QString path = freshPath();
    auto db = openOrFail(path);
    if (!db)
        return {};
    DossierRepository repo(*db);
    Transaction tx(*db);
    for (int i = 0; i < dossiers; ++i) {
        Dossier d = sampleDossier(QStringLiteral("Nguyễn Văn %1").arg(i));
        if (!repo.create(d, {}, CodeRequest{QStringLiteral("Q01"), true}))
            return {};
    }
    if (!tx.commit())
        return {};
    return path;
}

void tst_Database::migratesFromEmpty()
{
    const QString path = freshPath();
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        const auto applied = db->appliedMigrations();
        QCOMPARE(applied.size(), allMigrations().size());
        for (qsizetype i = 0; i < applied.size(); ++i) {
            QCOMPARE(applied[i].version, allMigrations()[i].version);
            QVERIFY(applied[i].appliedAt.isValid());
        }
        Statement mode = db->prepare("PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        Statement keys = db->prepare("PRAGMA foreign_keys");
        QVERIFY(keys.next());
        QCOMPARE(keys.int64(0), 1);
        Statement sync = db->prepare("PRAGMA synchronous");
        QVERIFY(sync.next());
        QCOMPARE(sync.int64(0), 1); // NORMAL, with the background checkpointer
        QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
    }
    const auto header = DatabaseFile::inspect(path);
    QCOMPARE(header.kind, DatabaseFile::Kind::Sqlite);
    QCOMPARE(header.applicationId, DatabaseFile::kApplicationId);
    QCOMPARE(int(header.userVersion), latestSchemaVersion());
}

void tst_Database::reopenIsIdempotent()
{
    const QString path = freshPath();
    QList<Database::AppliedMigration> first;
    {
        auto db = openOrFail(path);
        QVERIFY(db);
        first = db->appliedMigrations();
        QVERIFY(DossierRepository(*db).create(sampleDossier(), {}, CodeRequest{QStringLiteral("Q01"), true}));
    }
    for (int round = 0; round < 3; ++round) {
        auto db = openOrFail(path);
        QVERIFY(db);
        const auto again = db->appliedMigrations();
        QCOMPARE(again.size(), first.size());
        for (qsizetype i = 0; i < again.size(); ++i)
            QCOMPARE(again[i].appliedAt, first[i].appliedAt); // not re-applied
        QCOMPARE(db->dossierCount(), 1);
    }
    // Two connections at once, as the desk and a worker thread would have.
    auto a = openOrFail(path);
    auto b = openOrFail(path);
    QVERIFY(a && b);
    QCOMPARE(b->dossierCount(), 1);
}

void tst_Database::zeroByteFileBecomesDatabase()
{
    const QString path = freshPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = openOrFail(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
}

void tst_Database::missingFileWithoutCreate()
{
    DatabaseOptions options;
    options.create = false;
    const QString path = freshPath();
    QCOMPARE(errorCode(path, options), QString::fromLatin1(storage_error::Missing));
    QVERIFY(!QFile::exists(path));
}

void tst_Database::refusesNonSqliteFileUntouched()
{
    for (const QByteArray& content :
         {QByteArray("not a database, just some text\n"), QByteArray(4096, '\x7f'), QByteArray("SQLite format 3")}) {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QCOMPARE(errorCode(path), QString::fromLatin1(storage_error::NotSqlite));
        QCOMPARE(fileBytes(path), content);
        QCOMPARE(sidecars(path), QStringList());
    }
    // A folder where the file should be.
    const QString folder = freshPath();
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(errorCode(folder), QString::fromLatin1(storage_error::NotSqlite));
}

void tst_Database::refusesForeignSqliteUntouched_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("tables, rollback journal") << QByteArray("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                                                            "INSERT INTO notes (body) VALUES ('hello');");
    QTest::newRow("tables, WAL") << QByteArray("PRAGMA journal_mode = WAL; CREATE TABLE t (x);"
                                               "INSERT INTO t VALUES (1), (2), (3);");
    QTest::newRow("other application id") << QByteArray("PRAGMA application_id = 42; CREATE TABLE t (x);");
    QTest::newRow("other application id, no tables")
        << QByteArray("PRAGMA application_id = 7; PRAGMA user_version = 3;");
}

void tst_Database::refusesForeignSqliteUntouched()
{
    QFETCH(QByteArray, sql);
    const QString path = freshPath();
    writeForeignDatabase(path, sql.constData());
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());
    QCOMPARE(errorCode(path), QString::fromLatin1(storage_error::Foreign));
    QCOMPARE(fileBytes(path), before);
    // Still refused on a second try: nothing was "adopted" by the first attempt.
    QCOMPARE(errorCode(path), QString::fromLatin1(storage_error::Foreign));
    QCOMPARE(fileBytes(path), before);
}

void tst_Database::refusesCorruptFileUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage page") << QStringLiteral("garbage");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("zeroed pages") << QStringLiteral("zero");
}

void tst_Database::refusesCorruptFileUntouched()
{
    QFETCH(QString, damage);
    const QString path = populatedDatabase(300);
    QVERIFY(!path.isEmpty());
    QCOMPARE(sidecars(path), QStringList()); // closed cleanly: everything is in the main file
    QByteArray bytes = fileBytes(path);
    const int pageSize = 4096;
    QVERIFY(bytes.size() > 20 * pageSize);
    const int pages = int(bytes.size() / pageSize);
    if (damage == QLatin1String("garbage")) {
        // Overwrite one b-tree page in the middle with a pattern no page can hold.
        for (int i = 0; i < pageSize; ++i)
            bytes[pages / 2 * pageSize + i] = char((i * 37 + 11) & 0xff);
    } else if (damage == QLatin1String("truncate")) {
        bytes.truncate((pages / 2) * pageSize);
    } else {
        for (int i = 0; i < 4 * pageSize; ++i)
            bytes[(pages / 3) * pageSize + i] = 0;
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();

    QCOMPARE(errorCode(path), QString::fromLatin1(storage_error::Corrupt));
    QCOMPARE(fileBytes(path), bytes);
    // The full check finds it too when asked explicitly.
    DatabaseOptions full;
    full.check = IntegrityCheck::Full;
    QCOMPARE(errorCode(path, full), QString::fromLatin1(storage_error::Corrupt));
    QCOMPARE(fileBytes(path), bytes);
}

void tst_Database::refusesNewerSchemaUntouched()
{
    const QString path = freshPath();
    {
        auto db = openOrFail(path);
        QVERIFY(db);
    }
    writeForeignDatabase(path, "PRAGMA user_version = 999");
    const QByteArray before = fileBytes(path);
    QCOMPARE(errorCode(path), QString::fromLatin1(storage_error::TooNew));
    QCOMPARE(fileBytes(path), before);
}

void tst_Database::copyAsideKeepsOriginal()
{
    const QString path = freshPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("damaged bytes");
    f.close();
    const auto copy = DatabaseFile::copyAside(path);
    QVERIFY2(copy, qPrintable(copy.error().message));
    QVERIFY(*copy != path);
    QVERIFY(QFileInfo(*copy).fileName().contains(QStringLiteral("-copy-")));
    QCOMPARE(fileBytes(*copy), QByteArray("damaged bytes"));
    QCOMPARE(fileBytes(path), QByteArray("damaged bytes"));
    const auto second = DatabaseFile::copyAside(path);
    QVERIFY(second);
    QVERIFY(*second != *copy); // never overwrites an earlier copy
    QCOMPARE(DatabaseFile::copyAside(freshPath()).error().code, QString::fromLatin1(storage_error::Missing));
}

void tst_Database::transactionsNestAllOrNothing()
{
    auto db = openOrFail(freshPath());
    QVERIFY(db);
    QVERIFY(db->exec("CREATE TEMP TABLE t (x)"));
    const auto values = [&] {
        Statement s = db->prepare("SELECT coalesce(group_concat(x), '') FROM (SELECT x FROM t ORDER BY x)");
        return s.next() ? s.text(0) : QStringLiteral("?");
    };
    {
        // Nested steps that all commit: one transaction.
        Transaction outer(*db);
        QVERIFY(outer.isActive());
        QVERIFY(db->exec("INSERT INTO t VALUES (1)"));
        {
            Transaction inner(*db);
            QVERIFY(inner.isActive());
            QVERIFY(inner.isNested());
            QVERIFY(db->exec("INSERT INTO t VALUES (2)"));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(values(), QStringLiteral("1,2"));
    {
        // A nested step that fails dooms the whole transaction, even if the caller tries to commit.
        Transaction outer(*db);
        QVERIFY(db->exec("INSERT INTO t VALUES (3)"));
        {
            Transaction inner(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (4)"));
            // ends without commit: its step failed
        }
        {
            Transaction later(*db);
            QCOMPARE(later.commit().error().code, QString::fromLatin1(storage_error::RolledBack));
        }
        QCOMPARE(outer.commit().error().code, QString::fromLatin1(storage_error::RolledBack));
    }
    QCOMPARE(values(), QStringLiteral("1,2"));
    QVERIFY(!db->inTransaction());
    // The next transaction starts clean.
    Transaction next(*db);
    QVERIFY(db->exec("INSERT INTO t VALUES (5)"));
    QVERIFY(next.commit());
    QCOMPARE(values(), QStringLiteral("1,2,5"));
}

void tst_Database::transactionRollsBackOnScopeExit()
{
    auto db = openOrFail(freshPath());
    QVERIFY(db);
    {
        Transaction tx(*db);
        QVERIFY(DossierRepository(*db).create(sampleDossier(), {}, CodeRequest{QStringLiteral("Q01"), true}));
    }
    QCOMPARE(db->dossierCount(), 0);
    Transaction done(*db);
    QVERIFY(done.commit());
    QVERIFY(!done.commit()); // a second commit is refused, not silently accepted
}

void tst_Database::diagnosticsAccessors()
{
    const QString path = freshPath();
    auto db = openOrFail(path);
    QVERIFY(db);
    QVERIFY(db->fileSize() > 0);
    auto counts = db->outboxCounts();
    QCOMPARE(counts.keys(), (QStringList{"failed", "queued", "sending", "synced"}));
    QVERIFY(DossierRepository(*db).create(sampleDossier(), {}, CodeRequest{QStringLiteral("Q01"), true}));
    counts = db->outboxCounts();
    QCOMPARE(counts.value(QStringLiteral("queued")), 1);
    QVERIFY(db->lastError().code.isEmpty());
    // A failing write is remembered for the Diagnostics dialog, without personal data.
    Dossier duplicate = sampleDossier();
    duplicate.code = DossierRepository(*db).list()->first().code;
    QVERIFY(!DossierRepository(*db).create(duplicate));
    QCOMPARE(db->lastError().code, QString::fromLatin1(storage_error::Constraint));
    QVERIFY(!db->lastError().message.contains(QStringLiteral("Đặng")));
    QVERIFY(db->lastErrorAt().isValid());
    const auto problems = db->checkIntegrity(IntegrityCheck::Full);
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
}

// A lookup that reads one row of a cached statement must not leave that statement active: the
// connection would keep its read snapshot, see nothing another connection writes, and fail the next
// BEGIN IMMEDIATE with SQLITE_BUSY at once (a snapshot cannot be upgraded once it is stale).
void tst_Database::lookupsLeaveNoReadSnapshotBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    auto desk = Database::open(path);
    auto worker = Database::open(path);
    QVERIFY(desk && worker);
    const QString agency = QStringLiteral("H01.01");
    const QDate day(2026, 3, 5);
    auto take = [&](Database& db) {
        Transaction tx(db);
        if (!tx.status().ok())
            return -1;
        const auto number = DailySequence(db).next(agency, day);
        return number && tx.commit().ok() ? number.value() : -1;
    };
    QCOMPARE(take(**desk), 1);
    QCOMPARE(DailySequence(**desk).current(agency, day).value(), 1);

    QCOMPARE(take(**worker), 2);
    // The desk's connection sees the other's commit...
    QCOMPARE(DailySequence(**desk).current(agency, day).value(), 2);
    QCOMPARE(take(**worker), 3);
    // ...and can still write after it.
    QCOMPARE(take(**desk), 4);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
