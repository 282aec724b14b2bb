#include "PageProcessor.h"

#include "BorderCleaner.h"
#include "G4Encoder.h"
#include "ImageRotator.h"
#include "JpegEncoder.h"
#include "PageAnalysis.h"
#include "SkewDetector.h"
#include "TextRecognizer.h"

#include <QElapsedTimer>
#include <array>
#include <cmath>

namespace motcua::scan {

namespace {

// Below this the skew is invisible and resampling would only blur.
constexpr double kMinCorrection = 0.1;
// Pixels with noticeable colour above this share make a colour page (a seal is ~0.3 %, blue ink more).
constexpr double kColourShare = 0.0003;

int analysisFactor(int dpi)
{
    return qMax(1, int(std::lround(dpi / 100.0)));
}

} // namespace

PageProcessor::Content PageProcessor::classify(const QImage& image, ColorMode mode)
{
    if (mode == ColorMode::BlackWhite)
        return Content::Text;
    if (image.format() == QImage::Format_RGB888 && PageAnalysis::colourRatio(image) > kColourShare)
        return Content::Colour;
    // Black text on white has few mid-tones: only the anti-aliased edges of strokes, fewer than the dark
    // pixels themselves. Photos and shaded seals are mostly mid-tones.
    qint64 darkCount = 0;
    qint64 mid = 0;
    qint64 seen = 0;
    const QImage gray = PageAnalysis::toGray(image);
    for (int y = 0; y < gray.height(); y += 2) {
        const uchar* s = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); x += 2) {
            const uchar v = s[x];
            darkCount += v < 64 ? 1 : 0;
            mid += (v >= 64 && v < 192) ? 1 : 0;
            ++seen;
        }
    }
    const double midShare = seen ? double(mid) / double(seen) : 0;
    const double darkShare = seen ? double(darkCount) / double(seen) : 0;
    if (midShare < 0.04 && midShare < 1.5 * darkShare + 0.002)
        return Content::Text;
    return Content::Photo;
}

Result<ProcessedPage> PageProcessor::process(const ScannedPage& page, const PipelineOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    if (page.image.isNull())
        return Result<ProcessedPage>::failure(QStringLiteral("scan.invalid_input"), QStringLiteral("empty image"));

    // Work in Grayscale8 or RGB888 only; a colour scan asked for gray becomes gray right away.
    QImage image = page.image;
    if (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB888)
        image = image.convertToFormat(image.allGray() ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (image.format() == QImage::Format_RGB888 && options.mode != ColorMode::Color)
        image = PageAnalysis::toGray(image);
    image = ImageRotator::rotateQuarter(image, options.rotation);

    const int factor = analysisFactor(page.dpi);
    ProcessedPage out;
    out.index = page.index;
    out.backSide = page.backSide;

    QImage small = PageAnalysis::downscale(PageAnalysis::toGray(image), factor);
    const int smallThreshold = PageAnalysis::otsuThreshold(small);
    if (options.deskew) {
        const auto skew = SkewDetector::estimate(small, smallThreshold, options.maxSkewDegrees);
        out.skewDegrees = skew.degrees;
        if (std::abs(skew.degrees) >= kMinCorrection)
            image = ImageRotator::rotate(image, -skew.degrees);
    }
    const QImage gray = PageAnalysis::toGray(image);
    const int threshold = PageAnalysis::otsuThreshold(PageAnalysis::downscale(gray, 2));
    if (options.cleanBorders) {
        BorderCleaner::clean(image, threshold);
    }
    const QImage cleanGray = options.cleanBorders ? PageAnalysis::toGray(image) : gray;
    small = PageAnalysis::downscale(cleanGray, factor);
    out.inkRatio = BlankPageDetector::inkRatio(small);
    out.blank = BlankPageDetector::isBlank(out.inkRatio, options.blankInkLimit);
    out.thumbnail = small;

    const Content content = classify(image, options.mode);
    Result<EncodedPage> encoded = EncodedPage{};
    if (content == Content::Text && (options.mode == ColorMode::BlackWhite || options.autoBilevel))
        encoded = G4Encoder::encode(cleanGray, threshold, page.dpi);
    else if (content == Content::Colour)
        encoded = JpegEncoder::encode(image, options.jpegQuality, page.dpi);
    else
        encoded = JpegEncoder::encode(cleanGray, options.jpegQuality, page.dpi);
    if (!encoded)
        return encoded.error();
    out.encoded = encoded.value();
    if (options.ocr) {
        // On the very pixels that were encoded, so the words' boxes fit the picture. A page OCR fails on
        // is still a good page: it goes into the PDF without a text layer.
        QElapsedTimer ocrTimer;
        ocrTimer.start();
        auto text = TextRecognizer::recognize(cleanGray, page.dpi, options.ocrLanguage);
        if (text) {
            out.encoded.words = text->words;
            out.ocrLanguage = text->language;
            out.ocrWarning = text->warning;
        } else {
            out.ocrWarning = text.error().code + QStringLiteral(": ") + text.error().message;
        }
        out.ocrMs = ocrTimer.nsecsElapsed() / 1e6;
    }
    out.processingMs = timer.nsecsElapsed() / 1e6;
    return out;
}

} // namespace motcua::scan
