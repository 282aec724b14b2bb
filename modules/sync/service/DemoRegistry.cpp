#include "DemoRegistry.h"

#include "RegistryServer.h"

#include <QHostAddress>
#include <QMetaObject>

namespace motcua::sync {

DemoRegistry::DemoRegistry()
{
    m_thread.setObjectName(QStringLiteral("motcua-demo-registry"));
}

DemoRegistry::~DemoRegistry()
{
    stop();
}

Result<QUrl> DemoRegistry::start(const QString& databasePath)
{
    if (m_server)
        return m_url;
    m_thread.start();
    auto* anchor = new QObject;
    anchor->moveToThread(&m_thread);
    Result<QUrl> outcome = Result<QUrl>::failure(QStringLiteral("sim.start"), QStringLiteral("not started"));
    // The server and its sockets must be created in the thread that serves them.
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            anchor->deleteLater();
            SimulatorConfig config;
            config.agencyId = QStringLiteral("Y99.00.00.01");
            auto* server = new RegistryServer(config);
            if (Status s = server->open(databasePath); !s) {
                outcome = s.error();
                delete server;
                return;
            }
            auto port = server->start(QHostAddress::LocalHost, 0);
            if (!port) {
                outcome = port.error();
                delete server;
                return;
            }
            m_server = server;
            outcome = server->url();
        },
        Qt::BlockingQueuedConnection);
    if (!outcome) {
        m_thread.quit();
        m_thread.wait();
        return outcome;
    }
    m_url = outcome.value();
    return m_url;
}

void DemoRegistry::stop()
{
    if (m_server) {
        RegistryServer* server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

} // namespace motcua::sync
