#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QPixmap>

namespace motcua::scan {

// The large view of one page: fit to the window by default, zoom in and out (Ctrl++ / Ctrl+- / Ctrl+0,
// Ctrl+wheel), scroll when larger than the view. Shows whatever image it is given; decoding happens
// elsewhere, off the GUI thread.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget* parent = nullptr);

    // `image` at `pixelsPerInch` (used to show 100 % as the paper's real size on screen).
    void setImage(const QImage& image, double pixelsPerInch);
    void setPlaceholder(const QString& text);
    const QImage& image() const { return m_image; }

    bool fitsToView() const { return m_fit; }
    // 1.0 = the paper's real size on a 96 dpi screen.
    double zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToView();
    void setZoom(double zoom);

signals:
    void zoomChanged(double zoom, bool fit);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    QSize sizeHint() const override { return {480, 600}; }

private:
    double fitZoom() const;
    QSize scaledSize() const;
    void updateScrollBars();

    QImage m_image;
    QPixmap m_pixmap;
    double m_pixelsPerInch = 100;
    double m_zoom = 1.0;
    bool m_fit = true;
    QString m_placeholder;
};

} // namespace motcua::scan
