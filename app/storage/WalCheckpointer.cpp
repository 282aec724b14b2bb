#include "WalCheckpointer.h"

#include <QFile>
#include <chrono>
#include <sqlite3.h>

namespace motcua {

WalCheckpointer::WalCheckpointer(const QString& path, int intervalMs)
    : m_path(path), m_intervalMs(intervalMs), m_thread([this] { loop(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int WalCheckpointer::completed() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::loop()
{
    sqlite3* db = nullptr;
    const QByteArray path = QFile::encodeName(m_path);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return; // the owning Database keeps working; commits are then synced at close only
    }
    // This connection only checkpoints: it must not checkpoint-and-delete the WAL when it closes while
    // the owner's connection is still open, which SQLite already guarantees; nothing else to set.
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; });
        if (m_stop)
            break;
        lock.unlock();
        int walFrames = 0;
        int checkpointed = 0;
        // PASSIVE never waits for readers or writers; frames it cannot copy yet are left for the next
        // round. It returns at once when the WAL is empty.
        const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walFrames, &checkpointed);
        lock.lock();
        if (rc == SQLITE_OK && walFrames > 0)
            ++m_completed;
    }
    lock.unlock();
    sqlite3_close_v2(db);
}

} // namespace motcua
