#pragma once

#include "Result.h"

#include <QThread>
#include <QUrl>

namespace motcua::sync {

class RegistryServer;

// The registry of demo mode: the simulator's server running inside the desk, on 127.0.0.1 with a free
// port, in a thread of its own, over a database in the profile folder. Demo mode talks to nothing else.
class DemoRegistry
{
public:
    static constexpr auto kDeskId = "DEMO";
    static constexpr auto kSecret = "demo-desk-secret"; // the simulator's default: not a real credential

    DemoRegistry();
    ~DemoRegistry();
    DemoRegistry(const DemoRegistry&) = delete;
    DemoRegistry& operator=(const DemoRegistry&) = delete;

    Result<QUrl> start(const QString& databasePath);
    void stop();
    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    RegistryServer* m_server = nullptr; // lives in m_thread
    QUrl m_url;
};

} // namespace motcua::sync
