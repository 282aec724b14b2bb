#pragma once

#include "DeskIdentity.h"
#include "FaultInjector.h"
#include "HttpReply.h"
#include "RegistryStore.h"
#include "Result.h"
#include "SimulatorConfig.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QUrl>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace motcua::sync {

// The registry simulator's HTTP side: the sync protocol (docs/SYNC-PROTOCOL.md) over a RegistryStore,
// with fault injection. Answers are written to the socket by hand, not through QHttpServerResponder,
// so that a fault can delay, cut or corrupt them. Lives in one thread; the desk's demo mode runs it
// in a worker thread of its own.
class RegistryServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit RegistryServer(SimulatorConfig config, QObject* parent = nullptr);
    ~RegistryServer() override;

    Status open(const QString& databasePath);
    Status enableTls(const QString& certificatePath, const QString& keyPath);
    // Listens; plain HTTP only on a loopback address. Returns the port (useful with port 0).
    Result<quint16> start(const QHostAddress& address, quint16 port);
    QUrl url() const { return m_url; }

    QDateTime now() const;
    void setFaults(const FaultPlan& plan) { m_faults.setPlan(plan); }
    void setClockOffsetMs(qint64 offset) { m_config.clockOffsetMs = offset; }
    QJsonObject injectedFaults() const { return m_faults.injected(); }
    RegistryStore& store() { return m_store; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpReply dispatch(const QHttpServerRequest& request, bool duplicate);
    HttpReply token(const QHttpServerRequest& request);
    HttpReply batch(const QHttpServerRequest& request, const DeskIdentity& desk, bool duplicate);
    HttpReply attachment(const QHttpServerRequest& request, const QString& sha256);
    HttpReply changes(const QHttpServerRequest& request, const DeskIdentity& desk, bool duplicate);
    HttpReply dossiers(const QHttpServerRequest& request);
    HttpReply decision(const QHttpServerRequest& request, const DeskIdentity& supervisor, const QString& uuid);
    HttpReply catalogue(const QHttpServerRequest& request);
    HttpReply verifyOfficial(const QHttpServerRequest& request);
    std::optional<DeskIdentity> authorise(const QHttpServerRequest& request, HttpReply* refusal) const;

    HttpReply malform(const HttpReply& reply, FaultInjector::Malformed kind) const;
    void send(QTcpSocket* socket, const HttpReply& reply, qint64 delayMs);
    void reset(QTcpSocket* socket);

    SimulatorConfig m_config;
    RegistryStore m_store;
    FaultInjector m_faults;
    QHash<QString, DeskIdentity> m_tokens;
    QUrl m_url;
    bool m_tls = false;
};

} // namespace motcua::sync
