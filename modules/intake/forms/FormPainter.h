#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPdfWriter;

namespace motcua::intake {

struct OfficeProfile;

// Lays out a Vietnamese administrative form on a QPdfWriter, top to bottom: the two-column header
// with the national motto, a title, paragraphs, tables and signature blocks, starting a new page when
// the next block does not fit. Units are device pixels; mm() converts. Every page gets the demo
// watermark when asked, so a demo dossier can never be mistaken for a real receipt.
class FormPainter
{
public:
    struct Column
    {
        QString title;
        double weight = 1;                   // share of the table width
        Qt::Alignment align = Qt::AlignLeft; // of the cells
        bool oneLine = false;                // wide enough for its longest cell (codes must never break)
    };
    // A heading spanning `count` columns from `first` (the log book's "Nhận và trả kết quả").
    struct ColumnGroup
    {
        QString title;
        int first = 0;
        int count = 1;
    };
    struct Signature
    {
        QString title; // "NGƯỜI TIẾP NHẬN HỒ SƠ"
        QString hint;  // "(Ký và ghi rõ họ tên)"
        QString name;  // printed under the space for the signature; may be empty
    };

    FormPainter(QPdfWriter& writer, bool demo, double basePoints = 9.5);
    ~FormPainter();
    FormPainter(const FormPainter&) = delete;
    FormPainter& operator=(const FormPainter&) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter& painter() { return m_painter; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double left() const { return m_left; }
    double right() const { return m_right; }
    double width() const { return m_right - m_left; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void skip(double millimetres) { m_y += mm(millimetres); }
    int pageCount() const { return m_pages; }

    // Starts a new page when `height` does not fit below the cursor.
    void ensureSpace(double height);
    void newPage();
    // Finishes the last page; the PDF is complete once the writer is destroyed or the painter ended.
    void finish();

    QFont font(double points, bool bold = false, bool italic = false) const;
    double basePoints() const { return m_basePoints; }
    static QString escape(const QString& text);

    // The header of every form: governing body and unit with the document number on the left, the
    // national motto and the place/date line on the right.
    void header(const OfficeProfile& office, const QString& documentNumber, const QDate& date, bool numbered = true);
    void title(const QString& title, const QString& subtitle = {});
    // A paragraph of simple HTML (<b>, <i>) in the form's font, wrapped to the content width minus
    // `indentMm`, and `rightReserveMm` kept free on the right (e.g. beside a QR code).
    void paragraph(const QString& html, double indentMm = 0, double rightReserveMm = 0,
                   Qt::Alignment align = Qt::AlignJustify, double points = 0);
    double paragraphHeight(const QString& html, double width, double points = 0) const;
    // "Label: <b>value</b>" with the value escaped; dots when the value is empty.
    void field(const QString& label, const QString& value, double rightReserveMm = 0);
    void numberedList(const QStringList& items, double indentMm = 4);
    void table(const QList<Column>& columns, const QList<QStringList>& rows, const QList<ColumnGroup>& groups = {},
               double points = 0);
    void signatures(const QList<Signature>& blocks, double spaceMm = 16);
    // Fine print at the bottom of the current content (notes under the signatures).
    void note(const QString& html);

    // Text in a fixed box, wrapped and aligned; returns the height used.
    double textBox(const QRectF& box, const QString& text, const QFont& font, int flags);
    double textHeight(const QString& text, const QFont& font, double width, int flags = Qt::TextWordWrap) const;

private:
    void drawPageDecorations();
    double headerRowHeight(const QList<Column>& columns, const QList<double>& widths, const QList<ColumnGroup>& groups,
                           const QFont& font, double& groupHeight) const;
    void drawTableHeader(const QList<Column>& columns, const QList<double>& widths, const QList<ColumnGroup>& groups,
                         const QFont& font, double groupHeight, double height);

    QPdfWriter& m_writer;
    QPainter m_painter;
    bool m_demo = false;
    double m_basePoints = 10;
    double m_dpi = 600;
    double m_left = 0;
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_pageHeight = 0;
    double m_pageWidth = 0;
    double m_y = 0;
    int m_pages = 1;
    bool m_finished = false;
};

} // namespace motcua::intake
