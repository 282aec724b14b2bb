#include "PageView.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace motcua::scan {

namespace {
constexpr double kScreenDpi = 96.0;
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;
constexpr int kMargin = 8;
} // namespace

PageView::PageView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setAccessibleName(tr("Page preview"));
}

void PageView::setImage(const QImage& image, double pixelsPerInch)
{
    m_image = image;
    m_pixmap = image.isNull() ? QPixmap() : QPixmap::fromImage(image);
    m_pixelsPerInch = pixelsPerInch > 0 ? pixelsPerInch : 100;
    m_placeholder.clear();
    updateScrollBars();
    viewport()->update();
    emit zoomChanged(zoom(), m_fit);
}

void PageView::setPlaceholder(const QString& text)
{
    m_image = QImage();
    m_pixmap = QPixmap();
    m_placeholder = text;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged(zoom(), m_fit);
}

double PageView::fitZoom() const
{
    if (m_image.isNull())
        return 1.0;
    const double paperW = m_image.width() / m_pixelsPerInch * kScreenDpi;
    const double paperH = m_image.height() / m_pixelsPerInch * kScreenDpi;
    const QSize area = viewport()->size() - QSize(2 * kMargin, 2 * kMargin);
    return qBound(kMinZoom, qMin(area.width() / paperW, area.height() / paperH), kMaxZoom);
}

double PageView::zoom() const
{
    return m_fit ? fitZoom() : m_zoom;
}

QSize PageView::scaledSize() const
{
    if (m_image.isNull())
        return {};
    const double z = zoom() * kScreenDpi / m_pixelsPerInch;
    return QSize(qMax(1, int(std::lround(m_image.width() * z))), qMax(1, int(std::lround(m_image.height() * z))));
}

void PageView::setZoom(double zoom)
{
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    m_fit = false;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged(m_zoom, false);
}

void PageView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void PageView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void PageView::fitToView()
{
    m_fit = true;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged(fitZoom(), true);
}

void PageView::updateScrollBars()
{
    const QSize content = scaledSize() + QSize(2 * kMargin, 2 * kMargin);
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, qMax(0, content.width() - view.width()));
    verticalScrollBar()->setRange(0, qMax(0, content.height() - view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setSingleStep(24);
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_fit)
        emit zoomChanged(fitZoom(), true);
}

void PageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    if (m_pixmap.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const QSize size = scaledSize();
    const QSize view = viewport()->size();
    // Centred when smaller than the view, scrolled otherwise.
    const int x = size.width() + 2 * kMargin <= view.width() ? (view.width() - size.width()) / 2
                                                             : kMargin - horizontalScrollBar()->value();
    const int y = size.height() + 2 * kMargin <= view.height() ? (view.height() - size.height()) / 2
                                                               : kMargin - verticalScrollBar()->value();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(QRect(QPoint(x + 3, y + 3), size), QColor(0, 0, 0, 60)); // a paper shadow
    painter.drawPixmap(QRect(QPoint(x, y), size), m_pixmap);
}

} // namespace motcua::scan
