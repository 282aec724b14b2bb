// The file store with encryption at rest (FileStoreSealer over FileCipher): what lies on disk is
// sealed, what is read back is the plaintext, and without the right key nothing is readable.
#include "FileStore.h"
#include "FileStoreSealer.h"
#include "SecurityError.h"
#include "SecurityFixtures.h"
#include "StorageError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::security;

class tst_SealedFileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storedFilesAreSealed();
    void readableWithTheKeyOnly();
    void tamperedFileRefused();
    void plainFilesFromBeforeStayReadable();
    void keylessSealerRefusesToStore();
    void providerGivesEveryStoreTheSealer();

private:
    static QByteArray scanWithCitizen();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_root;
};

QByteArray tst_SealedFileStore::scanWithCitizen()
{
    return QByteArray("%PDF-1.7\n% scanned birth certificate\n") +
           QStringLiteral("Họ và tên: Trần Thị Bích Ngọc; Số định danh: 001191023456\n").toUtf8() +
           QByteArray(200000, 'x') + "\n%%EOF\n";
}

void tst_SealedFileStore::init()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openDatabase(m_dir.filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_root = FileStore::defaultRoot(m_db->path());
}

void tst_SealedFileStore::cleanup()
{
    FileStore::setSealerProvider({});
    m_db.reset();
    QDir(m_root).removeRecursively();
}

void tst_SealedFileStore::storedFilesAreSealed()
{
    FileStore store(*m_db, m_root);
    store.setSealer(std::make_shared<FileStoreSealer>(DataKey::generate()));
    const QByteArray plain = scanWithCitizen();
    auto stored = store.put(plain, QStringLiteral("application/pdf"));
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    // The address and the size are the plaintext's, so the registry and the dossier see the same file.
    QCOMPARE(stored->sha256, FileStore::sha256Hex(plain));
    QCOMPARE(stored->size, plain.size());

    const QByteArray onDisk = test::readAll(store.absolutePath(stored->sha256));
    QVERIFY(FileCipher::looksSealed(onDisk));
    QCOMPARE(onDisk.size(), FileCipher::sealedSize(plain.size()));
    QVERIFY(!onDisk.contains("001191023456"));
    QVERIFY(!onDisk.contains(QStringLiteral("Trần Thị Bích Ngọc").toUtf8()));
    QVERIFY(!onDisk.contains("%PDF"));

    auto read = store.read(stored->sha256);
    QVERIFY(read.ok());
    QCOMPARE(*read, plain);
    auto device = store.open(stored->sha256);
    QVERIFY(device.ok());
    QCOMPARE(device.value()->readAll(), plain);
}

void tst_SealedFileStore::readableWithTheKeyOnly()
{
    auto key = DataKey::generate();
    QString sha;
    {
        FileStore store(*m_db, m_root);
        store.setSealer(std::make_shared<FileStoreSealer>(key));
        auto stored = store.put(scanWithCitizen(), QStringLiteral("application/pdf"));
        QVERIFY(stored.ok());
        sha = stored->sha256;
    }
    // Without a key: refused with a clear code, not mistaken for damage.
    FileStore noKey(*m_db, m_root);
    auto refused = noKey.read(sha);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QLatin1String(storage_error::FileSealed));

    // Another key (another desk's, or a key made anew after the old one was lost): refused.
    FileStore otherKey(*m_db, m_root);
    otherKey.setSealer(std::make_shared<FileStoreSealer>(DataKey::generate()));
    auto wrong = otherKey.read(sha);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, QLatin1String(security_error::KeyMismatch));

    // The same key, as read back from the keychain: readable.
    FileStore sameKey(*m_db, m_root);
    sameKey.setSealer(std::make_shared<FileStoreSealer>(DataKey::fromBytes(key->view())));
    auto read = sameKey.read(sha);
    QVERIFY(read.ok());
    QCOMPARE(*read, scanWithCitizen());
}

void tst_SealedFileStore::tamperedFileRefused()
{
    FileStore store(*m_db, m_root);
    store.setSealer(std::make_shared<FileStoreSealer>(DataKey::generate()));
    auto stored = store.put(scanWithCitizen(), QStringLiteral("application/pdf"));
    QVERIFY(stored.ok());
    QFile file(store.absolutePath(stored->sha256));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(4096);
    file.write("bit rot");
    file.close();
    auto read = store.read(stored->sha256);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QLatin1String(security_error::Tampered));
}

void tst_SealedFileStore::plainFilesFromBeforeStayReadable()
{
    const QByteArray plain("a scan stored before encryption was turned on");
    FileStore before(*m_db, m_root);
    auto stored = before.put(plain, QStringLiteral("application/pdf"));
    QVERIFY(stored.ok());
    FileStore after(*m_db, m_root);
    after.setSealer(std::make_shared<FileStoreSealer>(DataKey::generate()));
    auto read = after.read(stored->sha256);
    QVERIFY(read.ok());
    QCOMPARE(*read, plain);
    // Storing it again seals it.
    QVERIFY(after.put(plain, QStringLiteral("application/pdf")).ok());
    QVERIFY(FileCipher::looksSealed(test::readAll(after.absolutePath(stored->sha256))));
}

void tst_SealedFileStore::keylessSealerRefusesToStore()
{
    FileStore store(*m_db, m_root);
    store.setSealer(std::make_shared<FileStoreSealer>(nullptr));
    auto stored = store.put(scanWithCitizen(), QStringLiteral("application/pdf"));
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, QLatin1String(security_error::KeyMissing));
    QVERIFY(!QDir(m_root).exists() || QDir(m_root).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void tst_SealedFileStore::providerGivesEveryStoreTheSealer()
{
    auto sealer = std::make_shared<const FileStoreSealer>(DataKey::generate());
    int asked = 0;
    FileStore::setSealerProvider([&](Database& db) {
        ++asked;
        return &db == m_db.get() ? sealer : nullptr;
    });
    FileStore store(*m_db, m_root);
    QCOMPARE(asked, 1);
    QVERIFY(store.seals());
    auto stored = store.put(QByteArray("content"), QStringLiteral("application/pdf"));
    QVERIFY(stored.ok());
    QVERIFY(FileCipher::looksSealed(test::readAll(store.absolutePath(stored->sha256))));
}

QTEST_GUILESS_MAIN(tst_SealedFileStore)
#include "tst_SealedFileStore.moc"
