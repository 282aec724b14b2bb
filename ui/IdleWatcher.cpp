#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace motcua {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idleTimedOut);
    m_sinceInput.start();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_timer.isActive())
        start();
}

void IdleWatcher::start()
{
    m_sinceInput.restart();
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_sinceInput.restart();
        if (m_timer.isActive())
            m_timer.start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace motcua
