#include "StatusIndicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace motcua {

namespace {
QString colour(StatusIndicator::Level level)
{
    switch (level) {
    case StatusIndicator::Level::Ok:
        return QStringLiteral("#2e7d32");
    case StatusIndicator::Level::Busy:
        return QStringLiteral("#1565c0");
    case StatusIndicator::Level::Warning:
        return QStringLiteral("#ef8f00");
    case StatusIndicator::Level::Error:
        return QStringLiteral("#c62828");
    case StatusIndicator::Level::Unavailable:
        break;
    }
    return QStringLiteral("#9e9e9e");
}
} // namespace

StatusIndicator::StatusIndicator(QWidget* parent) : QWidget(parent), m_dot(new QLabel(this)), m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    // The dot repeats the text's meaning in colour; the text alone is enough (colour-blind users).
    m_dot->setText(QStringLiteral("●"));
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setStatus(Level::Unavailable, QString());
}

void StatusIndicator::setStatus(Level level, const QString& text, const QString& toolTip)
{
    m_level = level;
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(colour(level)));
    m_text->setText(text);
    setToolTip(toolTip.isEmpty() ? text : toolTip);
    setAccessibleName(text);
}

QString StatusIndicator::text() const
{
    return m_text->text();
}

} // namespace motcua
