#include "FormPainter.h"

#include "FormFonts.h"
#include "FormText.h"
#include "OfficeProfile.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace motcua::intake {

namespace {

constexpr auto kWatermark = "DEMO – KHÔNG CÓ GIÁ TRỊ";
constexpr double kCellPaddingMm = 1.2;

} // namespace

FormPainter::FormPainter(QPdfWriter& writer, bool demo, double basePoints)
    : m_writer(writer), m_demo(demo), m_basePoints(basePoints)
{
    FormFonts::ensureLoaded();
    m_dpi = writer.resolution();
    m_pageWidth = writer.width();
    m_pageHeight = writer.height();
    const bool landscape = m_pageWidth > m_pageHeight;
    // Left margin wider for binding; the log book is bound on its long side.
    m_left = mm(landscape ? 15 : 18);
    m_right = m_pageWidth - mm(12);
    m_top = mm(12);
    m_bottom = m_pageHeight - mm(10);
    m_y = m_top;
    m_painter.begin(&writer);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

FormPainter::~FormPainter()
{
    finish();
}

QFont FormPainter::font(double points, bool bold, bool italic) const
{
    return FormFonts::font(points, bold, italic);
}

QString FormPainter::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

void FormPainter::ensureSpace(double height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void FormPainter::newPage()
{
    drawPageDecorations();
    m_writer.newPage();
    ++m_pages;
    m_y = m_top;
}

void FormPainter::finish()
{
    if (m_finished || !m_painter.isActive())
        return;
    m_finished = true;
    drawPageDecorations();
    m_painter.end();
}

void FormPainter::drawPageDecorations()
{
    if (!m_demo)
        return;
    m_painter.save();
    // A strip in the top and bottom margins that text extraction and photocopies both keep …
    QFont small = font(m_basePoints - 1, true);
    m_painter.setFont(small);
    m_painter.setPen(QColor(190, 0, 0));
    const QString text = QString::fromUtf8(kWatermark);
    m_painter.drawText(QRectF(m_left, mm(3), width(), mm(7)), Qt::AlignCenter, text);
    m_painter.drawText(QRectF(m_left, m_pageHeight - mm(9), width(), mm(7)), Qt::AlignCenter, text);
    // … and a large diagonal mark across the page that nobody can overlook.
    QFont big = font(m_pageWidth > m_pageHeight ? 56 : 30, true);
    m_painter.setFont(big);
    m_painter.setPen(QColor(200, 0, 0, 60));
    m_painter.translate(m_pageWidth / 2, m_pageHeight / 2);
    m_painter.rotate(m_pageWidth > m_pageHeight ? -20 : -45);
    const double span = std::hypot(m_pageWidth, m_pageHeight);
    m_painter.drawText(QRectF(-span / 2, -mm(20), span, mm(40)), Qt::AlignCenter, text);
    m_painter.restore();
}

double FormPainter::textHeight(const QString& text, const QFont& f, double boxWidth, int flags) const
{
    const QFontMetricsF metrics(f, &m_writer);
    return metrics.boundingRect(QRectF(0, 0, boxWidth, 1e9), flags | Qt::TextWordWrap, text).height();
}

double FormPainter::textBox(const QRectF& box, const QString& text, const QFont& f, int flags)
{
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    QRectF used;
    m_painter.drawText(QRectF(box.left(), box.top(), box.width(), qMax(box.height(), 1e6)), flags | Qt::TextWordWrap,
                       text, &used);
    return used.height();
}

void FormPainter::header(const OfficeProfile& office, const QString& documentNumber, const QDate& date, bool numbered)
{
    const double gap = mm(3);
    const double leftWidth = width() * 0.42;
    const QRectF leftCol(m_left, m_y, leftWidth - gap / 2, 0);
    const QRectF rightCol(m_left + leftWidth + gap / 2, m_y, width() - leftWidth - gap / 2, 0);
    const double headerPoints = m_basePoints - 1;

    // Left block: governing body, then the receiving unit in bold with a short rule under it.
    double ly = m_y;
    const QFont body = font(headerPoints);
    const QFont bodyBold = font(headerPoints, true);
    ly +=
        textBox(QRectF(leftCol.left(), ly, leftCol.width(), 0), office.governingBody.toUpper(), body, Qt::AlignHCenter);
    ly += textBox(QRectF(leftCol.left(), ly, leftCol.width(), 0), office.receivingUnit.toUpper(), bodyBold,
                  Qt::AlignHCenter);
    const double ruleWidth = leftCol.width() * 0.35;
    m_painter.setPen(QPen(Qt::black, mm(0.25)));
    m_painter.drawLine(QPointF(leftCol.center().x() - ruleWidth / 2, ly + mm(0.8)),
                       QPointF(leftCol.center().x() + ruleWidth / 2, ly + mm(0.8)));
    ly += mm(2.2);
    if (numbered) {
        const QString number = documentNumber.isEmpty() ? QStringLiteral("……") : documentNumber;
        const QString suffix = office.numberSuffix.isEmpty() ? QString() : QStringLiteral("/") + office.numberSuffix;
        ly += textBox(QRectF(leftCol.left(), ly, leftCol.width(), 0), QStringLiteral("Số: ") + number + suffix, body,
                      Qt::AlignHCenter);
    }

    // Right block: the national motto (shrunk to fit the column), the slogan underlined, the date line.
    double ry = m_y;
    const QString motto = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    double points = headerPoints;
    QFont mottoFont = font(points, true);
    while (points > 6 && QFontMetricsF(mottoFont, &m_writer).horizontalAdvance(motto) > rightCol.width()) {
        points -= 0.25;
        mottoFont = font(points, true);
    }
    ry += textBox(QRectF(rightCol.left(), ry, rightCol.width(), 0), motto, mottoFont, Qt::AlignHCenter);
    const QString slogan = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    const QFont sloganFont = font(headerPoints + 0.5, true);
    ry += textBox(QRectF(rightCol.left(), ry, rightCol.width(), 0), slogan, sloganFont, Qt::AlignHCenter);
    const double sloganWidth = QFontMetricsF(sloganFont, &m_writer).horizontalAdvance(slogan);
    m_painter.setPen(QPen(Qt::black, mm(0.25)));
    m_painter.drawLine(QPointF(rightCol.center().x() - sloganWidth / 2, ry + mm(0.5)),
                       QPointF(rightCol.center().x() + sloganWidth / 2, ry + mm(0.5)));
    ry += mm(2.2);
    if (date.isValid())
        ry += textBox(QRectF(rightCol.left(), ry, rightCol.width(), 0), form_text::placeAndDate(office.placeName, date),
                      font(headerPoints, false, true), Qt::AlignHCenter);

    m_y = qMax(ly, ry) + mm(3.5);
}

void FormPainter::title(const QString& text, const QString& subtitle)
{
    const QFont titleFont = font(m_basePoints + 2, true);
    const double h = textHeight(text, titleFont, width(), Qt::AlignHCenter);
    ensureSpace(h + mm(8));
    m_y += textBox(QRectF(m_left, m_y, width(), 0), text, titleFont, Qt::AlignHCenter);
    if (!subtitle.isEmpty())
        m_y += textBox(QRectF(m_left, m_y, width(), 0), subtitle, font(m_basePoints, false, true), Qt::AlignHCenter);
    m_y += mm(2.5);
}

double FormPainter::paragraphHeight(const QString& html, double boxWidth, double points) const
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&m_writer);
    doc.setDefaultFont(font(points > 0 ? points : m_basePoints));
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(boxWidth);
    return doc.size().height();
}

void FormPainter::paragraph(const QString& html, double indentMm, double rightReserveMm, Qt::Alignment align,
                            double points)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&m_writer);
    doc.setDefaultFont(font(points > 0 ? points : m_basePoints));
    doc.setDocumentMargin(0);
    QTextOption option;
    option.setAlignment(align);
    option.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    const double boxWidth = width() - mm(indentMm) - mm(rightReserveMm);
    doc.setTextWidth(boxWidth);
    const double h = doc.size().height();
    ensureSpace(h);
    m_painter.save();
    m_painter.translate(m_left + mm(indentMm), m_y);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&m_painter, context);
    m_painter.restore();
    m_y += h + mm(0.5);
}

void FormPainter::field(const QString& label, const QString& value, double rightReserveMm)
{
    const QString shown = value.trimmed().isEmpty() ? form_text::blank() : escape(value);
    paragraph(escape(label) + QStringLiteral(": <b>") + shown + QStringLiteral("</b>"), 0, rightReserveMm,
              Qt::AlignLeft);
}

void FormPainter::numberedList(const QStringList& items, double indentMm)
{
    const double numberWidth = mm(6);
    int n = 0;
    for (const QString& item : items) {
        ++n;
        const double textWidth = width() - mm(indentMm) - numberWidth;
        const double h = paragraphHeight(escape(item), textWidth);
        ensureSpace(h);
        const double top = m_y;
        textBox(QRectF(m_left + mm(indentMm), top, numberWidth, 0), QStringLiteral("%1.").arg(n), font(m_basePoints),
                Qt::AlignLeft);
        m_y = top;
        paragraph(escape(item), indentMm + 6, 0, Qt::AlignLeft);
    }
}

void FormPainter::note(const QString& html)
{
    paragraph(QStringLiteral("<i>") + html + QStringLiteral("</i>"), 0, 0, Qt::AlignJustify, m_basePoints - 1.5);
}

double FormPainter::headerRowHeight(const QList<Column>& columns, const QList<double>& widths,
                                    const QList<ColumnGroup>& groups, const QFont& f, double& groupHeight) const
{
    const double pad = mm(kCellPaddingMm);
    groupHeight = 0;
    for (const auto& g : groups) {
        double w = 0;
        for (int i = g.first; i < g.first + g.count && i < widths.size(); ++i)
            w += widths[i];
        groupHeight = qMax(groupHeight, textHeight(g.title, f, w - 2 * pad, Qt::AlignHCenter) + 2 * pad);
    }
    double h = 0;
    for (int i = 0; i < columns.size(); ++i)
        h = qMax(h, textHeight(columns[i].title, f, widths[i] - 2 * pad, Qt::AlignHCenter) + 2 * pad);
    return h;
}

void FormPainter::drawTableHeader(const QList<Column>& columns, const QList<double>& widths,
                                  const QList<ColumnGroup>& groups, const QFont& f, double groupHeight, double height)
{
    const double pad = mm(kCellPaddingMm);
    m_painter.setPen(QPen(Qt::black, mm(0.25)));
    auto groupOf = [&groups](int column) -> const ColumnGroup* {
        for (const auto& g : groups)
            if (column >= g.first && column < g.first + g.count)
                return &g;
        return nullptr;
    };
    double x = m_left;
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnGroup* g = groupOf(i);
        QRectF cell;
        if (g) {
            if (i == g->first) {
                double w = 0;
                for (int j = g->first; j < g->first + g->count; ++j)
                    w += widths[j];
                const QRectF groupCell(x, m_y, w, groupHeight);
                m_painter.setPen(QPen(Qt::black, mm(0.25)));
                m_painter.drawRect(groupCell);
                textBox(groupCell.adjusted(pad, pad, -pad, -pad), g->title, f, Qt::AlignHCenter);
            }
            cell = QRectF(x, m_y + groupHeight, widths[i], height);
        } else {
            cell = QRectF(x, m_y, widths[i], groupHeight + height);
        }
        m_painter.setPen(QPen(Qt::black, mm(0.25)));
        m_painter.drawRect(cell);
        const double th = textHeight(columns[i].title, f, widths[i] - 2 * pad, Qt::AlignHCenter);
        textBox(QRectF(cell.left() + pad, cell.top() + (cell.height() - th) / 2, cell.width() - 2 * pad, th),
                columns[i].title, f, Qt::AlignHCenter);
        x += widths[i];
    }
    m_y += groupHeight + height;
}

void FormPainter::table(const QList<Column>& columns, const QList<QStringList>& rows, const QList<ColumnGroup>& groups,
                        double points)
{
    if (columns.isEmpty())
        return;
    const double pt = points > 0 ? points : m_basePoints - 1;
    const QFont headFont = font(pt, true);
    const QFont cellFont = font(pt);
    const double pad = mm(kCellPaddingMm);
    // Columns that must keep their cells on one line get the width of their longest cell; the others
    // share what is left by weight.
    QList<double> widths(columns.size(), 0.0);
    double fixed = 0;
    double total = 0;
    const QFontMetricsF cellMetrics(cellFont, &m_writer);
    for (int i = 0; i < columns.size(); ++i) {
        if (!columns[i].oneLine) {
            total += columns[i].weight;
            continue;
        }
        double w = QFontMetricsF(headFont, &m_writer).horizontalAdvance(columns[i].title);
        for (const QStringList& row : rows)
            for (const QString& line : row.value(i).split(QLatin1Char('\n')))
                w = qMax(w, cellMetrics.horizontalAdvance(line));
        widths[i] = qMax(w + 2 * pad + mm(0.5), width() * columns[i].weight / 20);
        fixed += widths[i];
    }
    for (int i = 0; i < columns.size(); ++i)
        if (!columns[i].oneLine)
            widths[i] = (width() - fixed) * columns[i].weight / qMax(total, 0.001);

    double groupHeight = 0;
    const double headHeight = headerRowHeight(columns, widths, groups, headFont, groupHeight);
    auto rowHeight = [&](const QStringList& row) {
        double h = 0;
        for (int i = 0; i < columns.size(); ++i)
            h = qMax(h, textHeight(row.value(i), cellFont, widths[i] - 2 * pad, int(columns[i].align)));
        return h + 2 * pad;
    };
    ensureSpace(groupHeight + headHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first())));
    drawTableHeader(columns, widths, groups, headFont, groupHeight, headHeight);
    for (const QStringList& row : rows) {
        const double h = rowHeight(row);
        if (m_y + h > m_bottom) {
            newPage();
            drawTableHeader(columns, widths, groups, headFont, groupHeight, headHeight);
        }
        double x = m_left;
        for (int i = 0; i < columns.size(); ++i) {
            const QRectF cell(x, m_y, widths[i], h);
            m_painter.setPen(QPen(Qt::black, mm(0.25)));
            m_painter.drawRect(cell);
            textBox(cell.adjusted(pad, pad, -pad, -pad), row.value(i), cellFont, int(columns[i].align));
            x += widths[i];
        }
        m_y += h;
    }
    m_y += mm(2);
}

void FormPainter::signatures(const QList<Signature>& blocks, double spaceMm)
{
    if (blocks.isEmpty())
        return;
    const double blockWidth = width() / blocks.size();
    const QFont titleFont = font(m_basePoints - 0.5, true);
    const QFont hintFont = font(m_basePoints - 1.5, false, true);
    const QFont nameFont = font(m_basePoints, true);
    double titleHeight = 0;
    double hintHeight = 0;
    for (const auto& b : blocks) {
        titleHeight = qMax(titleHeight, textHeight(b.title, titleFont, blockWidth - mm(2), Qt::AlignHCenter));
        hintHeight = qMax(hintHeight, textHeight(b.hint, hintFont, blockWidth - mm(2), Qt::AlignHCenter));
    }
    const double nameHeight = textHeight(QStringLiteral("Ag"), nameFont, blockWidth);
    ensureSpace(mm(2) + titleHeight + hintHeight + mm(spaceMm) + nameHeight);
    m_y += mm(2);
    for (int i = 0; i < blocks.size(); ++i) {
        const double x = m_left + i * blockWidth + mm(1);
        const double w = blockWidth - mm(2);
        textBox(QRectF(x, m_y, w, 0), blocks[i].title, titleFont, Qt::AlignHCenter);
        textBox(QRectF(x, m_y + titleHeight, w, 0), blocks[i].hint, hintFont, Qt::AlignHCenter);
        if (!blocks[i].name.isEmpty())
            textBox(QRectF(x, m_y + titleHeight + hintHeight + mm(spaceMm), w, 0), blocks[i].name, nameFont,
                    Qt::AlignHCenter);
    }
    m_y += titleHeight + hintHeight + mm(spaceMm) + nameHeight + mm(3);
}

} // namespace motcua::intake
