#include "DemoFormRenderer.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QStringList>
#include <QtMath>

namespace motcua::scan {

namespace {

struct FormText
{
    const char* title;
    const char* fields[6];
    const char* values[6];
};

// The texts are data, not UI: they imitate real forms and are never translated.
const FormText kForms[] = {
    {"TỜ KHAI ĐĂNG KÝ KHAI SINH",
     {"Họ, chữ đệm, tên người yêu cầu:", "Nơi cư trú:", "Giấy tờ tùy thân:", "Quan hệ với người được khai sinh:",
      "Họ, chữ đệm, tên người được khai sinh:", "Ngày, tháng, năm sinh:"},
     {"NGUYỄN VĂN AN", "Thôn Đông, xã Hòa An, tỉnh Cao Bằng", "CCCD số 004 0850 12345", "Cha", "NGUYỄN THỊ BẢO NGỌC",
      "12/03/2025"}},
    {"TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ",
     {"Họ, chữ đệm và tên:", "Ngày, tháng, năm sinh:", "Số định danh cá nhân:", "Nơi thường trú:", "Nội dung đề nghị:",
      "Số điện thoại liên hệ:"},
     {"TRẦN THỊ HƯƠNG", "05/11/1990", "004 1900 67890", "Xóm Bản Giới, xã Hòa An", "Đăng ký thường trú",
      "0912 345 678"}},
    {"ĐƠN ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC",
     {"Họ, chữ đệm, tên người yêu cầu:", "Nơi cư trú:", "Giấy tờ tùy thân:", "Đề nghị cấp bản sao:",
      "Số lượng bản sao:", "Mục đích sử dụng:"},
     {"LÊ QUANG HÙNG", "Tổ 3, phường Sông Hiến", "CCCD số 004 0770 24680", "Trích lục khai sinh", "02 bản",
      "Bổ túc hồ sơ học tập"}},
};

// Text styles as plain data: a QFont may only exist in a GUI application, and the CLI is a core one.
struct Style
{
    QString family;
    double px = 12;
    bool bold = false;
    bool italic = false;
};

Style style(const QString& family, double pt, int dpi, bool bold = false, bool italic = false)
{
    return {family, qMax(1.0, pt * dpi / 72.0), bold, italic};
}

bool haveFonts()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

QFont makeFont(const Style& s)
{
    QFont f(s.family);
    f.setPixelSize(int(s.px));
    f.setBold(s.bold);
    f.setItalic(s.italic);
    return f;
}

double advance(const Style& s, const QString& text, QPainter& p)
{
    if (haveFonts()) {
        p.setFont(makeFont(s));
        return p.fontMetrics().horizontalAdvance(text);
    }
    return text.size() * s.px * (s.bold ? 0.6 : 0.52);
}

// Without a font database (headless CLI) words become ink blocks of the same size: the page keeps its
// lines, ink coverage and skew, which is all the pipeline looks at.
void drawText(QPainter& p, const Style& s, QPointF baseline, const QString& text)
{
    if (haveFonts()) {
        p.setFont(makeFont(s));
        p.drawText(baseline, text);
        return;
    }
    const double unit = s.px * (s.bold ? 0.6 : 0.52);
    double x = baseline.x();
    for (const QString& word : text.split(QLatin1Char(' '))) {
        const double w = word.size() * unit;
        p.fillRect(QRectF(x, baseline.y() - s.px * 0.55, w, s.px * 0.55), p.pen().color());
        x += w + unit;
    }
}

void drawText(QPainter& p, const Style& s, const QRectF& box, int flags, const QString& text)
{
    if (haveFonts()) {
        p.setFont(makeFont(s));
        p.drawText(box, flags, text);
        return;
    }
    const double w = advance(s, text, p);
    const double x = (flags & Qt::AlignHCenter) ? box.center().x() - w / 2 : box.left();
    const double baseline = (flags & Qt::AlignVCenter) ? box.center().y() + s.px * 0.3 : box.top() + s.px * 0.8;
    drawText(p, s, QPointF(x, baseline), text);
}

QImage toMode(const QImage& rgb, ColorMode mode)
{
    if (mode == ColorMode::Color)
        return rgb.convertToFormat(QImage::Format_RGB888);
    return rgb.convertToFormat(QImage::Format_Grayscale8);
}

QSize pixelSize(PageSize size, int dpi)
{
    return {int(pageWidthMm(size) * dpi / 25.4 + 0.5), int(pageHeightMm(size) * dpi / 25.4 + 0.5)};
}

void drawSeal(QPainter& p, QPointF centre, double radius, int dpi)
{
    const QColor red(200, 30, 40, 215);
    Style st;
    p.save();
    p.setPen(QPen(red, radius * 0.06));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius, radius);
    p.setPen(QPen(red, radius * 0.025));
    p.drawEllipse(centre, radius * 0.78, radius * 0.78);
    // The agency name around the ring, one letter at a time.
    const QString ring = QStringLiteral("ỦY BAN NHÂN DÂN • XÃ HÒA AN • TỈNH CAO BẰNG •");
    st = style(QStringLiteral("DejaVu Sans"), 7.5, dpi, true);
    const double step = 360.0 / ring.size();
    for (int i = 0; i < ring.size(); ++i) {
        p.save();
        p.translate(centre);
        p.rotate(-90 + i * step);
        p.translate(radius * 0.89, 0);
        p.rotate(90);
        drawText(p, st, QRectF(-radius * 0.1, -radius * 0.1, radius * 0.2, radius * 0.2), Qt::AlignCenter,
                 ring.mid(i, 1));
        p.restore();
    }
    // A star in the middle.
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double r = (i % 2 == 0) ? radius * 0.3 : radius * 0.12;
        const double a = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF pt(centre.x() + r * std::cos(a), centre.y() + r * std::sin(a));
        if (i == 0)
            star.moveTo(pt);
        else
            star.lineTo(pt);
    }
    star.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(red);
    p.drawPath(star);
    p.restore();
}

} // namespace

double DemoFormRenderer::demoSkewDegrees(int pageNumber)
{
    static const double kSkews[] = {0.8, -1.4, 0.3, -0.6, 1.9, -2.1, 1.2, -0.2, 0.5, -1.0};
    return kSkews[qAbs(pageNumber) % 10];
}

QImage DemoFormRenderer::renderForm(int pageNumber, PageSize size, int dpi, ColorMode mode)
{
    const QSize px = pixelSize(size, dpi);
    QImage img(px, QImage::Format_RGB32);
    img.fill(QColor(252, 251, 247)); // paper is never pure white
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double mm = dpi / 25.4;
    const double scale = pageWidthMm(size) / 210.0; // A5/A3 forms are the A4 form resized
    auto X = [&](double v) { return v * mm * scale; };
    const FormText& form = kForms[qAbs(pageNumber) % 3];
    const QString serif = QStringLiteral("DejaVu Serif");
    const QColor ink(20, 20, 25);
    Style st;
    const QColor pen(25, 40, 120); // filled in by hand with a blue pen
    p.setPen(ink);

    // Header: agency on the left, national motto on the right.
    st = style(serif, 11 * scale, dpi, true);
    drawText(p, st, QRectF(X(10), X(12), X(75), X(8)), Qt::AlignHCenter, QStringLiteral("UBND XÃ HÒA AN"));
    drawText(p, st, QRectF(X(80), X(12), X(125), X(8)), Qt::AlignHCenter,
             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    drawText(p, st, QRectF(X(80), X(18), X(125), X(8)), Qt::AlignHCenter,
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    p.setPen(QPen(ink, X(0.3)));
    p.drawLine(QPointF(X(118), X(25)), QPointF(X(167), X(25)));
    p.drawLine(QPointF(X(35), X(20)), QPointF(X(60), X(20)));

    // Title.
    st = style(serif, 15 * scale, dpi, true);
    drawText(p, st, QRectF(X(10), X(38), X(190), X(10)), Qt::AlignHCenter, QString::fromUtf8(form.title));
    st = style(serif, 12 * scale, dpi);
    drawText(p, st, QRectF(X(10), X(50), X(190), X(8)), Qt::AlignHCenter,
             QStringLiteral("Kính gửi: Ủy ban nhân dân xã Hòa An, tỉnh Cao Bằng"));

    // Fields with dotted leaders and handwritten values.
    double y = X(68);
    for (int i = 0; i < 6; ++i) {
        p.setPen(ink);
        st = style(serif, 12 * scale, dpi);
        const QString label = QString::fromUtf8(form.fields[i]);
        const double labelWidth = advance(st, label, p);
        drawText(p, st, QPointF(X(20), y), label);
        p.setPen(QPen(ink, X(0.2), Qt::DotLine));
        p.drawLine(QPointF(X(22) + labelWidth, y + X(0.8)), QPointF(X(190), y + X(0.8)));
        p.setPen(pen);
        st = style(QStringLiteral("DejaVu Sans"), 12 * scale, dpi, false, true);
        drawText(p, st, QPointF(X(25) + labelWidth, y - X(0.6)), QString::fromUtf8(form.values[i]));
        y += X(11);
    }

    // Body paragraph: the declaration every form carries.
    p.setPen(ink);
    st = style(serif, 12 * scale, dpi);
    const QStringList body = {
        QStringLiteral("Tôi cam đoan những nội dung khai trên đây là đúng sự thật, được sự thỏa thuận nhất trí"),
        QStringLiteral("của các bên liên quan theo quy định pháp luật. Tôi chịu hoàn toàn trách nhiệm trước pháp"),
        QStringLiteral("luật về nội dung cam đoan của mình. Đề nghị Ủy ban nhân dân xã xem xét, giải quyết."),
        QStringLiteral("Hồ sơ kèm theo gồm các giấy tờ theo danh mục thành phần hồ sơ của thủ tục hành chính."),
    };
    y += X(6);
    for (const QString& line : body) {
        drawText(p, st, QPointF(X(20), y), line);
        y += X(7.5);
    }

    // Date, signature and seal at the bottom right.
    st = style(serif, 12 * scale, dpi, false, true);
    drawText(p, st, QRectF(X(100), y + X(8), X(100), X(8)), Qt::AlignHCenter,
             QStringLiteral("Hòa An, ngày 14 tháng 3 năm 2025"));
    st = style(serif, 12 * scale, dpi, true);
    drawText(p, st, QRectF(X(100), y + X(15), X(100), X(8)), Qt::AlignHCenter, QStringLiteral("NGƯỜI YÊU CẦU"));
    QPainterPath signature;
    const QPointF s0(X(130), y + X(40));
    signature.moveTo(s0);
    signature.cubicTo(s0 + QPointF(X(8), -X(14)), s0 + QPointF(X(12), X(10)), s0 + QPointF(X(20), -X(4)));
    signature.cubicTo(s0 + QPointF(X(26), -X(12)), s0 + QPointF(X(30), X(6)), s0 + QPointF(X(42), -X(2)));
    p.setPen(QPen(pen, X(0.5)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(signature);
    p.setPen(pen);
    st = style(QStringLiteral("DejaVu Sans"), 12 * scale, dpi, false, true);
    drawText(p, st, QRectF(X(100), y + X(48), X(100), X(8)), Qt::AlignHCenter, QString::fromUtf8(form.values[0]));
    drawSeal(p, QPointF(X(125), y + X(36)), X(19), dpi);

    p.setPen(ink);
    st = style(serif, 9 * scale, dpi);
    drawText(p, st, QRectF(X(10), X(280), X(190), X(6)), Qt::AlignHCenter,
             QStringLiteral("Trang %1").arg(pageNumber + 1));
    p.end();
    return toMode(img, mode);
}

QImage DemoFormRenderer::renderBlank(PageSize size, int dpi, ColorMode mode, int seed)
{
    QImage img(pixelSize(size, dpi), QImage::Format_RGB32);
    img.fill(QColor(250, 249, 245));
    QRandomGenerator rng(quint32(seed) + 17u);
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(120, 120, 120));
    for (int i = 0; i < 6; ++i) { // dust
        const double r = 0.5 + rng.bounded(1.5);
        p.drawEllipse(QPointF(rng.bounded(img.width()), rng.bounded(img.height())), r, r);
    }
    p.end();
    return toMode(img, mode);
}

QImage DemoFormRenderer::skewed(const QImage& page, double degrees, QColor backing)
{
    QImage canvas(page.size(), QImage::Format_RGB32);
    canvas.fill(backing);
    QPainter p(&canvas);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(page.width() / 2.0, page.height() / 2.0);
    p.rotate(-degrees); // Qt's y axis points down: a negative Qt rotation is counter-clockwise on paper
    p.translate(-page.width() / 2.0, -page.height() / 2.0);
    p.drawImage(0, 0, page.convertToFormat(QImage::Format_RGB32));
    p.end();
    return page.format() == QImage::Format_RGB888 ? canvas.convertToFormat(QImage::Format_RGB888)
                                                  : canvas.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace motcua::scan
