#pragma once

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace motcua {

// Checkpoints a WAL database from a thread of its own, on its own connection, every `intervalMs`.
// A checkpoint first syncs the write-ahead log, so every commit before it is safe from a power cut;
// doing it here keeps both the fsync and the page copying out of the writers' commits.
class WalCheckpointer
{
public:
    WalCheckpointer(const QString& path, int intervalMs);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Checkpoints counted so far (for tests and diagnostics).
    int completed() const;

private:
    void loop();

    QString m_path;
    int m_intervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_completed = 0;
    std::thread m_thread;
};

} // namespace motcua
