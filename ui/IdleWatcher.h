#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace motcua {

// Tells when nobody has touched the desk for a while: any key, mouse or touch input anywhere in the
// application restarts the countdown. The desk locks itself on idleTimedOut() (docs/SECURITY.md
// "Auto-lock"); the timeout comes from the profile's security settings (auto_lock.minutes).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // 0 or less: never times out.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    bool isActive() const { return m_timer.isActive(); }
    qint64 idleFor() const { return m_sinceInput.elapsed(); }

public slots:
    // Starts (or restarts) the countdown; stop() holds it, e.g. while the desk is locked anyway.
    void start();
    void stop();

signals:
    void idleTimedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    int m_timeoutMs = 0;
};

} // namespace motcua
