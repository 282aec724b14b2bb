#include "DemoWatermark.h"

#include <QEvent>
#include <QPainter>

namespace motcua {

DemoWatermark::DemoWatermark(QWidget* covered) : QWidget(covered)
{
    setObjectName(QStringLiteral("demoWatermark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    raise();
}

QString DemoWatermark::text()
{
    //: Watermark over every page in demo mode; Vietnamese text is fixed: CHẾ ĐỘ DEMO – đào tạo
    return tr("DEMO MODE – training");
}

bool DemoWatermark::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded)
            raise(); // stay above pages created later
    }
    return QWidget::eventFilter(watched, event);
}

void DemoWatermark::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void DemoWatermark::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    font.setPointSize(26);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(183, 28, 28, 34));
    const QString label = text();
    const int step = painter.fontMetrics().horizontalAdvance(label) + 120;
    const int lineHeight = painter.fontMetrics().height() * 5;
    // Rotate around the centre and tile well beyond the corners so no corner stays empty.
    painter.translate(width() / 2.0, height() / 2.0);
    painter.rotate(-25);
    const int reach = width() + height();
    int row = 0;
    for (int y = -reach; y < reach; y += lineHeight, ++row) {
        const int offset = (row % 2) * step / 2;
        for (int x = -reach - offset; x < reach; x += step)
            painter.drawText(x, y, label);
    }
}

} // namespace motcua
