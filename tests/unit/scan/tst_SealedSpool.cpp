#include "DataKey.h"
#include "FileStoreSealer.h"
#include "scan/BatchSpool.h"
#include "ui/ScanDocument.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::scan;
using namespace motcua::security;

// The crash-recovery spool sealed with the profile's data key: nothing readable on disk, recovery after a
// crash in the official's order, a wrong or missing key refused with the files left as they were.
class TestSealedSpool : public QObject
{
    Q_OBJECT

    const QString m_title = QStringLiteral("Tờ khai của Nguyễn Thị Hoà");

    static std::shared_ptr<const FileSealer> newSealer()
    {
        return std::make_shared<const FileStoreSealer>(DataKey::generate());
    }

    // Pages told apart by their width (the pipeline keeps the size of an unskewed page).
    static ScannedPage page(int index, int width)
    {
        QImage image(width, 300, QImage::Format_Grayscale8);
        image.fill(255);
        for (int y = 100; y < 110; ++y)
            for (int x = 40; x < width - 40; ++x)
                image.scanLine(y)[x] = 0;
        ScannedPage p;
        p.index = index;
        p.dpi = 100;
        p.image = image;
        return p;
    }

    static bool waitIdle(ScanDocument& doc)
    {
        return QTest::qWaitFor([&] { return !doc.isBusy(); }, 20000);
    }

    static QMap<QString, QByteArray> snapshot(const QString& dir)
    {
        QMap<QString, QByteArray> files;
        for (const QString& name : QDir(dir).entryList(QDir::Files)) {
            QFile f(QDir(dir).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                files.insert(name, f.readAll());
        }
        return files;
    }

    // A document whose spool went down with the desk: pages scanned, the second moved to the front.
    QString crashedSpool(const QString& root, const std::shared_ptr<const FileSealer>& sealer)
    {
        ScanDocument doc;
        doc.setSpoolRoot(root);
        doc.setSpoolSealer(sealer);
        doc.setDescription(QJsonObject{{QStringLiteral("title"), m_title}});
        PipelineOptions options;
        options.deskew = false;
        for (int i = 0; i < 3; ++i)
            doc.insertScanned(-1, page(i, 400 + 100 * i), options);
        if (!waitIdle(doc))
            return {};
        doc.movePage(1, 0);
        return doc.spool() ? doc.spool()->directory() : QString();
        // ~ScanDocument keeps the spool on disk, as a crash would
    }

private slots:
    void sealedPagesAreNotReadableOnDisk()
    {
        QTemporaryDir root;
        const QString dir = crashedSpool(root.path(), newSealer());
        QVERIFY(!dir.isEmpty());
        const auto files = snapshot(dir);
        int pages = 0;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("page-")))
                continue;
            ++pages;
            QVERIFY2(it.key().endsWith(QLatin1String(".sealed")), qPrintable(it.key()));
            QVERIFY(it.value().startsWith(FileSealer::kMagic));
            QVERIFY(!it.value().contains("PNG"));
            QVERIFY(!it.value().contains("IHDR"));
            QVERIFY(QImage::fromData(it.value()).isNull());
        }
        QCOMPARE(pages, 3);
        // The manifest names the citizen in its title: sealed too.
        const QByteArray manifest = files.value(QStringLiteral("batch.json"));
        QVERIFY(manifest.startsWith(FileSealer::kMagic));
        QVERIFY(!manifest.contains(m_title.toUtf8()));
        QVERIFY(!manifest.contains("Nguy"));
    }

    void recoveryAfterCrashYieldsAllPagesInOrder()
    {
        QTemporaryDir root;
        const auto sealer = newSealer();
        const QString dir = crashedSpool(root.path(), sealer);
        QVERIFY(!dir.isEmpty());

        ScanDocument doc;
        doc.setSpoolRoot(root.path());
        doc.setSpoolSealer(sealer);
        const QStringList found = ScanDocument::interruptedSpools(root.path());
        QCOMPARE(found.size(), 1);
        const Status recovered = doc.recover(found.first());
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message));
        QVERIFY(waitIdle(doc));
        QCOMPARE(doc.count(), 3);
        QCOMPARE(doc.failedCount(), 0);
        // The official's order (page 2 first), each page whole.
        const QList<int> widths{500, 400, 600};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(doc.page(i).processed);
            QCOMPARE(doc.page(i).processed->encoded.width, widths[i]);
        }
        QCOMPARE(doc.spool()->description().value(QStringLiteral("title")).toString(), m_title);
    }

    void wrongKeyIsRefusedAndTheFilesStay()
    {
        QTemporaryDir root;
        const QString dir = crashedSpool(root.path(), newSealer());
        QVERIFY(!dir.isEmpty());
        const auto before = snapshot(dir);

        for (const auto& key : {newSealer(), std::shared_ptr<const FileSealer>()}) {
            ScanDocument doc;
            doc.setSpoolRoot(root.path());
            doc.setSpoolSealer(key);
            const Status recovered = doc.recover(dir);
            QVERIFY(!recovered);
            QCOMPARE(recovered.error().code, QStringLiteral("scan.spool_key"));
            QCOMPARE(doc.count(), 0);
            QVERIFY(!doc.spool());
            auto spool = BatchSpool::open(dir, key);
            QVERIFY(spool);
            const auto page = spool->loadPage(0);
            QVERIFY(!page);
            QCOMPARE(page.error().code, QStringLiteral("scan.spool_key"));
        }
        QCOMPARE(snapshot(dir), before);
        QCOMPARE(ScanDocument::interruptedSpools(root.path()), QStringList{dir});
    }

    void damagedPageIsToldApartFromAWrongKey()
    {
        QTemporaryDir root;
        const auto sealer = newSealer();
        auto spool = BatchSpool::create(root.path(), {}, sealer);
        QVERIFY(spool);
        QVERIFY(spool->addPage(page(0, 400)));
        QFile file(spool->directory() + QStringLiteral("/page-0001.sealed"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0x20);
        file.seek(0);
        file.write(bytes);
        file.close();
        const auto loaded = spool->loadPage(0);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, QStringLiteral("scan.spool_damaged"));
    }

    void keylessSealerRefusesToWriteInPlain()
    {
        // A live profile whose key could not be loaded: nothing goes to disk in plain.
        QTemporaryDir root;
        const auto keyless = std::make_shared<const FileStoreSealer>(nullptr);
        QVERIFY(!BatchSpool::create(root.path(), {}, keyless));
        QVERIFY(QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

        auto plain = BatchSpool::create(root.path(), {});
        QVERIFY(plain);
        auto reopened = BatchSpool::open(plain->directory(), keyless);
        QVERIFY(reopened);
        QVERIFY(!reopened->addPage(page(0, 400)));
        QVERIFY(reopened->pageIndexes().isEmpty());
    }

    void spoolWithoutKeyStaysReadablePng()
    {
        // No key (a demo profile without a keychain, the CLI without a profile): PNG files, as before.
        QTemporaryDir root;
        auto spool = BatchSpool::create(root.path(), QJsonObject{{QStringLiteral("title"), m_title}});
        QVERIFY(spool);
        QVERIFY(spool->addPage(page(0, 400)));
        QVERIFY(!QImageReader(spool->directory() + QStringLiteral("/page-0001.png")).read().isNull());
        const auto loaded = spool->loadPage(0);
        QVERIFY(loaded);
        QCOMPARE(loaded->image.width(), 400);
        QCOMPARE(loaded->dpi, 100);
        // Opened later with a key (encryption turned on since): still readable.
        auto withKey = BatchSpool::open(spool->directory(), newSealer());
        QVERIFY(withKey);
        QVERIFY(withKey->checkReadable());
        QVERIFY(withKey->loadPage(0));
    }
};

QTEST_MAIN(TestSealedSpool)
#include "tst_SealedSpool.moc"
