#pragma once

#include "ClockSkew.h"
#include "HttpConnection.h"
#include "HttpResponse.h"
#include "RegistryEndpoint.h"

namespace motcua::sync {

// Request/answer with the registry for code that runs in a worker thread (or the CLI): each call waits
// for its answer in a local event loop of the calling thread, so the sync engine reads top to bottom.
// Never used on the GUI thread. Every answer is checked before anyone reads it: no redirects, JSON
// content type, at most 16 MiB, and a timeout that restarts whenever bytes move. One HTTP/1.1
// connection (HttpConnection) is kept open between calls.
class RegistryHttp
{
public:
    RegistryHttp(RegistryEndpoint endpoint, int timeoutMs);

    const RegistryEndpoint& endpoint() const { return m_endpoint; }
    ClockSkew& skew() { return m_skew; }
    const ClockSkew& skew() const { return m_skew; }
    int timeoutMs() const { return m_timeoutMs; }

    HttpResponse get(const QString& path, const QString& query = {}, const QString& token = {});
    HttpResponse postJson(const QString& path, const QJsonObject& body, const QString& token = {});
    HttpResponse put(const QString& path, const QString& query, const QByteArray& body, const QByteArray& contentType,
                     const QString& token = {});

    // Aborts the exchange in progress (from the same thread, e.g. a queued cancel).
    void abort();
    // Connections opened so far (one while the registry keeps it open).
    int connectionsOpened() const { return m_connection.connectionsOpened(); }

private:
    HttpResponse exchange(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                          const QByteArray& contentType, const QString& token);
    HttpResponse readAnswer(const HttpConnection::Answer& answer);

    RegistryEndpoint m_endpoint;
    int m_timeoutMs;
    HttpConnection m_connection;
    ClockSkew m_skew;
};

} // namespace motcua::sync
