#include "scan/BlankPageDetector.h"
#include "scan/BorderCleaner.h"
#include "scan/DemoFormRenderer.h"
#include "scan/PageAnalysis.h"
#include "scan/PageProcessor.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTest>

using namespace motcua::scan;

class TestPageProcessor : public QObject
{
    Q_OBJECT

    static ScannedPage page(const QImage& image, int dpi, int index = 0)
    {
        ScannedPage p;
        p.image = image;
        p.dpi = dpi;
        p.index = index;
        return p;
    }

    // A "photo": smooth gradients and noise, nothing like text.
    static QImage photo(int w, int h, bool colour)
    {
        QImage img(w, h, QImage::Format_RGB32);
        QPainter painter(&img);
        QLinearGradient g(0, 0, w, h);
        g.setColorAt(0, colour ? QColor(180, 120, 60) : QColor(90, 90, 90));
        g.setColorAt(1, colour ? QColor(40, 90, 160) : QColor(170, 170, 170));
        painter.fillRect(img.rect(), g);
        QRandomGenerator rng(7);
        for (int i = 0; i < 400; ++i) {
            painter.setBrush(QColor::fromHsv(rng.bounded(360), colour ? 120 : 0, 60 + rng.bounded(140)));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPointF(rng.bounded(w), rng.bounded(h)), 20 + rng.bounded(60), 20 + rng.bounded(60));
        }
        painter.end();
        return colour ? img.convertToFormat(QImage::Format_RGB888) : img.convertToFormat(QImage::Format_Grayscale8);
    }

private slots:
    void grayTextFormBecomesG4UnderSixtyKilobytes()
    {
        const QImage form = DemoFormRenderer::renderForm(0, PageSize::A4, 300, ColorMode::Gray);
        PipelineOptions options;
        options.mode = ColorMode::Gray;
        auto result = PageProcessor::process(page(DemoFormRenderer::skewed(form, 1.2), 300), options);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->encoded.encoding, EncodedPage::Encoding::CcittG4);
        QVERIFY2(result->encoded.data.size() <= 60 * 1024, qPrintable(QString::number(result->encoded.data.size())));
        QVERIFY(result->encoded.data.size() > 5 * 1024); // it holds the text, not nothing
        QVERIFY(std::abs(result->skewDegrees - 1.2) <= 0.5);
        QVERIFY(!result->blank);
        QCOMPARE(result->encoded.width, form.width());
        QCOMPARE(result->encoded.dpi, 300);
    }

    void keepGrayOptionKeepsJpeg()
    {
        PipelineOptions options;
        options.mode = ColorMode::Gray;
        options.autoBilevel = false;
        const QImage form = DemoFormRenderer::renderForm(1, PageSize::A4, 150, ColorMode::Gray);
        auto result = PageProcessor::process(page(form, 150), options);
        QVERIFY(result.ok());
        QCOMPARE(result->encoded.encoding, EncodedPage::Encoding::JpegGray);
        QVERIFY(result->encoded.data.startsWith("\xFF\xD8")); // JPEG SOI
    }

    void colourFormWithSealStaysColourJpeg()
    {
        PipelineOptions options;
        options.mode = ColorMode::Color;
        const QImage form = DemoFormRenderer::renderForm(0, PageSize::A4, 150, ColorMode::Color);
        QCOMPARE(PageProcessor::classify(form, ColorMode::Color), PageProcessor::Content::Colour);
        auto result = PageProcessor::process(page(form, 150), options);
        QVERIFY(result.ok());
        QCOMPARE(result->encoded.encoding, EncodedPage::Encoding::JpegColor);
    }

    void colourScanOfBlackTextBecomesG4()
    {
        // A colour scan of a page without colour content is text: no reason to pay for colour JPEG.
        QImage img(1240, 1754, QImage::Format_RGB888);
        img.fill(Qt::white);
        QPainter p(&img);
        p.setFont(QFont(QStringLiteral("DejaVu Serif"), 40));
        for (int y = 150; y < 1600; y += 70)
            p.drawText(100, y, QStringLiteral("Họ, chữ đệm, tên người yêu cầu: NGUYỄN VĂN AN"));
        p.end();
        QCOMPARE(PageProcessor::classify(img, ColorMode::Color), PageProcessor::Content::Text);
        PipelineOptions options;
        options.mode = ColorMode::Color;
        auto result = PageProcessor::process(page(img, 150), options);
        QVERIFY(result.ok());
        QCOMPARE(result->encoded.encoding, EncodedPage::Encoding::CcittG4);
    }

    void photosBecomeJpeg()
    {
        QCOMPARE(PageProcessor::classify(photo(800, 1100, false), ColorMode::Gray), PageProcessor::Content::Photo);
        QCOMPARE(PageProcessor::classify(photo(800, 1100, true), ColorMode::Color), PageProcessor::Content::Colour);
        PipelineOptions options;
        options.mode = ColorMode::Gray;
        auto result = PageProcessor::process(page(photo(800, 1100, false), 100), options);
        QVERIFY(result.ok());
        QCOMPARE(result->encoded.encoding, EncodedPage::Encoding::JpegGray);
        // In black-and-white mode even a photo is thresholded to G4: the official asked for it.
        options.mode = ColorMode::BlackWhite;
        result = PageProcessor::process(page(photo(800, 1100, false), 100), options);
        QVERIFY(result.ok());
        QCOMPARE(result->encoded.encoding, EncodedPage::Encoding::CcittG4);
    }

    void blankPagesAreFlaggedNotDropped()
    {
        PipelineOptions options;
        options.mode = ColorMode::Gray;
        const QImage blank = DemoFormRenderer::renderBlank(PageSize::A4, 150, ColorMode::Gray, 1);
        auto result = PageProcessor::process(page(DemoFormRenderer::skewed(blank, -1.0), 150, 4), options);
        QVERIFY(result.ok());
        QVERIFY2(result->blank, qPrintable(QString::number(result->inkRatio)));
        QCOMPARE(result->index, 4);
        QVERIFY(!result->encoded.data.isEmpty()); // still encoded: flagged, never deleted
    }

    void signatureAloneIsNotBlank()
    {
        QImage img = DemoFormRenderer::renderBlank(PageSize::A4, 150, ColorMode::Gray, 2);
        QPainter p(&img);
        p.setPen(QPen(QColor(30, 40, 110), 3));
        QPainterPath path(QPointF(600, 900));
        path.cubicTo(640, 820, 680, 960, 720, 880);
        path.cubicTo(760, 820, 800, 940, 860, 890);
        p.drawPath(path);
        p.end();
        const double ink = BlankPageDetector::inkRatio(PageAnalysis::downscale(img, 2));
        QVERIFY2(!BlankPageDetector::isBlank(ink), qPrintable(QString::number(ink)));
    }

    void bordersAreCleaned()
    {
        // A narrower sheet on a dark backing: dark strips down both sides and along the bottom.
        QImage img(600, 800, QImage::Format_Grayscale8);
        img.fill(30);
        QPainter p(&img);
        p.fillRect(QRect(20, 0, 560, 770), Qt::white);
        p.fillRect(QRect(100, 100, 400, 8), Qt::black); // a rule in the form: must survive
        p.end();
        const auto cleared = BorderCleaner::clean(img, 128);
        QVERIFY(cleared.left >= 20 && cleared.left < 40);
        QVERIFY(cleared.right >= 20 && cleared.right < 40);
        QVERIFY(cleared.bottom >= 30 && cleared.bottom < 50);
        QCOMPARE(cleared.top, 0);
        QCOMPARE(qGray(img.pixel(5, 400)), 255);
        QCOMPARE(qGray(img.pixel(595, 400)), 255);
        QCOMPARE(qGray(img.pixel(300, 795)), 255);
        QCOMPARE(qGray(img.pixel(300, 104)), 0);
    }

    void rotationOptionTurnsThePage()
    {
        PipelineOptions options;
        options.mode = ColorMode::Gray;
        options.rotation = 90;
        options.deskew = false;
        const QImage form = DemoFormRenderer::renderForm(0, PageSize::A5, 100, ColorMode::Gray);
        auto result = PageProcessor::process(page(form, 100), options);
        QVERIFY(result.ok());
        QCOMPARE(result->encoded.width, form.height());
        QCOMPARE(result->encoded.height, form.width());
    }

    void emptyImageIsRefused()
    {
        auto result = PageProcessor::process(page(QImage(), 300), PipelineOptions{});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("scan.invalid_input"));
    }
};

QTEST_MAIN(TestPageProcessor)
#include "tst_PageProcessor.moc"
