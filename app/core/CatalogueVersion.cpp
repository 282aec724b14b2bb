#include "CatalogueVersion.h"

#include <QStringList>

namespace motcua {

namespace {

// "2026.11.1a" → ["2026", "11", "1", "a"]: separators dropped, digits split from letters.
QStringList segments(const QString& version)
{
    QStringList parts;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            parts.append(current);
        current.clear();
    };
    for (const QChar c : version.trimmed()) {
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty() && current.back().isDigit() != c.isDigit())
            flush();
        current.append(c);
    }
    flush();
    return parts;
}

bool isNumber(const QString& segment)
{
    return !segment.isEmpty() && segment.front().isDigit();
}

int compareSegments(const QString& a, const QString& b)
{
    if (isNumber(a) && isNumber(b)) {
        // Leading zeros do not count: "03" == "3". Longer digit runs are larger numbers.
        QString x = a;
        QString y = b;
        while (x.size() > 1 && x.front() == QLatin1Char('0'))
            x.remove(0, 1);
        while (y.size() > 1 && y.front() == QLatin1Char('0'))
            y.remove(0, 1);
        if (x.size() != y.size())
            return x.size() < y.size() ? -1 : 1;
        return x.compare(y);
    }
    if (isNumber(a) != isNumber(b))
        return isNumber(a) ? 1 : -1; // "2026.11.1" is later than "2026.11.beta"
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace

int compareCatalogueVersions(const QString& a, const QString& b)
{
    const QStringList left = segments(a);
    const QStringList right = segments(b);
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i)
        if (const int c = compareSegments(left.at(i), right.at(i)); c != 0)
            return c < 0 ? -1 : 1;
    if (left.size() == right.size())
        return 0;
    return left.size() < right.size() ? -1 : 1;
}

} // namespace motcua
