#pragma once

// Reads PDFs back with Poppler so tests check what a citizen would see on paper: page size, text
// (NFC, whitespace collapsed) and page images.

#include <QByteArray>
#include <QImage>
#include <QRegularExpression>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <memory>
#include <poppler-qt6.h>

namespace motcua::test {

struct PdfInspect
{
    std::unique_ptr<Poppler::Document> document;

    static PdfInspect load(const QByteArray& pdf)
    {
        PdfInspect inspect;
        inspect.document = Poppler::Document::loadFromData(pdf);
        return inspect;
    }
    static PdfInspect loadFile(const QString& path)
    {
        PdfInspect inspect;
        inspect.document = Poppler::Document::load(path);
        return inspect;
    }

    bool ok() const { return document && !document->isLocked(); }
    int pages() const { return document ? document->numPages() : 0; }
    // Page size in millimetres.
    QSizeF pageSizeMm(int page) const
    {
        const QSizeF pt = document->page(page)->pageSizeF();
        return {pt.width() * 25.4 / 72.0, pt.height() * 25.4 / 72.0};
    }
    QString pageText(int page) const
    {
        QString text = document->page(page)->text(QRectF()).normalized(QString::NormalizationForm_C);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        return text.replace(space, QStringLiteral(" "));
    }
    QString text() const
    {
        QStringList all;
        for (int i = 0; i < pages(); ++i)
            all.append(pageText(i));
        return all.join(QLatin1Char(' '));
    }
    QImage image(int page, double dpi = 150) const { return document->page(page)->renderToImage(dpi, dpi); }
    bool allFontsEmbedded() const
    {
        const auto fonts = document->fonts();
        if (fonts.isEmpty())
            return false;
        for (const auto& f : fonts)
            if (!f.isEmbedded())
                return false;
        return true;
    }
};

} // namespace motcua::test
