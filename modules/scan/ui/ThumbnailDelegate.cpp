#include "ThumbnailDelegate.h"

#include "ScanDocument.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

namespace motcua::scan {

namespace {
constexpr int kPad = 6;
const QColor kBlank(230, 126, 0);
const QColor kFailed(200, 30, 30);
} // namespace

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int line = option.fontMetrics.height();
    return QSize(kImageHeight + 2 * kPad + 20, kImageHeight + 2 * kPad + 2 * line + 4);
}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    const QRect r = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool blank = index.data(ScanDocument::BlankRole).toBool();
    const bool failed = !index.data(ScanDocument::ErrorRole).toString().isEmpty();
    const bool ready = index.data(ScanDocument::ReadyRole).toBool();
    const QPalette& pal = option.palette;

    painter->fillRect(r, selected ? pal.color(QPalette::Highlight).lighter(160) : pal.color(QPalette::Base));
    if (selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }

    // The page, centred in its box.
    const QImage thumb = index.data(Qt::DecorationRole).value<QImage>();
    const QRect box(r.left() + kPad, r.top() + kPad, r.width() - 2 * kPad, kImageHeight);
    QRect pageRect;
    if (!thumb.isNull()) {
        const QSize s = thumb.size().scaled(box.size(), Qt::KeepAspectRatio);
        pageRect = QRect(QPoint(box.center().x() - s.width() / 2, box.center().y() - s.height() / 2), s);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(pageRect, thumb);
        painter->setPen(QColor(0, 0, 0, 90));
        painter->drawRect(pageRect.adjusted(0, 0, -1, -1));
    } else {
        pageRect = QRect(box.center().x() - box.height() * 35 / 100, box.top(), box.height() * 70 / 100, box.height());
        painter->fillRect(pageRect, QColor(245, 245, 245));
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(pageRect, Qt::AlignCenter, failed ? QStringLiteral("✗") : QStringLiteral("…"));
    }
    if (!ready && !thumb.isNull()) {
        painter->fillRect(pageRect, QColor(255, 255, 255, 140)); // being redone (rotation)
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(pageRect, Qt::AlignCenter, QStringLiteral("…"));
    }

    // Flags: blank (orange), failed (red). Framed and labelled, never hidden.
    if (blank || failed) {
        const QColor colour = failed ? kFailed : kBlank;
        painter->setPen(QPen(colour, 3));
        painter->drawRect(pageRect.adjusted(-2, -2, 1, 1));
        const QString label = failed ? tr("Not processed") : tr("Looks blank");
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const QFontMetrics fm(bold);
        const QRect badge(pageRect.left(), pageRect.top() + 4, qMin(pageRect.width(), fm.horizontalAdvance(label) + 10),
                          fm.height() + 4);
        painter->fillRect(badge, colour);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, label);
    }

    // Caption: "Page 2 · G4 · 38 KB".
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::Text));
    const QRect caption(r.left() + kPad, box.bottom() + 4, r.width() - 2 * kPad, r.bottom() - box.bottom() - 4);
    painter->drawText(caption, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace motcua::scan
