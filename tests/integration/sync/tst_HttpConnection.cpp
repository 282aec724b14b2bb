// HttpConnection, the sync client's HTTP/1.1 transport, against a loopback server whose answers each test
// writes byte for byte: one kept connection for many requests (a 5 MiB body among them), every way an
// answer can be framed, a kept connection the server closed meanwhile, and each transport failure mapped
// to its sync error.
#include "HttpConnection.h"
#include "RegistryEndpoint.h"
#include "Sha256.h"
#include "SyncError.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <sys/socket.h>

using namespace motcua;
using namespace motcua::sync;

namespace {

struct Request
{
    QByteArray method;
    QByteArray target;
    QByteArray head;
    QByteArray body;
};

// Reads requests (Content-Length bodies) on 127.0.0.1 and hands each to `answer`, which writes whatever
// bytes the test wants, and may close or reset the connection.
class ScriptedServer : public QTcpServer
{
public:
    std::function<void(QTcpSocket*, const Request&)> answer;
    QList<Request> requests;
    int connections = 0;
    int closed = 0; // connections that ended on the server's side

    ScriptedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++closed; });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
            }
        });
    }

    QUrl url(const QString& path = QStringLiteral("/v1/x")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    static void reset(QTcpSocket* socket)
    {
        const struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }

private:
    void readFrom(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            r.head = buffer.left(end);
            qint64 length = 0;
            for (const QByteArray& line : r.head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            const QList<QByteArray> first = r.head.left(r.head.indexOf('\r')).split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            requests.append(r);
            if (answer)
                answer(socket, r);
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray json(const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extraHeaders + "\r\n" + body;
}

HttpConnection connectionTo(const ScriptedServer& server, int timeoutMs = 5000, qint64 maxBody = 16 * 1024 * 1024)
{
    return HttpConnection(RegistryEndpoint::create(server.url(QString())).value(), timeoutMs, maxBody);
}

} // namespace

class tst_HttpConnection : public QObject
{
    Q_OBJECT
private slots:
    void oneKeptConnectionCarriesManyRequests()
    {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.answer = [](QTcpSocket* socket, const Request& r) {
            socket->write(json("{\"size\":" + QByteArray::number(r.body.size()) + "}"));
        };
        HttpConnection http = connectionTo(server);
        QByteArray big(5 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 131) >> 3);
        for (int i = 0; i < 3; ++i) {
            const auto answer = http.exchange("GET", server.url(QStringLiteral("/v1/time")), {}, {});
            QVERIFY2(answer.ok(), qPrintable(answer.error().code));
            QCOMPARE(answer->status, 200);
            QCOMPARE(answer->body, QByteArray("{\"size\":0}"));
        }
        const auto put =
            http.exchange("PUT", server.url(QStringLiteral("/v1/attachments/a?offset=0&size=5242880")),
                          {{"Content-Type", "application/octet-stream"}, {"Authorization", "Bearer t"}}, big);
        QVERIFY2(put.ok(), qPrintable(put.error().code));
        QCOMPARE(put->body, QByteArray("{\"size\":5242880}"));
        QCOMPARE(put->header("content-type"), QByteArray("application/json"));

        QCOMPARE(server.connections, 1);
        QCOMPARE(http.connectionsOpened(), 1);
        QCOMPARE(server.requests.size(), 4);
        const Request& last = server.requests.last();
        const QByteArray lines = last.head + "\r\n"; // every header line with its CRLF
        QCOMPARE(last.method, QByteArray("PUT"));
        QCOMPARE(last.target, QByteArray("/v1/attachments/a?offset=0&size=5242880"));
        QVERIFY(lines.contains("\r\nHost: 127.0.0.1:" + QByteArray::number(server.serverPort()) + "\r\n"));
        QVERIFY(lines.contains("\r\nContent-Length: 5242880\r\n"));
        QVERIFY(lines.contains("\r\nAuthorization: Bearer t\r\n"));
        QCOMPARE(Sha256::hex(last.body), Sha256::hex(big));
        QVERIFY(!server.requests.first().head.contains("Content-Length")); // a GET has no body
    }

    void answerFramings_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("kept");
        QTest::newRow("Content-Length") << json("{\"a\":1}") << 200 << QByteArray("{\"a\":1}") << true;
        QTest::newRow("chunked, with an extension and a trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
                          "4;x=y\r\n{\"a\"\r\n3\r\n:12\r\n1\r\n}\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << 200 << QByteArray("{\"a\":12}") << true;
        QTest::newRow("up to the connection's end")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"b\":2}")
            << 200 << QByteArray("{\"b\":2}") << false;
        QTest::newRow("interim 100 first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") + json("{}") << 200 << QByteArray("{}") << true;
        QTest::newRow("204 without a body")
            << QByteArray("HTTP/1.1 204 No Content\r\nX-Server-Time: 2026-01-01T00:00:00.000Z\r\n\r\n") << 204
            << QByteArray() << true;
        QTest::newRow("HTTP/1.0 closes") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}") << 200
                                         << QByteArray("{}") << false;
    }

    void answerFramings()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, kept);
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.answer = [&](QTcpSocket* socket, const Request&) {
            socket->write(raw);
            if (!kept)
                socket->disconnectFromHost();
        };
        HttpConnection http = connectionTo(server);
        for (int round = 0; round < 2; ++round) {
            const auto answer = http.exchange("POST", server.url(), {{"Content-Type", "application/json"}}, "{}");
            QVERIFY2(answer.ok(), qPrintable(answer.error().code + QLatin1Char(' ') + answer.error().message));
            QCOMPARE(answer->status, status);
            QCOMPARE(answer->body, body);
        }
        QCOMPARE(http.connectionsOpened(), kept ? 1 : 2);
    }

    void aKeptConnectionTheServerClosedIsReplaced()
    {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // Answers as if it kept the connection, then closes it (an idle timeout on the registry's side).
        server.answer = [](QTcpSocket* socket, const Request&) {
            socket->write(json("{}"));
            socket->disconnectFromHost();
        };
        HttpConnection http = connectionTo(server);
        QVERIFY(http.exchange("GET", server.url(), {}, {}).ok());
        QTRY_COMPARE(server.closed, 1); // the server's FIN arrives while the desk is idle
        const auto again = http.exchange("PUT", server.url(), {{"Content-Type", "application/octet-stream"}}, "bytes");
        QVERIFY2(again.ok(), qPrintable(again.error().code));
        QCOMPARE(http.connectionsOpened(), 2);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.last().body, QByteArray("bytes"));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("raw"); // what the server writes; empty: see `then`
        QTest::addColumn<QString>("then");   // "reset", "close", "silent" or ""
        QTest::addColumn<QString>("error");
        QTest::newRow("reset before any answer")
            << QByteArray() << "reset" << QString::fromLatin1(sync_error::ConnectionLost);
        QTest::newRow("closed mid-body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\"")
            << "close" << QString::fromLatin1(sync_error::ConnectionLost);
        QTest::newRow("closed mid-head") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << "close"
                                         << QString::fromLatin1(sync_error::ConnectionLost);
        QTest::newRow("no answer") << QByteArray() << "silent" << QString::fromLatin1(sync_error::Timeout);
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << ""
                                  << QString::fromLatin1(sync_error::BadResponse);
        QTest::newRow("declared over the limit")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2048\r\n\r\n") << ""
            << QString::fromLatin1(sync_error::TooLarge);
        QTest::newRow("chunks over the limit")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n") + QByteArray(512, 'a') +
                   "\r\n200\r\n" + QByteArray(512, 'a') + "\r\n200\r\n" + QByteArray(512, 'a') + "\r\n0\r\n\r\n"
            << "" << QString::fromLatin1(sync_error::TooLarge);
        QTest::newRow("up to the end, over the limit")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n") + QByteArray(1500, 'a')
            << "close" << QString::fromLatin1(sync_error::TooLarge);
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << "" << QString::fromLatin1(sync_error::BadResponse);
        QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n")
                                     << "" << QString::fromLatin1(sync_error::BadResponse);
    }

    void failures()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, then);
        QFETCH(QString, error);
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.answer = [&](QTcpSocket* socket, const Request&) {
            if (!raw.isEmpty())
                socket->write(raw);
            if (then == QLatin1String("reset"))
                ScriptedServer::reset(socket);
            else if (then == QLatin1String("close"))
                socket->disconnectFromHost();
        };
        HttpConnection http = connectionTo(server, 400, 1024);
        const auto answer = http.exchange("POST", server.url(), {{"Content-Type", "application/json"}}, "{}");
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, error);
        // The next exchange starts clean on a new connection.
        server.answer = [](QTcpSocket* socket, const Request&) { socket->write(json("{}")); };
        const auto next = http.exchange("GET", server.url(), {}, {});
        QVERIFY2(next.ok(), qPrintable(next.error().code));
        QCOMPARE(http.connectionsOpened(), 2);
    }

    void nobodyListening()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        HttpConnection http(RegistryEndpoint::create(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))).value(),
                            2000, 1024);
        const auto answer = http.exchange("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/v1/time").arg(port)), {}, {});
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(sync_error::Offline));
    }
};

QTEST_GUILESS_MAIN(tst_HttpConnection)
#include "tst_HttpConnection.moc"
