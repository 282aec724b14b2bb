#pragma once

#include "RegistryEndpoint.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <memory>

class QTcpSocket;

namespace motcua::sync {

// HTTP/1.1 to the registry (docs/SYNC-PROTOCOL.md §1), one request at a time over a connection kept
// open between requests: a QTcpSocket for plain HTTP (loopback only, RegistryEndpoint refuses anything
// else) or a QSslSocket with the endpoint's TLS configuration (peer verification always, the system
// CAs plus the desk's CA bundle). TCP_NODELAY is set, and a request goes to the socket as its head and
// its body without further copies.
//
// Why not QNetworkAccessManager: it never sets TCP_NODELAY, so the last segment of a request body
// waited in Nagle's algorithm for the server's delayed ACK (up to 40 ms a request), and every body went
// through its own thread. That made 1 MiB chunk uploads 40 times slower than the wire and cost the
// drain a wait per batch (docs/PERFORMANCE.md, "What the sync figures say").
//
// Redirects are never followed (a 3xx is handed back like any answer), no proxy is used, answers are
// read by Content-Length, chunked transfer coding or connection close, and an answer body over
// `maxBodyBytes` is refused as soon as that is known. Waits in a local event loop of the calling thread
// (never the GUI thread): a server living in the same thread, as in tests, goes on answering.
class HttpConnection
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Answer
    {
        int status = 0;
        Headers headers;
        QByteArray body;
        // The first header of that name (case-insensitive), empty when absent.
        QByteArray header(QByteArrayView name) const;
    };

    HttpConnection(RegistryEndpoint endpoint, int timeoutMs, qint64 maxBodyBytes);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    // Sends one request and reads its answer. Transport failures come back as sync errors:
    // sync.offline (cannot connect), sync.connection_lost (closed or reset before the whole answer),
    // sync.timeout (no progress for timeoutMs), sync.tls (handshake or certificate refused),
    // sync.response_too_large, sync.bad_response (not HTTP/1.x).
    Result<Answer> exchange(const QByteArray& method, const QUrl& url, const Headers& headers, const QByteArray& body);

    // Ends the exchange in progress (from the same thread, e.g. a queued cancel): it fails with
    // sync.connection_lost.
    void abort();
    // Closes the kept connection; the next exchange opens a new one.
    void close();
    // Connections opened so far (tests: keep-alive is used).
    int connectionsOpened() const { return m_opened; }

private:
    struct Exchange;
    bool reusable();

    RegistryEndpoint m_endpoint;
    int m_timeoutMs;
    qint64 m_maxBodyBytes;
    std::unique_ptr<QTcpSocket> m_socket;
    QString m_socketHost; // host:port the kept socket is connected to
    Exchange* m_current = nullptr;
    int m_opened = 0;
};

} // namespace motcua::sync
