#pragma once

#include <QWidget>

namespace motcua {

// Demo mode must never be mistaken for a live desk: a faint diagonal "DEMO MODE – training" over the
// whole page area. It lets every mouse event through to the page below.
class DemoWatermark : public QWidget
{
    Q_OBJECT
public:
    // Covers `covered` (usually the page area) and follows its size.
    explicit DemoWatermark(QWidget* covered);

    static QString text();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
};

} // namespace motcua
