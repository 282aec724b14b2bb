#include "scan/DemoFormRenderer.h"
#include "scan/G4Encoder.h"
#include "scan/JpegEncoder.h"
#include "scan/PdfAWriter.h"
#include "scan/SrgbProfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>
#include <poppler-qt6.h>

using namespace motcua::scan;

// The writer's files are checked by reopening them with Poppler, as the desk's preview does.
class TestPdfAWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static EncodedPage g4(PageSize size, int dpi)
    {
        const QImage form = DemoFormRenderer::renderForm(0, size, dpi, ColorMode::Gray);
        return G4Encoder::encode(form, 160, dpi).value();
    }
    static EncodedPage jpeg(PageSize size, int dpi, ColorMode mode)
    {
        return JpegEncoder::encode(DemoFormRenderer::renderForm(1, size, dpi, mode), 60, dpi).value();
    }
    static double meanGray(const QImage& image)
    {
        const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
        qint64 sum = 0;
        for (int y = 0; y < g.height(); ++y)
            for (int x = 0; x < g.width(); ++x)
                sum += g.constScanLine(y)[x];
        return double(sum) / (qint64(g.width()) * g.height());
    }

private slots:
    void pagesKeepOrderSizeAndEncoding()
    {
        PdfAWriter::Metadata meta;
        meta.title = QStringLiteral("Tờ khai đăng ký khai sinh – Nguyễn Văn An");
        meta.created = QDateTime(QDate(2025, 3, 14), QTime(9, 30), QTimeZone(7 * 3600));
        PdfAWriter writer(meta);
        // Three different page sizes mark the order: A4 G4, A5 gray JPEG, A3 colour JPEG, then A4 again.
        writer.addPage(g4(PageSize::A4, 150));
        writer.addPage(jpeg(PageSize::A5, 100, ColorMode::Gray));
        writer.addPage(jpeg(PageSize::A3, 75, ColorMode::Color));
        writer.addPage(g4(PageSize::A4, 300));
        const QString path = m_dir.filePath(QStringLiteral("order.pdf"));
        QVERIFY(writer.save(path).ok());

        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QVERIFY(!doc->isLocked());
        QCOMPARE(doc->numPages(), 4);
        const QSizeF expected[] = {{595.3, 841.9}, {419.5, 595.3}, {841.9, 1190.6}, {595.3, 841.9}};
        for (int i = 0; i < 4; ++i) {
            const QSizeF size = doc->page(i)->pageSizeF();
            QVERIFY2(std::abs(size.width() - expected[i].width()) < 1.5 &&
                         std::abs(size.height() - expected[i].height()) < 1.5,
                     qPrintable(QStringLiteral("page %1: %2 x %3").arg(i + 1).arg(size.width()).arg(size.height())));
        }
        QCOMPARE(doc->info(QStringLiteral("Title")), meta.title);
        QCOMPARE(doc->info(QStringLiteral("Producer")), QStringLiteral("MotCua Desk scan module"));
    }

    void renderedPagesAreNotInverted()
    {
        // G4 polarity is the classic mistake: a white page with black text must render mostly white.
        PdfAWriter writer;
        writer.addPage(g4(PageSize::A4, 150));
        writer.addPage(jpeg(PageSize::A4, 100, ColorMode::Color));
        const QString path = m_dir.filePath(QStringLiteral("render.pdf"));
        QVERIFY(writer.save(path).ok());
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        for (int i = 0; i < 2; ++i) {
            const QImage img = doc->page(i)->renderToImage(50, 50);
            QVERIFY(!img.isNull());
            const double mean = meanGray(img);
            QVERIFY2(mean > 200 && mean < 254.5, qPrintable(QStringLiteral("page %1 mean %2").arg(i + 1).arg(mean)));
        }
    }

    void pdfaMetadataAndStructure()
    {
        PdfAWriter::Metadata meta;
        meta.title = QStringLiteral("Hồ sơ <thử> & kiểm tra");
        meta.created = QDateTime(QDate(2025, 3, 14), QTime(9, 30, 5), QTimeZone(7 * 3600));
        meta.documentId = QUuid(QStringLiteral("{12345678-1234-5678-9abc-def012345678}"));
        PdfAWriter writer(meta);
        writer.addPage(g4(PageSize::A4, 100));
        const QByteArray pdf = writer.build();
        QVERIFY(pdf.startsWith("%PDF-1.7\n%"));
        for (int i = 10; i < 14; ++i) // the binary comment: four bytes above 127
            QVERIFY(uchar(pdf[i]) > 127);
        QVERIFY(pdf.endsWith("%%EOF\n"));
        QVERIFY(pdf.contains("/OutputIntents"));
        QVERIFY(pdf.contains("/S /GTS_PDFA1"));
        QVERIFY(pdf.contains("/ID [<12345678123456789ABCDEF012345678> <12345678123456789ABCDEF012345678>]"));
        QVERIFY(pdf.contains("/CreationDate (D:20250314093005+07'00')"));
        QVERIFY(pdf.contains("/Filter /CCITTFaxDecode"));
        QVERIFY(!pdf.contains("/Encrypt"));
        // startxref points at the xref table.
        const qsizetype sx = pdf.lastIndexOf("startxref\n");
        const qsizetype xref = pdf.mid(sx + 10, pdf.indexOf('\n', sx + 10) - sx - 10).toLongLong();
        QVERIFY(pdf.mid(xref).startsWith("xref\n0 "));

        const QString path = m_dir.filePath(QStringLiteral("meta.pdf"));
        QVERIFY(writer.save(path).ok());
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        const QString xmp = doc->metadata();
        QVERIFY2(xmp.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")), qPrintable(xmp));
        QVERIFY(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
        // Poppler hands the XMP stream over as Latin-1; the bytes in the file are UTF-8.
        QVERIFY(pdf.contains(QStringLiteral("Hồ sơ &lt;thử&gt; &amp; kiểm tra").toUtf8()));
        QVERIFY(xmp.contains(QStringLiteral("&lt;th")));
        QVERIFY(xmp.contains(QStringLiteral("<xmp:CreateDate>2025-03-14T09:30:05+07:00</xmp:CreateDate>")));
        QVERIFY(xmp.contains(QStringLiteral("uuid:12345678-1234-5678-9abc-def012345678")));
        QCOMPARE(doc->info(QStringLiteral("Title")), meta.title);
    }

    void iccProfileIsWellFormed()
    {
        const QByteArray icc = SrgbProfile::bytes();
        QCOMPARE(qFromBigEndian<quint32>(icc.constData()), quint32(icc.size()));
        QCOMPARE(icc.mid(36, 4), QByteArray("acsp"));
        QCOMPARE(icc.mid(12, 4), QByteArray("mntr"));
        QCOMPARE(icc.mid(16, 4), QByteArray("RGB "));
        const quint32 tags = qFromBigEndian<quint32>(icc.constData() + 128);
        QCOMPARE(tags, 9u);
        for (quint32 i = 0; i < tags; ++i) {
            const char* entry = icc.constData() + 132 + 12 * i;
            const quint32 offset = qFromBigEndian<quint32>(entry + 4);
            const quint32 size = qFromBigEndian<quint32>(entry + 8);
            QVERIFY(offset % 4 == 0);
            QVERIFY(offset + size <= quint32(icc.size()));
        }
    }

    void saveIsAtomic()
    {
        PdfAWriter writer;
        writer.addPage(g4(PageSize::A5, 100));
        QVERIFY(!writer.save(m_dir.filePath(QStringLiteral("missing/folder/x.pdf"))).ok());
        // Replacing an existing file leaves either the old or the new file, never a mix; no temp files remain.
        const QString path = m_dir.filePath(QStringLiteral("replace.pdf"));
        QVERIFY(writer.save(path).ok());
        writer.addPage(g4(PageSize::A5, 100));
        QVERIFY(writer.save(path).ok());
        QCOMPARE(Poppler::Document::load(path)->numPages(), 2);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("replace.pdf*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("replace.pdf")});
    }
};

QTEST_MAIN(TestPdfAWriter)
#include "tst_PdfAWriter.moc"
