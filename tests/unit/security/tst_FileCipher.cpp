// AES-256-GCM sealed files (FileCipher, SealedFormat.h): readable with the key, unreadable without it,
// and any change to a sealed file detected.
#include "FileCipher.h"
#include "SealedFormat.h"
#include "SecurityError.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::security;

class tst_FileCipher : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void headerLayout();
    void noncesDiffer();
    void plaintextNotInSealedFile();
    void wrongKeyCannotRead();
    void noKeyCannotRead();
    void tamperingDetected_data();
    void tamperingDetected();
    void notSealedRefused();
    void filesRoundTripAndFailedDecryptLeavesNothing();

private:
    static QByteArray randomBytes(int size)
    {
        QByteArray bytes(size, '\0');
        for (char& c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }
};

void tst_FileCipher::roundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("one byte") << 1;
    QTest::newRow("one chunk exactly") << FileCipher::kChunkSize;
    QTest::newRow("several chunks and a bit") << 3 * FileCipher::kChunkSize + 17;
}

void tst_FileCipher::roundTrip()
{
    QFETCH(int, size);
    const FileCipher cipher(DataKey::generate());
    const QByteArray plain = randomBytes(size);
    auto sealed = cipher.encrypt(plain);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error().message));
    QCOMPARE(sealed->size(), FileCipher::sealedSize(size));
    auto opened = cipher.decrypt(*sealed);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(*opened, plain);
}

void tst_FileCipher::headerLayout()
{
    auto key = DataKey::generate();
    QVERIFY(key);
    auto sealed = FileCipher(key).encrypt(QByteArrayView("hello"));
    QVERIFY(sealed.ok());
    QVERIFY(sealed->startsWith("MCDSEAL\n"));
    QCOMPARE(int(sealed->at(8)), sealed_format::kVersion);
    QCOMPARE(int(sealed->at(9)), sealed_format::kAlgorithmAes256Gcm);
    QCOMPARE(sealed->mid(10, 2), QByteArray(2, '\0'));
    QCOMPARE(sealed->mid(sealed_format::kKeyIdOffset, sealed_format::kKeyIdSize), key->id());
    QCOMPARE(FileCipher::keyIdOf(*sealed), key->id());
    QVERIFY(FileCipher::looksSealed(*sealed));
    QVERIFY(sealed->mid(sealed_format::kTagOffset, sealed_format::kTagSize) != QByteArray(16, '\0'));
}

void tst_FileCipher::noncesDiffer()
{
    const FileCipher cipher(DataKey::generate());
    const QByteArray plain("the same scan twice");
    auto a = cipher.encrypt(plain);
    auto b = cipher.encrypt(plain);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->mid(sealed_format::kNonceOffset, sealed_format::kNonceSize) !=
            b->mid(sealed_format::kNonceOffset, sealed_format::kNonceSize));
    QVERIFY(a->mid(sealed_format::kHeaderSize) != b->mid(sealed_format::kHeaderSize));
}

void tst_FileCipher::plaintextNotInSealedFile()
{
    const QByteArray marker = QStringLiteral("Nguyễn Thị Hồng Nhung 001191023456").toUtf8();
    const QByteArray plain = randomBytes(5000) + marker + randomBytes(70000) + marker;
    auto sealed = FileCipher(DataKey::generate()).encrypt(plain);
    QVERIFY(sealed.ok());
    QVERIFY(!sealed->contains(marker));
    QVERIFY(!sealed->contains(QByteArray("001191023456")));
}

void tst_FileCipher::wrongKeyCannotRead()
{
    auto mine = DataKey::generate();
    auto other = DataKey::generate();
    const QByteArray plain("a scanned birth certificate");
    auto sealed = FileCipher(mine).encrypt(plain);
    QVERIFY(sealed.ok());

    auto refused = FileCipher(other).decrypt(*sealed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QLatin1String(security_error::KeyMismatch));

    // Naming the other key in the header does not help: the header is authenticated with the data.
    QByteArray forged = *sealed;
    forged.replace(sealed_format::kKeyIdOffset, sealed_format::kKeyIdSize, other->id());
    auto stillRefused = FileCipher(other).decrypt(forged);
    QVERIFY(!stillRefused.ok());
    QCOMPARE(stillRefused.error().code, QLatin1String(security_error::Tampered));

    // The same key read back from its bytes (as from the keychain) reads it.
    auto again = DataKey::fromBytes(mine->view());
    QVERIFY(again);
    QCOMPARE(again->id(), mine->id());
    auto opened = FileCipher(again).decrypt(*sealed);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, plain);
}

void tst_FileCipher::noKeyCannotRead()
{
    auto sealed = FileCipher(DataKey::generate()).encrypt(QByteArrayView("x"));
    QVERIFY(sealed.ok());
    auto refused = FileCipher(nullptr).decrypt(*sealed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QLatin1String(security_error::KeyMissing));
    QVERIFY(!FileCipher(nullptr).encrypt(QByteArrayView("x")).ok());
    QVERIFY(!DataKey::fromBytes(QByteArray(31, 'k')));
}

void tst_FileCipher::tamperingDetected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    const QString tampered = QLatin1String(security_error::Tampered);
    QTest::newRow("magic") << QStringLiteral("flip:0") << QString::fromLatin1(security_error::NotSealed);
    QTest::newRow("version") << QStringLiteral("flip:8") << QString::fromLatin1(security_error::UnsupportedVersion);
    QTest::newRow("algorithm") << QStringLiteral("flip:9") << QString::fromLatin1(security_error::UnsupportedVersion);
    QTest::newRow("reserved") << QStringLiteral("flip:10") << tampered;
    QTest::newRow("nonce") << QStringLiteral("flip:25") << tampered;
    QTest::newRow("tag") << QStringLiteral("flip:40") << tampered;
    QTest::newRow("first ciphertext byte") << QStringLiteral("flip:48") << tampered;
    QTest::newRow("ciphertext in the second chunk") << QStringLiteral("flip:70000") << tampered;
    QTest::newRow("last byte") << QStringLiteral("flip:-1") << tampered;
    QTest::newRow("cut short") << QStringLiteral("cut:100") << tampered;
    QTest::newRow("byte appended") << QStringLiteral("append") << tampered;
    QTest::newRow("header cut") << QStringLiteral("keep:30") << QString::fromLatin1(security_error::Truncated);
    QTest::newRow("only the header") << QStringLiteral("keep:48") << tampered;
}

void tst_FileCipher::tamperingDetected()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    const FileCipher cipher(DataKey::generate());
    auto sealedResult = cipher.encrypt(randomBytes(2 * FileCipher::kChunkSize + 999));
    QVERIFY(sealedResult.ok());
    QByteArray sealed = *sealedResult;
    const QString kind = change.section(QLatin1Char(':'), 0, 0);
    const int n = change.section(QLatin1Char(':'), 1, 1).toInt();
    if (kind == QLatin1String("flip")) {
        const qsizetype at = n < 0 ? sealed.size() + n : n;
        sealed[at] = char(sealed.at(at) ^ 0x01);
    } else if (kind == QLatin1String("cut")) {
        sealed.chop(n);
    } else if (kind == QLatin1String("keep")) {
        sealed.truncate(n);
    } else {
        sealed.append('\0');
    }
    auto opened = cipher.decrypt(sealed);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
}

void tst_FileCipher::notSealedRefused()
{
    auto opened = FileCipher(DataKey::generate()).decrypt(QByteArrayView("%PDF-1.7 plain file"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QLatin1String(security_error::NotSealed));
    QVERIFY(!FileCipher::looksSealed(QByteArrayView("%PDF-1.7")));
    QVERIFY(FileCipher::keyIdOf(QByteArrayView("%PDF-1.7")).isEmpty());
}

void tst_FileCipher::filesRoundTripAndFailedDecryptLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const FileCipher cipher(DataKey::generate());
    const QByteArray plain = randomBytes(150000);
    const QString plainPath = dir.filePath(QStringLiteral("scan.pdf"));
    const QString sealedPath = dir.filePath(QStringLiteral("scan.sealed"));
    const QString outPath = dir.filePath(QStringLiteral("out.pdf"));
    {
        QFile f(plainPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(plain);
    }
    QVERIFY(cipher.encryptFile(plainPath, sealedPath).ok());
    QFile sealedFile(sealedPath);
    QVERIFY(sealedFile.open(QIODevice::ReadOnly));
    QByteArray sealed = sealedFile.readAll();
    sealedFile.close();
    QCOMPARE(sealed.size(), FileCipher::sealedSize(plain.size()));
    QVERIFY(cipher.decryptFile(sealedPath, outPath).ok());
    QFile out(outPath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), plain);
    out.close();
    QVERIFY(QFile::remove(outPath));

    // Streaming decryption writes plaintext before it can check the tag: a tampered file must leave
    // no output behind, not even a partial one.
    sealed[100000] = char(sealed.at(100000) ^ 0x80);
    QVERIFY(sealedFile.open(QIODevice::WriteOnly));
    sealedFile.write(sealed);
    sealedFile.close();
    const Status st = cipher.decryptFile(sealedPath, outPath);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, QLatin1String(security_error::Tampered));
    QVERIFY(!QFile::exists(outPath));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary left
}

QTEST_GUILESS_MAIN(tst_FileCipher)
#include "tst_FileCipher.moc"
