#include "SaneEnvironment.h"
#include "TestSupport.h"
#include "scan/BatchSpool.h"
#include "scan/DemoFormRenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace motcua;
using namespace motcua::scan;

// `motcua-cli scan` as the IT contact runs it: the built program against the SANE test backend, image files
// and a spool left by an interrupted batch.
class TestScanCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;

    test::ProcessResult cli(QStringList args, int timeoutMs = 60000)
    {
        args.prepend(QStringLiteral("scan"));
        args << QStringLiteral("--spool") << m_dir.filePath(QStringLiteral("spool"));
        return test::runProgram(m_cli, args, timeoutMs);
    }

    static QJsonObject json(const test::ProcessResult& r) { return QJsonDocument::fromJson(r.out).object(); }

    static void expectBadInput(const test::ProcessResult& r, const char* needle)
    {
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one clear line
        QVERIFY2(err.contains(QLatin1String(needle)), qPrintable(err));
    }

private slots:
    void initTestCase()
    {
        const QString problem = saneEnvironmentProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        m_cli = test::binaryPath(QStringLiteral("bin/motcua-cli"));
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    }

    void listsSaneAndDemoDevices()
    {
        const auto r = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const auto& d : json(r).value(QStringLiteral("devices")).toArray())
            names << d.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("test:0")), r.out.constData());
        QVERIFY(names.contains(QStringLiteral("demo:feeder")));
    }

    void feederBatchBecomesTenPagePdfA()
    {
        const QString out = m_dir.filePath(QStringLiteral("feeder.pdf"));
        const auto r = cli({QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--source"),
                            QStringLiteral("adf"), QStringLiteral("--mode"), QStringLiteral("gray"),
                            QStringLiteral("--resolution"), QStringLiteral("150"), QStringLiteral("--option"),
                            QStringLiteral("test-picture=Grid"), QStringLiteral("--title"), QStringLiteral("Tờ khai"),
                            QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());
        QVERIFY(o.value(QStringLiteral("msPerPage")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("pageDetails")).toArray().size(), 10);
        auto doc = Poppler::Document::load(out);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 10);
        const QSizeF size = doc->page(9)->pageSizeF();
        QVERIFY2(std::abs(size.width() - 595.3) < 2 && std::abs(size.height() - 841.9) < 2,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
        QVERIFY(doc->metadata().contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
        QCOMPARE(doc->info(QStringLiteral("Title")), QStringLiteral("Tờ khai"));
        // Written: the spool of this batch is gone.
        QVERIFY(BatchSpool::interrupted(m_dir.filePath(QStringLiteral("spool"))).isEmpty());
    }

    void jamFailsWithoutWritingAPdf()
    {
        const QString out = m_dir.filePath(QStringLiteral("jam.pdf"));
        const auto r = cli({QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--source"),
                            QStringLiteral("adf"), QStringLiteral("--resolution"), QStringLiteral("75"),
                            QStringLiteral("--option"), QStringLiteral("read-return-value=SANE_STATUS_JAMMED"),
                            QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("scan.jammed"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void badInputIsExitTwo()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        expectBadInput(cli({QStringLiteral("--device"), QStringLiteral("nosuch:device"), QStringLiteral("--out"), out}),
                       "unknown or unavailable scanner");
        expectBadInput(cli({QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--mode"),
                            QStringLiteral("sepia"), QStringLiteral("--out"), out}),
                       "--mode");
        expectBadInput(cli({QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--resolution"),
                            QStringLiteral("abc"), QStringLiteral("--out"), out}),
                       "--resolution");
        expectBadInput(cli({QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--source"),
                            QStringLiteral("duplex"), QStringLiteral("--out"), out}),
                       "no duplex source");
        expectBadInput(cli({QStringLiteral("--device"), QStringLiteral("test:0")}), "--out");
        expectBadInput(cli({QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--option"),
                            QStringLiteral("novalue"), QStringLiteral("--out"), out}),
                       "NAME=VALUE");
        expectBadInput(cli({QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--out"),
                            m_dir.filePath(QStringLiteral("missing/dir/x.pdf"))}),
                       "output folder");
        QVERIFY(!QFile::exists(out));
    }

    void imagesGoThroughTheSamePipelineInOrder()
    {
        // Three "photographed" pages: A4, A5, A4 at 150 dpi; the A5 in the middle marks the order.
        QStringList files;
        const PageSize sizes[] = {PageSize::A4, PageSize::A5, PageSize::A4};
        for (int i = 0; i < 3; ++i) {
            QImage img = DemoFormRenderer::renderForm(i, sizes[i], 150, ColorMode::Color);
            img.setDotsPerMeterX(int(150 / 0.0254));
            img.setDotsPerMeterY(int(150 / 0.0254));
            const QString path = m_dir.filePath(QStringLiteral("photo-%1.png").arg(i));
            QVERIFY(img.save(path));
            files << path;
        }
        const QString out = m_dir.filePath(QStringLiteral("images.pdf"));
        const auto r = cli(QStringList{QStringLiteral("--from-images")} + files +
                           QStringList{QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("pages")).toInt(), 3);
        auto doc = Poppler::Document::load(out);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 3);
        QVERIFY(std::abs(doc->page(0)->pageSizeF().height() - 841.9) < 2);
        QVERIFY(std::abs(doc->page(1)->pageSizeF().height() - 595.3) < 2);
        QVERIFY(std::abs(doc->page(2)->pageSizeF().height() - 841.9) < 2);
        // Colour forms with a red seal stay colour.
        QCOMPARE(
            json(r).value(QStringLiteral("pageDetails")).toArray().first().toObject().value(QStringLiteral("encoding")),
            QStringLiteral("jpeg-color"));

        QFile bogus(m_dir.filePath(QStringLiteral("not-an-image.png")));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("this is not a PNG");
        bogus.close();
        expectBadInput(
            cli({QStringLiteral("--from-images"), files.first(), bogus.fileName(), QStringLiteral("--out"), out}),
            "cannot read image");
    }

    void demoDuplexFlagsBlankBacks()
    {
        const QString out = m_dir.filePath(QStringLiteral("demo.pdf"));
        const auto r = cli({QStringLiteral("--device"), QStringLiteral("demo:feeder"), QStringLiteral("--source"),
                            QStringLiteral("duplex"), QStringLiteral("--resolution"), QStringLiteral("100"),
                            QStringLiteral("--option"), QStringLiteral("sheets=2"), QStringLiteral("--option"),
                            QStringLiteral("page-delay-ms=0"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("blankPages")).toArray(), (QJsonArray{2, 4}));
    }

    void interruptedBatchIsRecovered()
    {
        const QString root = m_dir.filePath(QStringLiteral("spool"));
        auto spool = BatchSpool::create(root, {{QStringLiteral("mode"), QStringLiteral("gray")},
                                               {QStringLiteral("title"), QStringLiteral("Khôi phục")}});
        QVERIFY(spool.ok());
        for (int i = 0; i < 2; ++i) {
            ScannedPage p;
            p.index = i;
            p.dpi = 100;
            p.image = DemoFormRenderer::renderForm(i, PageSize::A4, 100, ColorMode::Gray);
            QVERIFY(spool->addPage(p).ok());
        }
        const auto listed = cli({QStringLiteral("--recover"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray batches = json(listed).value(QStringLiteral("interrupted")).toArray();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().toObject().value(QStringLiteral("pages")).toInt(), 2);

        const QString out = m_dir.filePath(QStringLiteral("recovered.pdf"));
        const auto r = cli(
            {QStringLiteral("--recover"), spool->directory(), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("pages")).toInt(), 2);
        auto doc = Poppler::Document::load(out);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 2);
        QCOMPARE(doc->info(QStringLiteral("Title")), QStringLiteral("Khôi phục"));
        QVERIFY(!QFile::exists(spool->directory()));
        expectBadInput(
            cli({QStringLiteral("--recover"), m_dir.filePath(QStringLiteral("nothing")), QStringLiteral("--out"), out}),
            "no batch manifest");
    }
};

QTEST_MAIN(TestScanCli)
#include "tst_ScanCli.moc"
