// The privacy sweep: a test citizen's dossier is received with scans through motcua-cli, shown, searched,
// printed and verified, then the desk runs on the same profile — every program with all of its logging
// on. Then every file the runs left in the data folder, the home folder (settings, caches, spools) and
// the logs is searched for the citizen's ID number and name, in every spelling a program could write
// them. They may appear only in the database fields docs/SECURITY.md lists as holding personal data;
// scans are sealed, logs and everything else are clean.
#include "DataKeyStore.h"
#include "Database.h"
#include "FileStore.h"
#include "ProfileDataKey.h"
#include "SecurityCliSupport.h"
#include "SecurityServices.h"
#include "TextFold.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace motcua;
using motcua::test::CliRun;

namespace {

const QString kName = QStringLiteral("Đinh Thị Phương Thảo");
const QByteArray kId = "001194056789";
const QString kPhone = QStringLiteral("0987001122");

// The columns docs/SECURITY.md ("Where personal data is kept") documents as holding a citizen's data.
// The sweep blanks exactly these in a copy of the database; anything left elsewhere is a leak.
const char* const kDocumentedFields = R"sql(
UPDATE dossiers SET applicant_name = '', applicant_id_number = '', applicant_birth_date = NULL,
    applicant_address = '', applicant_phone = '', applicant_email = '',
    rep_name = NULL, rep_id_number = NULL, rep_birth_date = NULL, rep_address = NULL, rep_phone = NULL,
    rep_email = NULL, note = '';
DELETE FROM dossier_search;
UPDATE outbox SET payload = '{}';
UPDATE dossier_events SET payload = '{}';
)sql";

// Demo profiles only: the simulated registry (modules/sync DemoRegistry) keeps, as the real registry
// does, what the desk sent it — snapshots, event bodies and the uploaded scans.
const char* const kDemoRegistryFields = R"sql(
UPDATE dossiers SET snapshot = '{}';
UPDATE events SET body = '{}';
UPDATE changes SET body = '{}';
DELETE FROM attachment_chunks;
)sql";

} // namespace

class tst_PrivacySweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void citizenDataOnlyWhereDocumented();

private:
    CliRun cli(const QString& logName, const QStringList& arguments);
    QList<QByteArray> needles() const;
    QStringList leaksIn(const QByteArray& bytes) const;
    QString cleanedDatabaseCopy(const QString& database, const char* documentedFields);

    QTemporaryDir m_root;
    QString m_home;    // HOME and XDG folders of every run
    QString m_data;    // the desk's data folder (profiles)
    QString m_logs;    // stderr of every run, with all logging categories on
    QString m_outside; // the scanner's output and the program's requested outputs: not swept
    QString m_db;
    QProcessEnvironment m_env;
    QString m_keychainEntry;
};

void tst_PrivacySweep::initTestCase()
{
    if (const QString missing = test::keyringMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_root.isValid());
    m_home = m_root.filePath(QStringLiteral("home"));
    m_data = m_root.filePath(QStringLiteral("data"));
    m_logs = m_root.filePath(QStringLiteral("home/logs"));
    m_outside = m_root.filePath(QStringLiteral("outside"));
    for (const QString& dir : {m_home, m_data, m_logs, m_outside})
        QVERIFY(QDir().mkpath(dir));
    m_db = m_data + QStringLiteral("/profiles/demo/motcua.db");
    QVERIFY(QDir().mkpath(QFileInfo(m_db).absolutePath()));

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/cache"));
    m_env.insert(QStringLiteral("TMPDIR"), m_home + QStringLiteral("/tmp"));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/tmp")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Every category of the program, debug included, plus Qt's own warnings.
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("motcua.*=true\n*.warning=true"));
    m_env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category} %{type}: %{message}"));
}

void tst_PrivacySweep::cleanupTestCase()
{
    if (!m_keychainEntry.isEmpty())
        security::DataKeyStore().remove(m_keychainEntry);
}

CliRun tst_PrivacySweep::cli(const QString& logName, const QStringList& arguments)
{
    CliRun run = test::runCli(arguments, {}, m_env, 120000);
    QFile log(QDir(m_logs).filePath(logName + QStringLiteral(".log")));
    if (log.open(QIODevice::WriteOnly))
        log.write(run.err);
    return run;
}

QList<QByteArray> tst_PrivacySweep::needles() const
{
    QList<QByteArray> list{kId, kPhone.toUtf8()};
    for (const QString& spelling : {kName, kName.normalized(QString::NormalizationForm_D), kName.toUpper(),
                                    foldForSearch(kName), foldForSearch(kName).toUpper()}) {
        list.append(spelling.toUtf8());
        list.append(QByteArray(reinterpret_cast<const char*>(spelling.utf16()), spelling.size() * 2)); // UTF-16
    }
    const QString id = QString::fromLatin1(kId);
    list.append(QByteArray(reinterpret_cast<const char*>(id.utf16()), id.size() * 2));
    return list;
}

QStringList tst_PrivacySweep::leaksIn(const QByteArray& bytes) const
{
    QStringList found;
    for (const QByteArray& needle : needles())
        if (bytes.contains(needle))
            found.append(QString::fromUtf8(needle.toHex()).left(24) + QStringLiteral("…"));
    return found;
}

QString tst_PrivacySweep::cleanedDatabaseCopy(const QString& database, const char* documentedFields)
{
    // A copy with its WAL (if the program left one), the documented fields blanked, rebuilt without free
    // pages: what remains must hold no trace of the citizen.
    const QString copy = m_root.filePath(QStringLiteral("sweep-copy.db"));
    const QString clean = m_root.filePath(QStringLiteral("sweep-clean.db"));
    QFile::remove(copy);
    QFile::remove(clean);
    if (!QFile::copy(database, copy))
        return {};
    if (QFile::exists(database + QStringLiteral("-wal")))
        QFile::copy(database + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(copy).constData(), &db) != SQLITE_OK)
        return {};
    char* error = nullptr;
    const QByteArray script = QByteArray(documentedFields) + "VACUUM INTO '" + QFile::encodeName(clean) + "';";
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        qWarning("sweep: %s", error);
    sqlite3_free(error);
    sqlite3_close(db);
    return rc == SQLITE_OK ? clean : QString();
}

void tst_PrivacySweep::citizenDataOnlyWhereDocumented()
{
    // The scanner's output holds the citizen's data in plain text: a PDF whose text layer names them.
    const QByteArray scan = "%PDF-1.4\n% Tờ khai đăng ký khai sinh\n% Người yêu cầu: " + kName.toUtf8() +
                            "\n% Số định danh: " + kId + "\n% Điện thoại: " + kPhone.toUtf8() + "\n%%EOF\n";
    for (const QString& name : {QStringLiteral("to-khai.pdf"), QStringLiteral("giay-chung-sinh.pdf")}) {
        QFile f(QDir(m_outside).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scan + "% " + name.toUtf8() + "\n");
    }
    const QByteArray input = R"({"procedure": "1.001193", "receivedAt": "2026-03-05T09:15",
        "applicant": {"fullName": ")" +
                             kName.toUtf8() + R"(", "idNumber": ")" + kId + R"(",
                      "dateOfBirth": "1994-08-21", "sex": "Nữ", "phone": ")" +
                             kPhone.toUtf8() + R"(",
                      "address": "Xóm 3, xã Yên Thường, thành phố Hà Nội", "identitySource": "chip"},
        "components": [{"id": "to-khai", "status": "scanned", "file": "to-khai.pdf", "pageCount": 1},
                       {"id": "giay-chung-sinh", "status": "scanned", "file": "giay-chung-sinh.pdf", "pageCount": 1},
                       {"id": "giay-to-tuy-than", "status": "shown_only"}]})";
    QFile in(QDir(m_outside).filePath(QStringLiteral("dossier.json")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(input);
    in.close();

    // 1. Receive, then look at it, search for it, print it, check the trail and retention.
    const CliRun created =
        cli(QStringLiteral("create"), {QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--db"),
                                       m_db, QStringLiteral("--input"), in.fileName(), QStringLiteral("--user"),
                                       QStringLiteral("canbo1"), QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString code = created.json().value(QStringLiteral("code")).toString();
    QVERIFY(!code.isEmpty());
    {
        auto db = Database::open(m_db);
        QVERIFY(db);
        m_keychainEntry = security::ProfileDataKey::entryName(**db);
    }
    QVERIFY2(!m_keychainEntry.isEmpty(), "the CLI stored the scans without making a data key");

    const CliRun shown = cli(QStringLiteral("show"), {QStringLiteral("dossier"), QStringLiteral("show"), code,
                                                      QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY(shown.out.contains(kId)); // showing it is the command's purpose: on stdout, not in the log
    const CliRun searched = cli(QStringLiteral("search"), {QStringLiteral("search"), QStringLiteral("--db"), m_db,
                                                           kName, QStringLiteral("--json")});
    QVERIFY2(searched.exitCode == 0, searched.err.constData());
    QVERIFY(searched.out.contains(code.toUtf8()));
    const CliRun printed = cli(QStringLiteral("forms"),
                               {QStringLiteral("forms"), QStringLiteral("render"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--dossier"), code, QStringLiteral("--form"), QStringLiteral("receipt"),
                                QStringLiteral("--out"), QDir(m_outside).filePath(QStringLiteral("receipt.pdf"))});
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    QVERIFY(
        cli(QStringLiteral("audit"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db})
            .exitCode == 0);
    QVERIFY(cli(QStringLiteral("retention"), {QStringLiteral("retention"), QStringLiteral("purge"),
                                              QStringLiteral("--db"), m_db, QStringLiteral("--dry-run")})
                .exitCode == 0);

    // 2. The desk on the same profile, with its logging on.
    {
        QProcess desk;
        desk.setProcessEnvironment(m_env);
        desk.start(test::binaryPath(QStringLiteral("bin/motcua-desk")),
                   {QStringLiteral("--demo"), QStringLiteral("--data-dir"), m_data, QStringLiteral("--quit-after"),
                    QStringLiteral("3000")});
        QVERIFY(desk.waitForFinished(60000));
        QFile log(QDir(m_logs).filePath(QStringLiteral("desk.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(desk.readAllStandardError());
        log.write(desk.readAllStandardOutput());
        QVERIFY2(desk.exitCode() == 0, "the desk did not run");
    }

    // 3. The sweep.
    QStringList leaks;
    int swept = 0;
    bool sawDatabase = false;
    int sealedFiles = 0;
    for (const QString& top : {m_home, m_data}) {
        QDirIterator it(top, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("-wal")) || path.endsWith(QLatin1String("-shm")) ||
                path.endsWith(QLatin1String("-journal")))
                continue; // part of the database, swept with it
            QString target = path;
            if (path == QFileInfo(m_db).absoluteFilePath()) {
                sawDatabase = true;
                target = cleanedDatabaseCopy(path, kDocumentedFields);
                QVERIFY2(!target.isEmpty(), "cannot blank the documented fields in a copy of the database");
            } else if (QFileInfo(path).fileName() == QLatin1String("demo-registry.sqlite")) {
                target = cleanedDatabaseCopy(path, kDemoRegistryFields);
                QVERIFY2(!target.isEmpty(), "cannot blank the demo registry's fields in a copy");
            }
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (bytes.startsWith("MCDSEAL\n"))
                ++sealedFiles;
            ++swept;
            for (const QString& leak : leaksIn(bytes))
                leaks.append(QDir(m_root.path()).relativeFilePath(path) + QStringLiteral(": ") + leak);
        }
    }
    QVERIFY(sawDatabase);
    QCOMPARE(sealedFiles, 2); // both scans, sealed
    QVERIFY(QDir(m_logs).entryList(QDir::Files).size() >= 7);
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("%1 file(s) swept; the citizen's data found in:\n%2")
                                             .arg(swept)
                                             .arg(leaks.join(QLatin1Char('\n')))));

    // The sweep can see: the documented fields do hold the data (else blanking proved nothing).
    const QByteArray raw = test::readAll(m_db);
    QVERIFY(raw.contains(kId) || QFile::exists(m_db + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(tst_PrivacySweep)
#include "tst_PrivacySweep.moc"
