#include "TextFold.h"

namespace motcua {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        QChar folded = c.toLower();
        if (folded == QChar(0x0111)) // đ (Đ lower-cases to it)
            folded = QLatin1Char('d');
        if (folded.isSpace() || folded.isPunct()) {
            if (!lastWasSpace)
                out.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        out.append(folded);
        lastWasSpace = false;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString normalizeNfc(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace motcua
