#include "LockScreen.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_unlock(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_title->setObjectName(QStringLiteral("pageHeading"));
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_unlock, 0, Qt::AlignCenter);
    layout->addStretch();
    retranslate();
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::showEvent(QShowEvent* event)
{
    m_unlock->setFocus();
    QWidget::showEvent(event);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("The desk is locked"));
    m_text->setText(tr("The citizen's data read from the card was cleared from memory."));
    m_unlock->setText(tr("&Unlock"));
}

} // namespace motcua
