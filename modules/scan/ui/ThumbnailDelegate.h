#pragma once

#include <QStyledItemDelegate>

namespace motcua::scan {

// Draws one page in the thumbnail strip: the page (already scaled off the GUI thread), its number, its
// compression and size, and — impossible to miss — an orange frame and label when it looks blank, or red
// when the pipeline failed on it.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kImageHeight = 150;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace motcua::scan
