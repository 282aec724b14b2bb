#include "WarningStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua {

WarningStrip::WarningStrip(QWidget* parent) : QFrame(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("warningStrip"));
    setStyleSheet(QStringLiteral("#warningStrip { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                                 "#warningStrip QLabel { color: #4a3b00; }"));
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->setSpacing(2);
    setVisible(false);
}

void WarningStrip::setProblems(const QList<HealthMonitor::Problem>& problems)
{
    m_problems = problems;
    rebuild();
}

QStringList WarningStrip::visibleProblemIds() const
{
    QStringList ids;
    for (const auto& problem : m_problems)
        if (!m_dismissed.contains(problem.id))
            ids.append(problem.id);
    return ids;
}

void WarningStrip::dismiss(const QString& id)
{
    m_dismissed.insert(id);
    rebuild();
    emit dismissed(id);
}

void WarningStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(); // the dismiss buttons' tooltips; the texts come translated from the monitor
    QFrame::changeEvent(event);
}

void WarningStrip::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        // Later: rebuild() runs from a row's own dismiss button.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const auto& problem : m_problems) {
        if (m_dismissed.contains(problem.id))
            continue;
        auto* row = new QWidget(this);
        row->setObjectName(QStringLiteral("warning:%1").arg(problem.id));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* icon = new QLabel(row);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
        auto* text = new QLabel(row);
        text->setObjectName(QStringLiteral("warningText"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setText(QStringLiteral("<b>%1</b> %2").arg(problem.text.toHtmlEscaped(), problem.hint.toHtmlEscaped()));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* close = new QToolButton(row);
        close->setObjectName(QStringLiteral("dismissWarning"));
        close->setAutoRaise(true);
        close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        close->setToolTip(tr("Hide this warning until the program is started again"));
        close->setAccessibleName(tr("Hide warning"));
        const QString id = problem.id;
        connect(close, &QToolButton::clicked, this, [this, id] { dismiss(id); });
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(close, 0, Qt::AlignTop);
        m_layout->addWidget(row);
    }
    setVisible(m_layout->count() > 0);
}

} // namespace motcua
