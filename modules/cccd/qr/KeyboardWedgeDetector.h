#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;
class QWidget;

namespace motcua::cccd {

// Recognises a USB 2D scanner in keyboard-wedge mode anywhere in one window, so a scanned QR code is
// caught even when the focus is in an unrelated field, and is never typed into it.
//
// A scanner "types" much faster than a person (a few ms between keys) and ends with Enter or Tab. The
// detector therefore holds every printable key press briefly: if the next key follows within
// maxInterKeyMs the burst goes on; a burst of at least minScanLength characters ended by Enter/Tab (or,
// for scanners configured without suffix, a burst of minSuffixlessLength characters followed by a
// pause) is emitted as scanned() and swallowed. Anything else is replayed, in order, to the widget it was
// meant for — a person typing sees a delay of a few tens of milliseconds at most.
//
// Timing uses the event timestamps (QInputEvent::timestamp, ms) so tests can synthesise exact timings;
// events without a timestamp fall back to a monotonic clock.
class KeyboardWedgeDetector : public QObject
{
    Q_OBJECT
public:
    explicit KeyboardWedgeDetector(QWidget* window, QObject* parent = nullptr);
    ~KeyboardWedgeDetector() override;

    // The window whose key events are watched (a page re-targets it once it is placed in the main window).
    void setWindow(QWidget* window);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setMaxInterKeyMs(int ms) { m_maxInterKeyMs = ms; }
    int maxInterKeyMs() const { return m_maxInterKeyMs; }
    void setMinScanLength(int length) { m_minScanLength = length; }
    void setMinSuffixlessLength(int length) { m_minSuffixlessLength = length; }
    // How long a held key waits (real time) for a following key before it is replayed or the burst ends.
    void setHoldMs(int ms) { m_holdTimer.setInterval(ms); }

signals:
    // A complete scan, suffix removed, exactly as typed (cleaning and NFC happen in QrCodeParser).
    void scanned(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint64 timestamp = 0;
        bool inputMethod = false; // committed through an input method, not a key press
    };

    bool handleKeyPress(QObject* receiver, QKeyEvent* event);
    bool belongsToWindow(QObject* object) const;
    quint64 timestampOf(const QKeyEvent* event) const;
    void endBurst(bool bySuffix);
    void replayHeld();

    QPointer<QWidget> m_window;
    QList<HeldKey> m_held;
    QString m_buffer;
    quint64 m_lastTimestamp = 0;
    QTimer m_holdTimer;
    QElapsedTimer m_clock;
    int m_maxInterKeyMs = 30;
    int m_minScanLength = 12;
    int m_minSuffixlessLength = 40;
    bool m_enabled = true;
    bool m_replaying = false;
};

} // namespace motcua::cccd
