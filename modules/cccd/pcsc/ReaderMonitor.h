#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QThread>
#include <atomic>
#include <winscard.h>

namespace motcua::cccd {

// Watches PC/SC readers and cards on its own thread (the DigiDoc4 pattern): blocks in
// SCardGetStatusChange with a timeout, including the "\\?PnP?\Notification" pseudo-reader so plugging a
// reader in or out wakes it at once; stop() cancels the wait with SCardCancel. It only observes — reads
// happen elsewhere — and reports through signals, which reach GUI-thread receivers queued.
//
// When pcscd is not running it keeps retrying (every retryMs) and reports serviceAvailableChanged.
class ReaderMonitor : public QThread
{
    Q_OBJECT
public:
    explicit ReaderMonitor(QObject* parent = nullptr);
    ~ReaderMonitor() override;

    // Wakes the thread with SCardCancel and waits for it to finish.
    void stop();
    void setPollTimeoutMs(int ms) { m_pollTimeoutMs = ms; }
    void setRetryMs(int ms) { m_retryMs = ms; }

signals:
    void serviceAvailableChanged(bool available);
    void readersChanged(const QStringList& readers);
    void cardInserted(const QString& reader, const QByteArray& atr);
    void cardRemoved(const QString& reader);

protected:
    void run() override;

private:
    bool establish();
    void release();
    bool listReaders(QStringList* readers, long* rv);
    void sleepUnlessStopped(int ms);

    std::atomic<SCARDCONTEXT> m_context{0};
    std::atomic<bool> m_stopping{false};
    int m_pollTimeoutMs = 2000;
    int m_retryMs = 1000;
    bool m_serviceReported = false;
    bool m_serviceAvailable = false;
};

} // namespace motcua::cccd
