// motcua-cli's security subcommands as a user runs them: audit verify (naming an altered row) and
// export, retention purge, security show/set, user add/list; and the CLI sealing the scans it stores
// with the key in the REAL keychain (scripts/services.sh), refusing to store them in plain once a key
// was recorded but the keychain is gone.
#include "AuditTrail.h"
#include "DataKeyStore.h"
#include "Database.h"
#include "FileStore.h"
#include "ProfileDataKey.h"
#include "SecurityCliSupport.h"
#include "SecurityServices.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace motcua;
using namespace motcua::security;
using motcua::test::runCli;

class tst_SecurityCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void auditVerifyNamesTheAlteredRow();
    void auditExportWritesEveryRow();
    void auditRefusesWhatIsNotADeskDatabase();
    void retentionPurge();
    void securitySettings();
    void userAccounts();
    void scansStoredByTheCliAreSealed();
    void cliViewsAndPrintsAreAudited();

private:
    QString makeTrail(const QString& name, int rows);
    QString writeFile(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
    QStringList m_keychainEntries;
};

void tst_SecurityCli::initTestCase()
{
    if (const QString missing = test::keyringMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(test::binaryPath(QStringLiteral("bin/motcua-cli"))));
}

void tst_SecurityCli::cleanupTestCase()
{
    for (const QString& entry : std::as_const(m_keychainEntries))
        DataKeyStore().remove(entry);
}

QString tst_SecurityCli::makeTrail(const QString& name, int rows)
{
    const QString path = m_dir.filePath(name);
    auto db = Database::open(path);
    if (!db)
        return {};
    AuditTrail trail(**db);
    for (int i = 1; i <= rows; ++i) {
        AuditEntry e;
        e.actor = i % 2 ? QStringLiteral("canbo1") : QStringLiteral("giamsat");
        e.role = i % 2 ? QStringLiteral("official") : QStringLiteral("supervisor");
        e.action = i % 3 ? QStringLiteral("dossier.view") : QStringLiteral("dossier.print");
        e.dossierUuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        e.dossierCode = QStringLiteral("H01.01-260302-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (!trail.append(e))
            return {};
    }
    return path;
}

QString tst_SecurityCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void tst_SecurityCli::auditVerifyNamesTheAlteredRow()
{
    const QString db = makeTrail(QStringLiteral("verify.sqlite"), 9);
    QVERIFY(!db.isEmpty());
    auto intact = runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(intact.exitCode, 0);
    QCOMPARE(intact.json().value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(intact.json().value(QStringLiteral("rows")).toInt(), 9);
    const QString head = intact.json().value(QStringLiteral("headHash")).toString();
    QCOMPARE(head.size(), 64);

    // Someone with the file and the sqlite3 shell rewrites who viewed dossier 4.
    {
        sqlite3* handle = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(handle,
                              "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE seq = 4",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(handle);
    }
    auto broken = runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.json().value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(broken.json().value(QStringLiteral("firstBadRow")).toInt(), 4);
    QVERIFY(!broken.json().value(QStringLiteral("problem")).toString().isEmpty());
    QVERIFY2(broken.err.contains("row 4"), broken.err.constData());

    // Without --json: one line on stderr naming the row, nothing on stdout.
    auto human = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.err.contains("row 4"));
}

void tst_SecurityCli::auditExportWritesEveryRow()
{
    const QString db = makeTrail(QStringLiteral("export.sqlite"), 5);
    QVERIFY(!db.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    auto toCsv = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), db,
                         QStringLiteral("--out"), csv, QStringLiteral("--json")});
    QCOMPARE(toCsv.exitCode, 0);
    QCOMPARE(toCsv.json().value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(toCsv.json().value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    const QList<QByteArray> lines = test::readAll(csv).trimmed().split('\n');
    QCOMPARE(lines.size(), 6); // header + 5
    QVERIFY(lines.first().startsWith("\"seq\""));

    const QString json = m_dir.filePath(QStringLiteral("audit.json"));
    auto toJson = runCli(
        {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), json});
    QCOMPARE(toJson.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(test::readAll(json)).object();
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(4).toObject().value(QStringLiteral("seq")).toInt(), 5);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("prevHash")).toString(),
             rows.at(0).toObject().value(QStringLiteral("hash")).toString());

    auto noOut = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), db});
    QCOMPARE(noOut.exitCode, 2);
}

void tst_SecurityCli::auditRefusesWhatIsNotADeskDatabase()
{
    const QString text = writeFile(QStringLiteral("notes.txt"), "not a database");
    auto notDb = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), text});
    QCOMPARE(notDb.exitCode, 2);
    auto missing = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                           m_dir.filePath(QStringLiteral("absent.sqlite"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.sqlite"))));
}

void tst_SecurityCli::retentionPurge()
{
    const QString path = m_dir.filePath(QStringLiteral("retention.sqlite"));
    QString oldSha;
    QString newSha;
    {
        auto db = Database::open(path);
        QVERIFY(db);
        FileStore store(**db, FileStore::defaultRoot(path));
        store.setSealer(nullptr);
        auto a = store.put("confirmed by the registry 45 days ago", QStringLiteral("application/pdf"));
        auto b = store.put("confirmed yesterday", QStringLiteral("application/pdf"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(store.markUploaded(a->sha256, QDateTime::currentDateTime().addDays(-45)).ok());
        QVERIFY(store.markUploaded(b->sha256, QDateTime::currentDateTime().addDays(-1)).ok());
        oldSha = a->sha256;
        newSha = b->sha256;
    }
    const QString oldFile = QDir(FileStore::defaultRoot(path)).filePath(oldSha.left(2) + QLatin1Char('/') + oldSha);
    const QString newFile = QDir(FileStore::defaultRoot(path)).filePath(newSha.left(2) + QLatin1Char('/') + newSha);

    auto dry = runCli({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--db"), path,
                       QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.json().value(QStringLiteral("filesPurged")).toInt(), 1);
    QCOMPARE(dry.json().value(QStringLiteral("filesDays")).toInt(), 30);
    QVERIFY(QFile::exists(oldFile));

    auto purge = runCli(
        {QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(purge.exitCode, 0);
    QCOMPARE(purge.json().value(QStringLiteral("filesPurged")).toInt(), 1);
    QVERIFY(!QFile::exists(oldFile));
    QVERIFY(QFile::exists(newFile));

    auto shorter = runCli({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--db"), path,
                           QStringLiteral("--files-days"), QStringLiteral("0")});
    QCOMPARE(shorter.exitCode, 0);
    QVERIFY(!QFile::exists(newFile));

    auto db = Database::open(path);
    auto rows = AuditTrail(**db).query({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2); // the dry run is not recorded
    QCOMPARE(rows->first().action, QStringLiteral("retention.purge"));
    QVERIFY(rows->first().actor.startsWith(QLatin1String("cli:")));

    auto bad = runCli({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--db"), path,
                       QStringLiteral("--files-days"), QStringLiteral("soon")});
    QCOMPARE(bad.exitCode, 2);
}

void tst_SecurityCli::securitySettings()
{
    const QString db = makeTrail(QStringLiteral("settings.sqlite"), 0);
    auto set = runCli({QStringLiteral("security"), QStringLiteral("set"), QStringLiteral("--db"), db,
                       QStringLiteral("auto_lock.minutes=2"), QStringLiteral("retention.files_days=60")});
    QCOMPARE(set.exitCode, 0);
    auto show = runCli(
        {QStringLiteral("security"), QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    QHash<QString, int> values;
    for (const QJsonValue& v : show.json().value(QStringLiteral("settings")).toArray())
        values.insert(v[QStringLiteral("key")].toString(), v[QStringLiteral("value")].toInt());
    QCOMPARE(values.value(QStringLiteral("auto_lock.minutes")), 2);
    QCOMPARE(values.value(QStringLiteral("retention.files_days")), 60);
    QCOMPARE(values.value(QStringLiteral("retention.drafts_days")), 14);

    auto unknown = runCli(
        {QStringLiteral("security"), QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("colour=red")});
    QCOMPARE(unknown.exitCode, 2);
    auto outOfRange = runCli({QStringLiteral("security"), QStringLiteral("set"), QStringLiteral("--db"), db,
                              QStringLiteral("auto_lock.minutes=100000")});
    QCOMPARE(outOfRange.exitCode, 2);
}

void tst_SecurityCli::userAccounts()
{
    const QString db = makeTrail(QStringLiteral("users.sqlite"), 0);
    auto add =
        runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--login"),
                QStringLiteral("canbo1"), QStringLiteral("--name"), QStringLiteral("Lê Văn Cán"),
                QStringLiteral("--role"), QStringLiteral("official"), QStringLiteral("--json")},
               "mat-khau-dai\n");
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.json().value(QStringLiteral("role")).toString(), QStringLiteral("official"));
    // The password never appears in what the CLI prints.
    QVERIFY(!add.out.contains("mat-khau-dai") && !add.err.contains("mat-khau-dai"));
    auto weak = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                        QStringLiteral("--login"), QStringLiteral("canbo2"), QStringLiteral("--name"),
                        QStringLiteral("B"), QStringLiteral("--role"), QStringLiteral("official")},
                       "short\n");
    QCOMPARE(weak.exitCode, 2);
    auto badRole = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                           QStringLiteral("--login"), QStringLiteral("x1"), QStringLiteral("--name"),
                           QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("root")},
                          "long-enough-password\n");
    QCOMPARE(badRole.exitCode, 2);
    auto list =
        runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray accounts = list.json().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first()[QStringLiteral("login")].toString(), QStringLiteral("canbo1"));
    QVERIFY(!list.out.contains("$scrypt$")); // verifiers stay in the database
}

void tst_SecurityCli::scansStoredByTheCliAreSealed()
{
    const QByteArray name = QStringLiteral("Vũ Thị Thanh Hương").toUtf8();
    const QByteArray id = "001193045678";
    const QString form = writeFile(QStringLiteral("to-khai.pdf"), "%PDF-1.4\n% " + name + " " + id + "\n%%EOF\n");
    const QString cert = writeFile(QStringLiteral("giay-chung-sinh.pdf"), "%PDF-1.4\n% birth " + id + "\n%%EOF\n");
    QVERIFY(!form.isEmpty() && !cert.isEmpty());
    const QByteArray input = R"({"procedure": "1.001193", "receivedAt": "2026-03-05T09:15",
        "applicant": {"fullName": ")" +
                             name + R"(", "idNumber": ")" + id + R"(", "dateOfBirth": "1993-02-11",
                      "sex": "Nữ", "address": "Thôn Đông, xã Yên Thường, Hà Nội", "identitySource": "chip"},
        "components": [{"id": "to-khai", "status": "scanned", "file": "to-khai.pdf", "pageCount": 1},
                       {"id": "giay-chung-sinh", "status": "scanned", "file": "giay-chung-sinh.pdf", "pageCount": 1},
                       {"id": "giay-to-tuy-than", "status": "shown_only"}]})";
    const QString inputPath = writeFile(QStringLiteral("dossier.json"), input);
    const QString db = m_dir.filePath(QStringLiteral("sealed/desk.sqlite"));
    QDir().mkpath(QFileInfo(db).absolutePath());

    auto created = runCli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--db"), db,
                           QStringLiteral("--input"), inputPath, QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
        m_keychainEntries << ProfileDataKey::entryName(**opened);
        QVERIFY(!m_keychainEntries.last().isEmpty());
    }
    int files = 0;
    const QString root = FileStore::defaultRoot(db);
    for (const QString& shard : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString& file : QDir(QDir(root).filePath(shard)).entryList(QDir::Files)) {
            const QByteArray bytes = test::readAll(QDir(root).filePath(shard + QLatin1Char('/') + file));
            QVERIFY(bytes.startsWith("MCDSEAL\n"));
            QVERIFY(!bytes.contains(id) && !bytes.contains(name) && !bytes.contains("%PDF"));
            ++files;
        }
    QCOMPARE(files, 2);

    auto key = runCli({QStringLiteral("security"), QStringLiteral("show"), QStringLiteral("--db"), db,
                       QStringLiteral("--check-key"), QStringLiteral("--json")});
    QCOMPARE(key.exitCode, 0);
    QCOMPARE(key.json()[QStringLiteral("dataKey")][QStringLiteral("state")].toString(), QStringLiteral("ok"));

    // No keychain reachable: the key is not there to be had, and a new scan is not stored in plain.
    auto noKeychain = runCli({QStringLiteral("security"), QStringLiteral("show"), QStringLiteral("--db"), db,
                              QStringLiteral("--check-key"), QStringLiteral("--json")},
                             {}, test::withoutKeychain());
    QCOMPARE(noKeychain.exitCode, 1);
    QCOMPARE(noKeychain.json()[QStringLiteral("dataKey")][QStringLiteral("state")].toString(),
             QStringLiteral("security.no_keychain"));
    auto refused = runCli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--db"), db,
                           QStringLiteral("--input"), inputPath},
                          {}, test::withoutKeychain());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("security.key_missing"), refused.err.constData());
}

void tst_SecurityCli::cliViewsAndPrintsAreAudited()
{
    const QString form = writeFile(QStringLiteral("audited-form.pdf"), "%PDF-1.4\n% form\n%%EOF\n");
    const QString cert = writeFile(QStringLiteral("audited-cert.pdf"), "%PDF-1.4\n% cert\n%%EOF\n");
    QVERIFY(!form.isEmpty() && !cert.isEmpty());
    const QByteArray input = R"({"procedure": "1.001193", "receivedAt": "2026-03-05T09:15",
        "applicant": {"fullName": "Đỗ Minh Khôi", "idNumber": "001201009876", "dateOfBirth": "2001-07-30",
                      "sex": "Nam", "address": "Xóm Bến, xã Yên Thường, Hà Nội", "identitySource": "chip"},
        "components": [{"id": "to-khai", "status": "scanned", "file": "audited-form.pdf", "pageCount": 1},
                       {"id": "giay-chung-sinh", "status": "scanned", "file": "audited-cert.pdf", "pageCount": 1},
                       {"id": "giay-to-tuy-than", "status": "shown_only"}]})";
    const QString inputPath = writeFile(QStringLiteral("audited.json"), input);
    const QString db = m_dir.filePath(QStringLiteral("audited/desk.sqlite"));
    QDir().mkpath(QFileInfo(db).absolutePath());
    auto created = runCli({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--db"), db,
                           QStringLiteral("--input"), inputPath, QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString code = created.json()[QStringLiteral("code")].toString();
    QVERIFY(!code.isEmpty());
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
        m_keychainEntries << ProfileDataKey::entryName(**opened);
    }

    auto shown = runCli({QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--db"), db,
                         QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    auto printed = runCli({QStringLiteral("forms"), QStringLiteral("render"), QStringLiteral("--db"), db,
                           QStringLiteral("--dossier"), code, QStringLiteral("--form"), QStringLiteral("receipt"),
                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("audited-receipt.pdf"))});
    QVERIFY2(printed.exitCode == 0, printed.err.constData());

    auto opened = Database::open(db);
    QVERIFY(opened);
    AuditQuery byCli;
    byCli.dossier = code;
    const auto rows = AuditTrail(**opened).query(byCli);
    QVERIFY(rows);
    const QString actor = QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("unknown"));
    auto has = [&](const QString& action, const QString& detail) {
        return std::any_of(rows->begin(), rows->end(), [&](const AuditEntry& e) {
            return e.action == action && e.actor == actor && e.detail == detail && e.dossierCode == code;
        });
    };
    QVERIFY(has(QStringLiteral("dossier.view"), QString()));
    QVERIFY(has(QStringLiteral("dossier.print"), QStringLiteral("form=receipt")));
    const auto verified = AuditTrail(**opened).verify();
    QVERIFY(verified && verified->intact);
}

QTEST_GUILESS_MAIN(tst_SecurityCli)
#include "tst_SecurityCli.moc"
