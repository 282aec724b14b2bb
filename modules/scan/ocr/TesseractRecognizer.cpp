// The text recogniser on Tesseract 5 (LSTM), one engine per pool thread and language.
#include "TextRecognizer.h"

#include <map>
#include <memory>
#include <string>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>
#include <vector>

namespace motcua::scan {

namespace {

struct Engine
{
    std::unique_ptr<tesseract::TessBaseAPI> api; // null: no language data at all
    QString language;
    QString warning;
};

std::unique_ptr<tesseract::TessBaseAPI> startEngine(const QString& language)
{
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract's own diagnostics go nowhere: recognised text must never reach a log.
    const std::vector<std::string> names{"debug_file"};
    const std::vector<std::string> values{"/dev/null"};
    if (api->Init(nullptr, language.toUtf8().constData(), tesseract::OEM_DEFAULT, nullptr, 0, &names, &values, false) !=
        0)
        return nullptr;
    return api;
}

Engine& engineFor(const QString& requested)
{
    // Pool threads outlive one page: the engine (and its language data) is loaded once per thread.
    thread_local std::map<QString, Engine> engines;
    const auto found = engines.find(requested);
    if (found != engines.end())
        return found->second;
    Engine engine;
    engine.api = startEngine(requested);
    engine.language = requested;
    const QString fallback = QString::fromLatin1(TextRecognizer::kFallbackLanguage);
    if (!engine.api && requested != fallback) {
        engine.api = startEngine(fallback);
        engine.language = fallback;
        engine.warning = QStringLiteral("no Tesseract data for '%1' (install tesseract-ocr-%1); recognised as '%2', "
                                        "without Vietnamese diacritics")
                             .arg(requested, fallback);
    }
    return engines.emplace(requested, std::move(engine)).first->second;
}

} // namespace

bool TextRecognizer::isAvailable()
{
    return true;
}

Result<TextRecognizer::Recognition> TextRecognizer::recognize(const QImage& page, int dpi, const QString& language)
{
    Engine& engine = engineFor(language.isEmpty() ? QString::fromLatin1(kDefaultLanguage) : language);
    if (!engine.api)
        return Result<Recognition>::failure(QStringLiteral("scan.ocr_unavailable"),
                                            QStringLiteral("no Tesseract language data for '%1' nor '%2'")
                                                .arg(language, QLatin1String(kFallbackLanguage)));
    const QImage gray =
        page.format() == QImage::Format_Grayscale8 ? page : page.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI& api = *engine.api;
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api.SetSourceResolution(dpi);
    if (api.Recognize(nullptr) != 0) {
        api.Clear();
        return Result<Recognition>::failure(QStringLiteral("scan.ocr_failed"), QStringLiteral("Tesseract failed"));
    }
    Recognition out;
    out.language = engine.language;
    out.warning = engine.warning;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it && !it->Empty(tesseract::RIL_WORD)) {
        do {
            if (it->Empty(tesseract::RIL_WORD))
                continue;
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString word = QString::fromUtf8(text.get()).trimmed().normalized(QString::NormalizationForm_C);
            int left = 0, top = 0, right = 0, bottom = 0;
            if (word.isEmpty() || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            out.words.append({word, QRect(QPoint(left, top), QPoint(right - 1, bottom - 1))});
        } while (it->Next(tesseract::RIL_WORD));
    }
    it.reset(); // it points into the results Clear() frees
    api.Clear();
    return out;
}

} // namespace motcua::scan
