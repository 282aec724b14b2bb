// Start-up with the profile's database: a new one is created; a damaged or foreign file is never
// written to, the official is told so in Vietnamese and may work on a copy (or a new file) or quit.
#include "DatabaseOpener.h"
#include "HealthMonitor.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "ServiceRegistry.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace motcua;

class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsANewDatabase();
    void damagedFileOffersACopyAndKeepsTheOriginal();
    void damagedFileQuitLeavesEverythingAsItWas();
    void foreignSqliteFileOffersANewDatabaseBeside();
    void notADatabaseOffersANewDatabaseBeside();
    void largeDamagedDatabaseOpensAtOnceAndTheBackgroundCheckWarns();
    void largeSoundDatabasePassesTheBackgroundCheckQuietly();

private:
    // Runs the deferred check the way the shell does and returns the warning strip's problem ids.
    static QList<HealthMonitor::Problem> problemsAfterBackgroundCheck(const QString& path);
    QString makeDamagedDatabase();
    static QByteArray hashOf(const QString& path);
    static QStringList filesIn(const QString& dir);

    LanguageManager m_language;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseOpener::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("vi"), false));
}

void TestDatabaseOpener::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseOpener::cleanup()
{
    MessageBox::setNextAnswer(std::nullopt);
}

QByteArray TestDatabaseOpener::hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList TestDatabaseOpener::filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

QString TestDatabaseOpener::makeDamagedDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("motcua.db"));
    {
        auto opened = Database::open(path);
        if (!opened)
            return {};
    } // closing checkpoints the log into the file
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 3 * 4096)
        return {};
    // Keep the header and the schema (ours, current version) and scribble over the last page, as a
    // failing disk sector would: the integrity check fails, most of the file can still be read.
    file.seek(file.size() - 4096);
    file.write(QByteArray(4096, '\xab'));
    return path;
}

void TestDatabaseOpener::createsANewDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("profiles/demo/motcua.db"));
    const int shown = MessageBox::shownCount();
    auto outcome = DatabaseOpener::open(path);
    QVERIFY(!outcome.quit());
    QCOMPARE(outcome.state, ShellOptions::DatabaseState::Open);
    QCOMPARE(outcome.database->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(outcome.database->schemaVersion() > 0);
    QCOMPARE(MessageBox::shownCount(), shown); // no question asked
}

void TestDatabaseOpener::damagedFileOffersACopyAndKeepsTheOriginal()
{
    const QString path = makeDamagedDatabase();
    QVERIFY(!path.isEmpty());
    const QByteArray before = hashOf(path);

    MessageBox::setNextAnswer(QMessageBox::Open);
    auto outcome = DatabaseOpener::open(path);
    const MessageBox::Content asked = MessageBox::lastContent();
    QCOMPARE(asked.text, QStringLiteral("Cơ sở dữ liệu của bàn làm việc bị hỏng."));
    QCOMPARE(asked.buttonTexts.value(QMessageBox::Open), QStringLiteral("Mở &bản sao"));
    QVERIFY(asked.informativeText.contains(QDir::toNativeSeparators(path)));
    QVERIFY(asked.detailedText.contains(QStringLiteral("db.corrupt")));

    QVERIFY2(!outcome.quit(), qPrintable(MessageBox::lastContent().detailedText));
    QCOMPARE(outcome.state, ShellOptions::DatabaseState::OpenCopy);
    QCOMPARE(outcome.originalPath, path);
    QVERIFY(outcome.database->path() != QFileInfo(path).absoluteFilePath());
    QVERIFY(QFileInfo(outcome.database->path()).fileName().startsWith(QStringLiteral("motcua-copy-")));
    outcome.database.reset();
    QCOMPARE(hashOf(path), before);
}

void TestDatabaseOpener::damagedFileQuitLeavesEverythingAsItWas()
{
    const QString path = makeDamagedDatabase();
    QVERIFY(!path.isEmpty());
    const QByteArray before = hashOf(path);
    const QStringList files = filesIn(m_dir->path());

    MessageBox::setNextAnswer(QMessageBox::Close);
    auto outcome = DatabaseOpener::open(path);
    QVERIFY(outcome.quit());
    QCOMPARE(outcome.error.code, QStringLiteral("db.corrupt"));
    QCOMPARE(hashOf(path), before);
    // No copy and nothing new (SQLite's shared-memory index of a read-only look may appear beside it).
    QStringList after = filesIn(m_dir->path());
    after.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-shm")) || name.endsWith(QLatin1String("-wal"));
    });
    QCOMPARE(after, files);
}

void TestDatabaseOpener::foreignSqliteFileOffersANewDatabaseBeside()
{
    const QString path = m_dir->filePath(QStringLiteral("motcua.db"));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                          "INSERT INTO invoices (total) VALUES (12.5);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = hashOf(path);

    MessageBox::setNextAnswer(QMessageBox::Open);
    auto outcome = DatabaseOpener::open(path);
    QCOMPARE(MessageBox::lastContent().text, QStringLiteral("Tệp này không phải cơ sở dữ liệu của MotCua Desk."));
    QVERIFY(!outcome.quit());
    QCOMPARE(outcome.state, ShellOptions::DatabaseState::OpenCopy);
    QCOMPARE(outcome.error.code, QStringLiteral("db.foreign"));
    QVERIFY(QFileInfo(outcome.database->path()).fileName().startsWith(QStringLiteral("motcua-new-")));
    QVERIFY(outcome.database->schemaVersion() > 0);
    outcome.database.reset();
    QCOMPARE(hashOf(path), before);
}

void TestDatabaseOpener::notADatabaseOffersANewDatabaseBeside()
{
    const QString path = m_dir->filePath(QStringLiteral("motcua.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Danh sách hồ sơ tháng 3\n");
    file.close();
    const QByteArray before = hashOf(path);

    MessageBox::setNextAnswer(QMessageBox::Close);
    auto outcome = DatabaseOpener::open(path);
    QVERIFY(outcome.quit());
    QCOMPARE(outcome.error.code, QStringLiteral("db.not_sqlite"));
    QCOMPARE(hashOf(path), before);

    MessageBox::setNextAnswer(QMessageBox::Open);
    outcome = DatabaseOpener::open(path);
    QVERIFY(!outcome.quit());
    QCOMPARE(outcome.state, ShellOptions::DatabaseState::OpenCopy);
    outcome.database.reset();
    QCOMPARE(hashOf(path), before);
}

QList<HealthMonitor::Problem> TestDatabaseOpener::problemsAfterBackgroundCheck(const QString& path)
{
    ShellOptions options;
    options.demoMode = true;
    options.databaseState = ShellOptions::DatabaseState::Open;
    options.databasePath = path;
    options.deferredDatabaseCheck = [path] { return DatabaseOpener::backgroundCheck(path); };
    ServiceRegistry services;
    HealthMonitor health(services, options);
    QSignalSpy finished(&health, &HealthMonitor::deferredDatabaseCheckFinished);
    health.startDeferredDatabaseCheck(0);
    if (!finished.wait(20000) || !finished.first().first().toBool())
        return {{QStringLiteral("check-did-not-run"), {}, {}}};
    return health.problems();
}

void TestDatabaseOpener::largeDamagedDatabaseOpensAtOnceAndTheBackgroundCheckWarns()
{
    const QString path = makeDamagedDatabase();
    QVERIFY(!path.isEmpty());
    // The checked-at-open default still refuses it (the file is tiny)...
    QVERIFY(!Database::checkFileIntegrity(path, IntegrityCheck::Quick).value().isEmpty());
    // ...but a file above the limit opens without a question: the check must not hold up the start.
    const int shown = MessageBox::shownCount();
    auto outcome = DatabaseOpener::open(path, nullptr, 1024);
    QVERIFY2(!outcome.quit(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.state, ShellOptions::DatabaseState::Open);
    QVERIFY(outcome.integrityCheckDeferred);
    QCOMPARE(MessageBox::shownCount(), shown);

    const auto problems = problemsAfterBackgroundCheck(path);
    const auto damaged = std::find_if(problems.begin(), problems.end(), [](const HealthMonitor::Problem& p) {
        return p.id == QLatin1String("database.damaged");
    });
    QVERIFY(damaged != problems.end());
    QCOMPARE(damaged->text, QStringLiteral("Kiểm tra cơ sở dữ liệu của bàn làm việc phát hiện chỗ hỏng."));
    QVERIFY(damaged->hint.contains(path));
}

void TestDatabaseOpener::largeSoundDatabasePassesTheBackgroundCheckQuietly()
{
    const QString path = m_dir->filePath(QStringLiteral("motcua.db"));
    QVERIFY(!DatabaseOpener::open(path).quit()); // created, then closed
    auto outcome = DatabaseOpener::open(path, nullptr, 0);
    QVERIFY(!outcome.quit());
    QVERIFY(outcome.integrityCheckDeferred);
    // The desk keeps its connection open (and writing) while the check reads.
    QVERIFY(outcome.database->exec("CREATE TEMP TABLE busy_desk (x)").ok());
    const auto problems = problemsAfterBackgroundCheck(path);
    for (const auto& problem : problems)
        QVERIFY2(!problem.id.startsWith(QLatin1String("database.")) && problem.id != QLatin1String("check-did-not-run"),
                 qPrintable(problem.id));
}

QTEST_MAIN(TestDatabaseOpener)
#include "tst_DatabaseOpener.moc"
