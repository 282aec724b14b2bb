// The registry simulator's attachment store (RegistryStore::putChunk) and the SHA-256 both sides of the
// protocol use: an upload is checked when its last chunk arrives, from the hash kept since its first
// chunk or, after the store was reopened, from the chunks read back; a mismatch discards the upload.
#include "ProtocolConstants.h"
#include "RegistryStore.h"
#include "Sha256.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::sync;

namespace {

QByteArray bytes(qint64 size, int seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (qsizetype i = 0; i < out.size(); ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

qint64 counter(RegistryStore& store, const char* name)
{
    const auto stats = store.stats();
    return stats ? stats->value(QLatin1String(name)).toInteger(-1) : -1;
}

} // namespace

class tst_RegistryUploads : public QObject
{
    Q_OBJECT
private slots:
    void sha256MatchesTheStandard()
    {
        QCOMPARE(Sha256::hex(""), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hex("abc"),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const QByteArray data = bytes(3 * 1024 * 1024 + 7, 1);
        Sha256 parts;
        parts.addData(QByteArrayView(data).first(1000));
        const Sha256 copy = parts; // a copy goes on from the same state
        parts.addData(QByteArrayView(data).sliced(1000));
        QCOMPARE(parts.hexResult(), Sha256::hex(data));
        QCOMPARE(parts.hexResult(), parts.hexResult()); // reading the digest leaves the state alone
        Sha256 fromCopy = copy;
        fromCopy.addData(QByteArrayView(data).sliced(1000));
        QCOMPARE(fromCopy.hexResult(), Sha256::hex(data));
        QBuffer device;
        device.setData(data);
        QVERIFY(device.open(QIODevice::ReadOnly));
        Sha256 streamed;
        QVERIFY(streamed.addData(device));
        QCOMPARE(streamed.hexResult(), Sha256::hex(data));
    }

    void oneChunkUpload()
    {
        QTemporaryDir dir;
        RegistryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))).ok());
        const QByteArray data = bytes(1024 * 1024, 2);
        const QString sha = Sha256::hex(data);
        const auto done = store.putChunk(sha, 0, data.size(), data);
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        QVERIFY(done->complete);
        QCOMPARE(done->received, data.size());
        // Idempotent once complete; a status read agrees.
        const auto again = store.putChunk(sha, 0, data.size(), data);
        QVERIFY(again.ok() && again->complete);
        const auto status = store.attachmentStatus(sha);
        QVERIFY(status.ok() && status->known && status->complete);
        QCOMPARE(counter(store, "attachmentBytesReceived"), qint64(data.size()));
    }

    void chunksCheckedAcrossAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        const QByteArray data = bytes(5 * 1024 * 1024 + 123, 3);
        const QString sha = Sha256::hex(data);
        const qint64 chunk = 1024 * 1024;
        qint64 offset = 0;
        {
            RegistryStore store;
            QVERIFY(store.open(path).ok());
            for (; offset < 2 * chunk; offset += chunk) {
                const auto r = store.putChunk(sha, offset, data.size(), data.mid(offset, chunk));
                QVERIFY2(r.ok(), qPrintable(r.error().message));
                QVERIFY(!r->complete);
            }
            // A chunk at the wrong offset: the client is told where to go on.
            const auto wrong = store.putChunk(sha, 0, data.size(), data.left(chunk));
            QVERIFY(!wrong.ok());
            QCOMPARE(wrong.error().code, QLatin1String(protocol::code::OffsetMismatch));
            QCOMPARE(wrong.error().message, QString::number(2 * chunk));
        }
        // A new process: no hash kept, so the last chunk is checked from what the database holds.
        RegistryStore store;
        QVERIFY(store.open(path).ok());
        Result<RegistryStore::UploadStatus> last = RegistryStore::UploadStatus{};
        for (; offset < data.size(); offset += chunk) {
            last = store.putChunk(sha, offset, data.size(), data.mid(offset, chunk));
            QVERIFY2(last.ok(), qPrintable(last.error().message));
        }
        QVERIFY(last->complete);
        QCOMPARE(last->received, data.size());
        QCOMPARE(counter(store, "attachmentBytesReceived"), qint64(data.size()));
        QCOMPARE(counter(store, "attachmentBytes"), qint64(data.size()));
    }

    void wrongBytesAreDiscarded_data()
    {
        QTest::addColumn<qint64>("chunk");
        QTest::newRow("in one chunk") << qint64(2 * 1024 * 1024);
        QTest::newRow("in chunks") << qint64(256 * 1024);
    }

    void wrongBytesAreDiscarded()
    {
        QFETCH(qint64, chunk);
        QTemporaryDir dir;
        RegistryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))).ok());
        const QByteArray data = bytes(2 * 1024 * 1024, 4);
        QByteArray damaged = data;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 1);
        const QString sha = Sha256::hex(data);
        Result<RegistryStore::UploadStatus> r = RegistryStore::UploadStatus{};
        for (qint64 offset = 0; offset < damaged.size(); offset += chunk) {
            r = store.putChunk(sha, offset, damaged.size(), damaged.mid(offset, chunk));
            if (!r.ok())
                break;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QLatin1String(protocol::code::HashMismatch));
        const auto status = store.attachmentStatus(sha);
        QVERIFY(status.ok());
        QVERIFY(!status->known); // discarded: the next attempt starts from zero
        QCOMPARE(counter(store, "attachmentsPartial"), qint64(0));
        // ...and the right bytes then go through.
        for (qint64 offset = 0; offset < data.size(); offset += chunk) {
            r = store.putChunk(sha, offset, data.size(), data.mid(offset, chunk));
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        }
        QVERIFY(r->complete);
    }
};

QTEST_GUILESS_MAIN(tst_RegistryUploads)
#include "tst_RegistryUploads.moc"
