#include "KeyboardWedgeDetector.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QWidget>
#include <utility>

namespace motcua::cccd {

namespace {

bool isSuffixKey(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta ||
           key == Qt::Key_AltGr || key == Qt::Key_CapsLock || key == Qt::Key_NumLock;
}

} // namespace

KeyboardWedgeDetector::KeyboardWedgeDetector(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    m_clock.start();
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(80);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] { endBurst(false); });
    // Application-wide: key events go to the focus widget, so a filter on the window alone would miss them.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

KeyboardWedgeDetector::~KeyboardWedgeDetector()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KeyboardWedgeDetector::setWindow(QWidget* window)
{
    replayHeld();
    m_window = window;
}

void KeyboardWedgeDetector::setEnabled(bool enabled)
{
    if (!enabled)
        replayHeld();
    m_enabled = enabled;
}

bool KeyboardWedgeDetector::belongsToWindow(QObject* object) const
{
    if (!m_window || !object || !object->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(object);
    return widget == m_window || m_window->isAncestorOf(widget);
}

quint64 KeyboardWedgeDetector::timestampOf(const QKeyEvent* event) const
{
    return event->timestamp() != 0 ? event->timestamp() : quint64(m_clock.elapsed());
}

bool KeyboardWedgeDetector::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_enabled || m_replaying)
        return false;
    if (event->type() == QEvent::KeyPress && belongsToWindow(watched))
        return handleKeyPress(watched, static_cast<QKeyEvent*>(event));
    // A scanner whose characters come through an input method (non-ASCII) commits text mid-burst.
    if (event->type() == QEvent::InputMethod && !m_held.isEmpty() && belongsToWindow(watched)) {
        auto* im = static_cast<QInputMethodEvent*>(event);
        if (!im->commitString().isEmpty() && im->preeditString().isEmpty()) {
            m_buffer += im->commitString();
            m_held.append(HeldKey{watched, 0, Qt::NoModifier, im->commitString(), m_lastTimestamp, true});
            m_holdTimer.start();
            return true;
        }
    }
    return false;
}

bool KeyboardWedgeDetector::handleKeyPress(QObject* receiver, QKeyEvent* event)
{
    const int key = event->key();
    if (isModifierKey(key))
        return false; // scanners press Shift around capitals and '|'; it carries no timing information
    const quint64 ts = timestampOf(event);
    const bool fast = !m_held.isEmpty() && ts >= m_lastTimestamp && ts - m_lastTimestamp <= quint64(m_maxInterKeyMs);

    if (isSuffixKey(key) && !event->isAutoRepeat()) {
        if (fast && m_buffer.size() >= m_minScanLength) {
            m_holdTimer.stop();
            endBurst(true);
            return true;
        }
        replayHeld();
        return false;
    }

    const QString text = event->text();
    const bool printable = !text.isEmpty() && !text.at(0).isNull() && text.at(0).isPrint();
    const bool plainModifiers = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!printable || !plainModifiers || event->isAutoRepeat()) {
        // Navigation, shortcuts, a held-down key: a person is at the keyboard.
        replayHeld();
        return false;
    }

    if (!m_held.isEmpty() && !fast)
        endBurst(false); // the previous burst ended with a pause: decide about it before this key
    m_held.append(HeldKey{receiver, key, event->modifiers(), text, ts, false});
    m_buffer += text;
    m_lastTimestamp = ts;
    m_holdTimer.start();
    return true;
}

void KeyboardWedgeDetector::endBurst(bool bySuffix)
{
    m_holdTimer.stop();
    const bool isScan = bySuffix ? m_buffer.size() >= m_minScanLength : m_buffer.size() >= m_minSuffixlessLength;
    if (!isScan) {
        replayHeld();
        return;
    }
    const QString text = m_buffer;
    m_held.clear();
    m_buffer.clear();
    emit scanned(text);
}

void KeyboardWedgeDetector::replayHeld()
{
    m_holdTimer.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_buffer.clear();
    m_replaying = true;
    for (const HeldKey& h : held) {
        if (!h.receiver)
            continue;
        if (h.inputMethod) {
            QInputMethodEvent im;
            im.setCommitString(h.text);
            QCoreApplication::sendEvent(h.receiver, &im);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, h.key, h.modifiers, h.text);
        press.setTimestamp(h.timestamp);
        QCoreApplication::sendEvent(h.receiver, &press);
    }
    m_replaying = false;
}

} // namespace motcua::cccd
