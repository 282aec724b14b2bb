#pragma once

#include "EncodedPage.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace motcua::scan {

// A small PDF/A-2b writer for scanned pages: one image XObject per page, its compressed bytes embedded as
// they are (/CCITTFaxDecode or /DCTDecode, no re-encoding), page size from the image size and resolution.
// It writes what PDF/A-2b asks of such a file: %PDF-1.7 header with a binary comment, XMP metadata
// (pdfaid:part 2, conformance B) matching the Info dictionary, an sRGB OutputIntent, a document ID in the
// trailer, a classic cross-reference table; no encryption, transparency or JavaScript. Pages that carry OCR
// words (EncodedPage::words) get them as invisible text (render mode 3) over the picture, in one embedded
// glyph-less font with a ToUnicode map (ocr/GlyphLessFont.h), so the file can be searched and copied from.
class PdfAWriter
{
public:
    struct Metadata
    {
        QString title;
        QString author;
        QString subject;
        QString creatorTool = QStringLiteral("MotCua Desk");
        QString producer = QStringLiteral("MotCua Desk scan module");
        QDateTime created = QDateTime::currentDateTime();
        QUuid documentId = QUuid::createUuid();
    };

    PdfAWriter();
    explicit PdfAWriter(Metadata metadata) : m_meta(std::move(metadata)) {}

    void addPage(const EncodedPage& page) { m_pages.append(page); }
    int pageCount() const { return int(m_pages.size()); }

    QByteArray build() const;
    // Writes to a temporary file beside `path` and renames it into place: a reader never sees half a PDF.
    Status save(const QString& path) const;

private:
    QByteArray xmp() const;

    Metadata m_meta;
    QList<EncodedPage> m_pages;
};

} // namespace motcua::scan
