// The data key in the REAL OS keychain (gnome-keyring's Secret Service on a private D-Bus, started by
// scripts/services.sh): made once per profile, found again from the database alone, never replaced
// over encrypted files; files sealed with it are unreadable without it and readable with it.
#include "DataKeyStore.h"
#include "Database.h"
#include "FileEncryption.h"
#include "FileStore.h"
#include "ProfileDataKey.h"
#include "SecurityError.h"
#include "SecurityServices.h"
#include "SecuritySettings.h"
#include "StorageError.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace motcua;
using namespace motcua::security;

class tst_KeychainDataKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storesReadsAndRemovesAKey();
    void profileKeyIsMadeOnceAndFoundAgain();
    void lostKeyIsReportedNotReplaced();
    void foreignEntryIsAMismatch();
    void filesUnreadableWithoutTheKeyAndReadableWithIt();
    void keyIdWithoutProfileIdRefused();

private:
    std::unique_ptr<Database> openDb(const QString& name);
    DataKeyStore m_keychain{QStringLiteral("MotCua Desk test ") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    QTemporaryDir m_dir;
    QStringList m_entries; // removed after each test
};

void tst_KeychainDataKey::initTestCase()
{
    if (const QString missing = test::keyringMissing(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

void tst_KeychainDataKey::init()
{
    m_entries.clear();
}

void tst_KeychainDataKey::cleanup()
{
    FileEncryption::uninstall();
    for (const QString& entry : std::as_const(m_entries))
        m_keychain.remove(entry);
}

std::unique_ptr<Database> tst_KeychainDataKey::openDb(const QString& name)
{
    auto db = Database::open(m_dir.filePath(name));
    return db ? std::move(db).value() : nullptr;
}

void tst_KeychainDataKey::storesReadsAndRemovesAKey()
{
    const QString name = QStringLiteral("data-key/plain-test");
    m_entries << name;
    auto missing = m_keychain.read(name);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QLatin1String(security_error::KeyMissing));

    auto key = DataKey::generate();
    QVERIFY(key);
    QVERIFY2(m_keychain.write(name, *key).ok(), "the keychain refused to store the key");
    auto read = m_keychain.read(name);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value()->id(), key->id());
    QVERIFY(read.value()->view() == key->view());

    QVERIFY(m_keychain.remove(name).ok());
    QVERIFY(!m_keychain.read(name).ok());
    QVERIFY(m_keychain.remove(name).ok()); // absent is fine
}

void tst_KeychainDataKey::profileKeyIsMadeOnceAndFoundAgain()
{
    QByteArray firstId;
    {
        auto db = openDb(QStringLiteral("once.sqlite"));
        QVERIFY(db);
        auto none = ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenExisting);
        QVERIFY(none.ok());
        QVERIFY(!none.value());
        auto made = ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenOrCreate);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(made.value());
        firstId = made.value()->id();
        m_entries << ProfileDataKey::entryName(*db);
        QVERIFY(ProfileDataKey::entryName(*db).startsWith(QLatin1String("data-key/")));
        // The database names the key by fingerprint only: the key itself is not in it.
        QCOMPARE(*SecuritySettings(*db).text(QLatin1String(SecuritySettings::kDataKeyId)), made.value()->idHex());
    }
    QByteArray file = test::readAll(m_dir.filePath(QStringLiteral("once.sqlite")));
    // A restart (a new connection) finds the same key.
    auto db = openDb(QStringLiteral("once.sqlite"));
    auto again = ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenOrCreate);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->id(), firstId);
    auto key = m_keychain.read(ProfileDataKey::entryName(*db));
    QVERIFY(key.ok());
    QVERIFY(!file.contains(key.value()->view().toByteArray()));
}

void tst_KeychainDataKey::lostKeyIsReportedNotReplaced()
{
    auto db = openDb(QStringLiteral("lost.sqlite"));
    QVERIFY(db);
    auto made = ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenOrCreate);
    QVERIFY(made.ok() && made.value());
    const QString entry = ProfileDataKey::entryName(*db);
    m_entries << entry;
    QVERIFY(m_keychain.remove(entry).ok());

    auto lost = ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenOrCreate);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, QLatin1String(security_error::KeyMissing));
    // No new key was made over the old files.
    QVERIFY(!m_keychain.read(entry).ok());
    QCOMPARE(*SecuritySettings(*db).text(QLatin1String(SecuritySettings::kDataKeyId)), made.value()->idHex());
}

void tst_KeychainDataKey::foreignEntryIsAMismatch()
{
    auto db = openDb(QStringLiteral("foreign.sqlite"));
    QVERIFY(db);
    QVERIFY(ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenOrCreate).ok());
    const QString entry = ProfileDataKey::entryName(*db);
    m_entries << entry;
    QVERIFY(m_keychain.write(entry, *DataKey::generate()).ok());
    auto mismatch = ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenExisting);
    QVERIFY(!mismatch.ok());
    QCOMPARE(mismatch.error().code, QLatin1String(security_error::KeyMismatch));
}

void tst_KeychainDataKey::filesUnreadableWithoutTheKeyAndReadableWithIt()
{
    auto db = openDb(QStringLiteral("files.sqlite"));
    QVERIFY(db);
    const QString root = FileStore::defaultRoot(db->path());
    QVERIFY2(FileEncryption::installForProfile(*db, false, m_keychain).ok(), "no data key");
    m_entries << ProfileDataKey::entryName(*db);
    const QByteArray scan = QByteArray("%PDF-1.7 ") + QStringLiteral("Phạm Văn Đức 001088012345").toUtf8();
    QString sha;
    {
        FileStore store(*db, root);
        QVERIFY(store.seals());
        auto stored = store.put(scan, QStringLiteral("application/pdf"));
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        sha = stored->sha256;
        const QByteArray onDisk = test::readAll(store.absolutePath(sha));
        QVERIFY(!onDisk.contains("001088012345"));
        QVERIFY(!onDisk.contains("%PDF"));
    }
    // Without the key (a copy of the disk elsewhere, no keychain): unreadable.
    FileEncryption::uninstall();
    auto refused = FileStore(*db, root).read(sha);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QLatin1String(storage_error::FileSealed));

    // With the key, from the keychain, as the next start of the desk does: readable.
    QVERIFY(FileEncryption::installForProfile(*db, false, m_keychain).ok());
    auto read = FileStore(*db, root).read(sha);
    QVERIFY(read.ok());
    QCOMPARE(*read, scan);

    // The key gone from the keychain: a live desk refuses to read or to store, nothing in plain.
    QVERIFY(m_keychain.remove(ProfileDataKey::entryName(*db)).ok());
    const Status missing = FileEncryption::installForProfile(*db, false, m_keychain);
    QCOMPARE(missing.error().code, QLatin1String(security_error::KeyMissing));
    FileStore keyless(*db, root);
    QVERIFY(!keyless.read(sha).ok());
    auto notStored = keyless.put(QByteArray("another scan"), QStringLiteral("application/pdf"));
    QVERIFY(!notStored.ok());
    QCOMPARE(notStored.error().code, QLatin1String(security_error::KeyMissing));
}

void tst_KeychainDataKey::keyIdWithoutProfileIdRefused()
{
    // A database edited by hand to name a key but no profile: no keychain entry can be found for it, and
    // no new key is made over it. (Without any keychain at all: integration_security_cli.)
    auto db = openDb(QStringLiteral("broken.sqlite"));
    QVERIFY(db);
    QVERIFY(SecuritySettings(*db).setText(QLatin1String(SecuritySettings::kDataKeyId), QStringLiteral("00")).ok());
    auto broken = ProfileDataKey::open(*db, m_keychain, ProfileDataKey::Mode::OpenOrCreate);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, QLatin1String(security_error::KeyMissing));
}

QTEST_GUILESS_MAIN(tst_KeychainDataKey)
#include "tst_KeychainDataKey.moc"
