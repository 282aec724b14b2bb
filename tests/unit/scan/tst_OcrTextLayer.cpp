#include "scan/PageProcessor.h"
#include "scan/PdfAWriter.h"
#include "scan/ScanBatch.h"
#include "scan/ocr/TextRecognizer.h"
#include "ui/ScanProfile.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace motcua;
using namespace motcua::scan;

// OCR into the invisible text layer, end to end: a synthetic 300 dpi page with Vietnamese text goes
// through the pipeline with OCR on; the PDF's text (read back with Poppler) has the words with their
// diacritics where they are printed, and the rendered page is exactly the one without OCR.
class TestOcrTextLayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_family;
    const QStringList m_lines{
        QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
        QStringLiteral("TỜ KHAI ĐĂNG KÝ KHAI SINH"),
        QStringLiteral("Họ và tên người yêu cầu: Nguyễn Thị Hương"),
        QStringLiteral("Nơi cư trú: xã Phúc Thọ, huyện Lâm Hà, tỉnh Lâm Đồng"),
    };
    // Distinctive words, diacritics included; OCR may miss one or two.
    const QStringList m_expected{QStringLiteral("NGHĨA"), QStringLiteral("Hạnh"),   QStringLiteral("phúc"),
                                 QStringLiteral("ĐĂNG"),  QStringLiteral("Nguyễn"), QStringLiteral("Hương"),
                                 QStringLiteral("huyện"), QStringLiteral("Đồng")};
    QList<QRect> m_lineRects; // where each line was printed, pixels

    QImage page()
    {
        QImage image(2480, 1300, QImage::Format_Grayscale8); // A4 width at 300 dpi, the top of a form
        image.fill(255);
        QPainter p(&image);
        QFont font(m_family);
        font.setPixelSize(50); // 12 pt at 300 dpi
        p.setFont(font);
        p.setPen(Qt::black);
        m_lineRects.clear();
        int y = 200;
        for (const QString& line : m_lines) {
            const QRect rect(200, y, 2080, 120);
            QRect bounds;
            p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, line, &bounds);
            m_lineRects.append(bounds);
            y += 180;
        }
        return image;
    }

    QByteArray pdf(bool ocr, const QString& name, QList<ProcessedPage>* pages = nullptr)
    {
        PipelineOptions options;
        options.mode = ColorMode::Gray;
        options.ocr = ocr;
        ScanBatch batch(options);
        ScannedPage raw;
        raw.dpi = 300;
        raw.image = page();
        batch.addPage(raw);
        batch.endInput();
        if (!batch.isFinished()) {
            QSignalSpy spy(&batch, &ScanBatch::finished);
            if (!spy.wait(120000))
                return {};
        }
        if (pages)
            *pages = batch.pages();
        PdfAWriter::Metadata meta;
        meta.documentId = QUuid(); // the same file but for the text layer
        meta.created = QDateTime(QDate(2026, 1, 1), QTime(8, 0));
        const QString path = m_dir.filePath(name);
        if (!batch.writePdf(path, meta).result())
            return {};
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QImage render(const QByteArray& bytes)
    {
        auto doc = Poppler::Document::loadFromData(bytes);
        if (!doc || doc->numPages() != 1)
            return {};
        return doc->page(0)->renderToImage(100, 100);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TextRecognizer::isAvailable());
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(MOTCUA_FONT_DIR "/NotoSerif-Regular.ttf"));
        QVERIFY(id >= 0);
        m_family = QFontDatabase::applicationFontFamilies(id).value(0);
        QVERIFY(!m_family.isEmpty());
    }

    void ocrTextIsSearchableInvisibleAndInPlace()
    {
        QList<ProcessedPage> pages;
        const QByteArray withText = pdf(true, QStringLiteral("ocr.pdf"), &pages);
        const QByteArray without = pdf(false, QStringLiteral("plain.pdf"));
        QVERIFY(!withText.isEmpty());
        QVERIFY(!without.isEmpty());
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().ocrLanguage, QStringLiteral("vie"));
        QVERIFY2(pages.first().ocrWarning.isEmpty(), qPrintable(pages.first().ocrWarning));
        QVERIFY(pages.first().ocrMs > 0);

        auto doc = Poppler::Document::loadFromData(withText);
        QVERIFY(doc);
        const QString text = doc->page(0)->text(QRectF()).normalized(QString::NormalizationForm_C);
        int found = 0;
        QStringList missing;
        for (const QString& word : m_expected) {
            if (text.contains(word))
                ++found;
            else
                missing << word;
        }
        QVERIFY2(found >= m_expected.size() - 2,
                 qPrintable(QStringLiteral("missing %1 in: %2").arg(missing.join(QLatin1Char(' ')), text)));

        // Each word lies over the line it was printed on (pixels → points: 72/300).
        const auto boxes = doc->page(0)->textList();
        int placed = 0;
        for (const auto& box : boxes) {
            const QString word = box->text().normalized(QString::NormalizationForm_C);
            for (int line = 0; line < m_lines.size(); ++line) {
                if (!m_lines[line].split(QLatin1Char(' ')).contains(word) || word.size() < 4)
                    continue;
                const QRectF printed(m_lineRects[line].x() * 0.24, m_lineRects[line].y() * 0.24,
                                     m_lineRects[line].width() * 0.24, m_lineRects[line].height() * 0.24);
                QVERIFY2(printed.adjusted(-2, -2, 2, 2).contains(box->boundingBox().center()),
                         qPrintable(QStringLiteral("%1 at %2,%3")
                                        .arg(word)
                                        .arg(box->boundingBox().x())
                                        .arg(box->boundingBox().y())));
                ++placed;
            }
        }
        QVERIFY(placed >= 5);

        // Nothing drawn: the page looks exactly as without OCR.
        const QImage a = render(withText);
        const QImage b = render(without);
        QVERIFY(!a.isNull());
        QCOMPARE(a.size(), b.size());
        QVERIFY(a == b);

        // The font is embedded with its ToUnicode map; without OCR there is no text at all.
        QVERIFY(withText.contains("/FontFile2"));
        QVERIFY(withText.contains("/ToUnicode"));
        QVERIFY(withText.contains("3 Tr"));
        QVERIFY(!without.contains("/Font"));
        auto plain = Poppler::Document::loadFromData(without);
        QVERIFY(plain);
        QVERIFY(plain->page(0)->text(QRectF()).trimmed().isEmpty());
    }

    void ocrIsOffUnlessAsked()
    {
        QVERIFY(!PipelineOptions{}.ocr);
        QJsonObject json{{QStringLiteral("id"), QStringLiteral("to-khai")},
                         {QStringLiteral("name"), QStringLiteral("Tờ khai")}};
        auto plain = ScanProfile::fromJson(json);
        QVERIFY(plain);
        QVERIFY(!plain->pipelineOptions().ocr);
        json.insert(QStringLiteral("ocr"), true);
        auto searchable = ScanProfile::fromJson(json);
        QVERIFY(searchable);
        QVERIFY(searchable->pipelineOptions().ocr);
        QCOMPARE(ScanProfile::fromJson(searchable->toJson())->ocr, true);

        ScannedPage raw;
        raw.dpi = 300;
        raw.image = page();
        const auto processed = PageProcessor::process(raw, PipelineOptions{});
        QVERIFY(processed);
        QVERIFY(processed->encoded.words.isEmpty());
        QCOMPARE(processed->ocrMs, 0.0);
        QVERIFY(processed->ocrLanguage.isEmpty());
    }

    void missingLanguageFallsBackToEnglishWithAWarning()
    {
        const auto result = TextRecognizer::recognize(page(), 300, QStringLiteral("zzz"));
        QVERIFY(result);
        QCOMPARE(result->language, QStringLiteral("eng"));
        QVERIFY(result->warning.contains(QStringLiteral("tesseract-ocr-zzz")));
        QVERIFY(result->words.size() > 10);
    }

    void writerPlacesGivenWordsWhereTheyBelong()
    {
        // The writer alone: a word at a known pixel box comes back at that box in points.
        EncodedPage p;
        p.encoding = EncodedPage::Encoding::JpegGray;
        QImage white(600, 300, QImage::Format_Grayscale8);
        white.fill(255);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        white.save(&buffer, "JPEG");
        p.data = buffer.data();
        p.width = 600;
        p.height = 300;
        p.dpi = 150;
        p.words = {{QStringLiteral("Phường"), QRect(150, 75, 300, 60)}};
        PdfAWriter writer;
        writer.addPage(p);
        auto doc = Poppler::Document::loadFromData(writer.build());
        QVERIFY(doc);
        const auto boxes = doc->page(0)->textList();
        QCOMPARE(boxes.size(), size_t(1));
        QCOMPARE(boxes.front()->text(), QStringLiteral("Phường"));
        const QRectF box = boxes.front()->boundingBox();
        QVERIFY2(std::abs(box.left() - 72) < 2 && std::abs(box.right() - 216) < 2,
                 qPrintable(QStringLiteral("%1..%2").arg(box.left()).arg(box.right())));
        QVERIFY2(std::abs(box.top() - 36) < 3 && std::abs(box.bottom() - 64.8) < 3,
                 qPrintable(QStringLiteral("%1..%2").arg(box.top()).arg(box.bottom())));
    }
};

QTEST_MAIN(TestOcrTextLayer)
#include "tst_OcrTextLayer.moc"
