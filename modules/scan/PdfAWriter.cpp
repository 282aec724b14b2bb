#include "PdfAWriter.h"

#include "GlyphLessFont.h"
#include "SrgbProfile.h"

#include <QSaveFile>
#include <algorithm>

namespace motcua::scan {

namespace {

QByteArray num(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 3);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s;
}

// PDF text string: UTF-16BE with a byte-order mark, as hex, so any Vietnamese title survives.
QByteArray textString(const QString& text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime& dt)
{
    const int offset = dt.offsetFromUtc();
    QByteArray s = "D:" + dt.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0)
        return s + 'Z';
    const int minutes = std::abs(offset) / 60;
    s += offset > 0 ? '+' : '-';
    s += QByteArray::number(minutes / 60).rightJustified(2, '0') + '\'' +
         QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
    return s;
}

QByteArray xmpDate(const QDateTime& dt)
{
    return dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODate).toUtf8();
}

QByteArray xmlEscape(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// Collects objects and their offsets; objects are numbered in the order they are reserved.
class ObjectWriter
{
public:
    int reserve() { return ++m_count; }
    void begin(QByteArray& out, int id)
    {
        if (m_offsets.size() < id)
            m_offsets.resize(id);
        m_offsets[id - 1] = out.size();
        out += QByteArray::number(id) + " 0 obj\n";
    }
    void object(QByteArray& out, int id, const QByteArray& body)
    {
        begin(out, id);
        out += body + "\nendobj\n";
    }
    void stream(QByteArray& out, int id, const QByteArray& dict, const QByteArray& data)
    {
        begin(out, id);
        out += "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n";
        out += data;
        out += "\nendstream\nendobj\n";
    }
    int count() const { return m_count; }
    const QList<qsizetype>& offsets() const { return m_offsets; }

private:
    int m_count = 0;
    QList<qsizetype> m_offsets;
};

} // namespace

PdfAWriter::PdfAWriter() : m_meta(Metadata{}) {}

QByteArray PdfAWriter::xmp() const
{
    const QByteArray id = "uuid:" + m_meta.documentId.toString(QUuid::WithoutBraces).toLatin1();
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x +=
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "<rdf:Description rdf:about=\"\"\n xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
         " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n";
    x += "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n";
    x += "<dc:format>application/pdf</dc:format>\n";
    if (!m_meta.title.isEmpty())
        x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(m_meta.title) +
             "</rdf:li></rdf:Alt></dc:title>\n";
    if (!m_meta.author.isEmpty())
        x += "<dc:creator><rdf:Seq><rdf:li>" + xmlEscape(m_meta.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!m_meta.subject.isEmpty())
        x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(m_meta.subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    x += "<xmp:CreateDate>" + xmpDate(m_meta.created) + "</xmp:CreateDate>\n";
    x += "<xmp:ModifyDate>" + xmpDate(m_meta.created) + "</xmp:ModifyDate>\n";
    x += "<xmp:MetadataDate>" + xmpDate(m_meta.created) + "</xmp:MetadataDate>\n";
    x += "<xmp:CreatorTool>" + xmlEscape(m_meta.creatorTool) + "</xmp:CreatorTool>\n";
    x += "<pdf:Producer>" + xmlEscape(m_meta.producer) + "</pdf:Producer>\n";
    x += "<xmpMM:DocumentID>" + id + "</xmpMM:DocumentID>\n<xmpMM:InstanceID>" + id + "</xmpMM:InstanceID>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n";
    x += QByteArray(20, ' ') + '\n';
    x += "<?xpacket end=\"w\"?>";
    return x;
}

QByteArray PdfAWriter::build() const
{
    QByteArray out;
    out.reserve(4096 + [this] {
        qsizetype n = 0;
        for (const auto& p : m_pages)
            n += p.data.size() + 600 + p.words.size() * 64;
        return n;
    }());
    // The binary comment tells transfer tools the file is binary (PDF/A requires four bytes above 127).
    out += "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";

    ObjectWriter w;
    const int catalog = w.reserve();
    const int pages = w.reserve();
    const int metadata = w.reserve();
    const int intent = w.reserve();
    const int icc = w.reserve();
    const int info = w.reserve();
    const bool hasText =
        std::any_of(m_pages.cbegin(), m_pages.cend(), [](const EncodedPage& p) { return !p.words.isEmpty(); });
    // One font for every page's text layer: Type 0 font, CIDFont, descriptor, program, CID map, ToUnicode.
    const int font = hasText ? w.reserve() : 0;
    const int cidFont = hasText ? w.reserve() : 0;
    const int fontDescriptor = hasText ? w.reserve() : 0;
    const int fontFile = hasText ? w.reserve() : 0;
    const int cidToGid = hasText ? w.reserve() : 0;
    const int toUnicode = hasText ? w.reserve() : 0;
    QList<int> pageIds;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        pageIds.append(w.reserve());
        w.reserve(); // contents
        w.reserve(); // image
    }

    w.object(out, catalog,
             "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R /Metadata " +
                 QByteArray::number(metadata) + " 0 R /OutputIntents [" + QByteArray::number(intent) + " 0 R] >>");
    QByteArray kids;
    for (int id : pageIds)
        kids += QByteArray::number(id) + " 0 R ";
    w.object(out, pages,
             "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(m_pages.size()) + " >>");
    // Metadata streams stay unfiltered so any tool can read them.
    w.stream(out, metadata, "/Type /Metadata /Subtype /XML", xmp());
    w.object(out, intent,
             "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
             "/Info (sRGB IEC61966-2.1) /DestOutputProfile " +
                 QByteArray::number(icc) + " 0 R >>");
    w.stream(out, icc, "/N 3", SrgbProfile::bytes());
    QByteArray infoDict = "<< /Producer " + textString(m_meta.producer) + " /Creator " +
                          textString(m_meta.creatorTool) + " /CreationDate (" + pdfDate(m_meta.created) +
                          ") /ModDate (" + pdfDate(m_meta.created) + ")";
    if (!m_meta.title.isEmpty())
        infoDict += " /Title " + textString(m_meta.title);
    if (!m_meta.author.isEmpty())
        infoDict += " /Author " + textString(m_meta.author);
    if (!m_meta.subject.isEmpty())
        infoDict += " /Subject " + textString(m_meta.subject);
    w.object(out, info, infoDict + " >>");
    if (hasText) {
        namespace gf = glyph_less_font;
        const QByteArray program = gf::program();
        w.object(out, font, gf::type0Font(cidFont, toUnicode));
        w.object(out, cidFont, gf::cidFont(fontDescriptor, cidToGid));
        w.object(out, fontDescriptor, gf::fontDescriptor(fontFile));
        w.stream(out, fontFile, "/Length1 " + QByteArray::number(program.size()), program);
        w.stream(out, cidToGid, "/Filter /FlateDecode", gf::cidToGidMap());
        w.stream(out, toUnicode, {}, gf::toUnicodeCMap());
    }

    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const EncodedPage& p = m_pages[i];
        const int pageId = pageIds[i];
        const int contentsId = pageId + 1;
        const int imageId = pageId + 2;
        const QByteArray wPt = num(p.widthPoints());
        const QByteArray hPt = num(p.heightPoints());
        const QByteArray text = glyph_less_font::textLayer(p, "/OcrFont");
        const QByteArray fonts =
            text.isEmpty() ? QByteArray() : " /Font << /OcrFont " + QByteArray::number(font) + " 0 R >>";
        w.object(out, pageId,
                 "<< /Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox [0 0 " + wPt + ' ' + hPt +
                     "] /Resources << /XObject << /Im0 " + QByteArray::number(imageId) + " 0 R >>" + fonts +
                     " >> /Contents " + QByteArray::number(contentsId) + " 0 R >>");
        QByteArray contents = "q\n" + wPt + " 0 0 " + hPt + " 0 0 cm\n/Im0 Do\nQ";
        if (!text.isEmpty())
            contents += '\n' + text;
        w.stream(out, contentsId, {}, contents);
        QByteArray image = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(p.width) + " /Height " +
                           QByteArray::number(p.height);
        switch (p.encoding) {
        case EncodedPage::Encoding::CcittG4:
            image += " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 "
                     "/Columns " +
                     QByteArray::number(p.width) + " /Rows " + QByteArray::number(p.height) + " /BlackIs1 false >>";
            break;
        case EncodedPage::Encoding::JpegGray:
            image += " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode";
            break;
        case EncodedPage::Encoding::JpegColor:
            image += " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode";
            break;
        }
        w.stream(out, imageId, image, p.data);
    }

    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(w.count() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : w.offsets())
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = '<' + m_meta.documentId.toRfc4122().toHex().toUpper() + '>';
    out += "trailer\n<< /Size " + QByteArray::number(w.count() + 1) + " /Root " + QByteArray::number(catalog) +
           " 0 R /Info " + QByteArray::number(info) + " 0 R /ID [" + id + ' ' + id + "] >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

Status PdfAWriter::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("scan.write_failed"), path + QStringLiteral(": ") + file.errorString());
    const QByteArray data = build();
    if (file.write(data) != data.size())
        return Status::failure(QStringLiteral("scan.write_failed"), path + QStringLiteral(": ") + file.errorString());
    if (!file.commit())
        return Status::failure(QStringLiteral("scan.write_failed"), path + QStringLiteral(": ") + file.errorString());
    return Status::success();
}

} // namespace motcua::scan
