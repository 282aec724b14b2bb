#pragma once

#include <QWidget>

class QLabel;

namespace motcua {

// One status-bar indicator: a coloured dot and a short text, with details in the tooltip.
class StatusIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Ok, Busy, Warning, Error, Unavailable };
    Q_ENUM(Level)

    explicit StatusIndicator(QWidget* parent = nullptr);

    void setStatus(Level level, const QString& text, const QString& toolTip = {});
    Level level() const { return m_level; }
    QString text() const;

private:
    QLabel* m_dot;
    QLabel* m_text;
    Level m_level = Level::Unavailable;
};

} // namespace motcua
