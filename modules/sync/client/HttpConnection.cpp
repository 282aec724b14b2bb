#include "HttpConnection.h"

#include "SyncError.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <optional>

namespace motcua::sync {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024; // status line and headers of one answer
constexpr qsizetype kMaxChunkLine = 1024;      // a chunk-size line of the chunked transfer coding

Error badResponse(const QString& why)
{
    return {QLatin1String(sync_error::BadResponse), why};
}

Error tooLarge(qint64 limit)
{
    return {QLatin1String(sync_error::TooLarge), QStringLiteral("answer over %1 bytes").arg(limit)};
}

bool hasToken(const QByteArray& value, QByteArrayView token)
{
    for (const QByteArray& part : value.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Reads one HTTP/1.x answer from the bytes as they come: the head (skipping 1xx interim answers), then
// the body by Content-Length, by the chunked transfer coding, or up to the connection's end.
class AnswerParser
{
public:
    enum class State { NeedMore, Complete, Failed };

    AnswerParser(bool headRequest, qint64 maxBody) : m_headRequest(headRequest), m_maxBody(maxBody) {}

    State feed(QByteArray data)
    {
        if (m_state != State::NeedMore || data.isEmpty())
            return m_state;
        if (m_buffer.isEmpty())
            m_buffer = std::move(data);
        else
            m_buffer.append(data);
        parse();
        return m_state;
    }

    // The connection ended: complete if the body runs to the end of the connection.
    State finish()
    {
        if (m_state == State::NeedMore && m_stage == Stage::UntilClose)
            m_state = State::Complete;
        return m_state;
    }

    bool started() const { return m_started; }
    bool headRead() const { return m_stage != Stage::Head; }
    bool keepAlive() const { return m_keepAlive && m_state == State::Complete && m_buffer.isEmpty(); }
    const Error& error() const { return m_error; }
    HttpConnection::Answer take() { return std::move(m_answer); }

private:
    enum class Stage { Head, Fixed, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose, Done };

    void fail(Error error)
    {
        m_state = State::Failed;
        m_error = std::move(error);
    }

    void complete()
    {
        m_stage = Stage::Done;
        m_state = State::Complete;
    }

    bool fits(qint64 more)
    {
        if (m_answer.body.size() + more <= m_maxBody)
            return true;
        fail(tooLarge(m_maxBody));
        return false;
    }

    // Moves up to `count` bytes of the buffer to the body (the whole buffer without a copy when it can).
    void takeBody(qint64 count)
    {
        if (count >= m_buffer.size() && m_answer.body.isEmpty()) {
            m_answer.body = std::move(m_buffer);
            m_buffer.clear();
        } else {
            m_answer.body.append(m_buffer.constData(), qsizetype(count));
            m_buffer.remove(0, qsizetype(count));
        }
    }

    void parse()
    {
        m_started = true;
        while (m_state == State::NeedMore) {
            switch (m_stage) {
            case Stage::Head:
                if (!parseHead())
                    return;
                break;
            case Stage::Fixed: {
                const qint64 n = qMin<qint64>(m_remaining, m_buffer.size());
                takeBody(n);
                m_remaining -= n;
                if (m_remaining == 0)
                    complete();
                else
                    return;
                break;
            }
            case Stage::ChunkSize: {
                const qsizetype end = m_buffer.indexOf("\r\n");
                if (end < 0) {
                    if (m_buffer.size() > kMaxChunkLine)
                        fail(badResponse(QStringLiteral("chunk size line too long")));
                    return;
                }
                QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 2);
                if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                    line.truncate(semicolon); // chunk extensions are ignored
                bool ok = false;
                const qint64 size = line.trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0 || line.trimmed().size() > 15) {
                    fail(badResponse(QStringLiteral("bad chunk size")));
                    return;
                }
                if (size == 0) {
                    m_stage = Stage::Trailers;
                } else if (fits(size)) {
                    m_remaining = size;
                    m_stage = Stage::ChunkData;
                }
                break;
            }
            case Stage::ChunkData: {
                const qint64 n = qMin<qint64>(m_remaining, m_buffer.size());
                takeBody(n);
                m_remaining -= n;
                if (m_remaining > 0)
                    return;
                m_stage = Stage::ChunkEnd;
                break;
            }
            case Stage::ChunkEnd:
                if (m_buffer.size() < 2)
                    return;
                if (!m_buffer.startsWith("\r\n")) {
                    fail(badResponse(QStringLiteral("chunk not followed by CRLF")));
                    return;
                }
                m_buffer.remove(0, 2);
                m_stage = Stage::ChunkSize;
                break;
            case Stage::Trailers: {
                const qsizetype end = m_buffer.indexOf("\r\n");
                if (end < 0) {
                    if (m_buffer.size() > kMaxHeadBytes)
                        fail(badResponse(QStringLiteral("trailers too long")));
                    return;
                }
                m_buffer.remove(0, end + 2);
                if (end == 0)
                    complete();
                break;
            }
            case Stage::UntilClose:
                if (fits(m_buffer.size()))
                    takeBody(m_buffer.size());
                return;
            case Stage::Done:
                return;
            }
        }
    }

    // False when more bytes are needed or the head is refused.
    bool parseHead()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_scanned - 3));
        if (end < 0) {
            m_scanned = m_buffer.size();
            if (m_buffer.size() > kMaxHeadBytes)
                fail(badResponse(QStringLiteral("answer head over 64 KiB")));
            return false;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        m_scanned = 0;
        // Status line: HTTP/1.x NNN reason
        const QByteArray statusLine = lines.value(0).trimmed();
        if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ') {
            fail(badResponse(QStringLiteral("not an HTTP/1.x answer")));
            return false;
        }
        const bool http10 = statusLine.at(7) == '0';
        bool ok = false;
        const int status = statusLine.mid(9, 3).toInt(&ok);
        if (!ok || status < 100 || status > 999) {
            fail(badResponse(QStringLiteral("bad status line")));
            return false;
        }
        HttpConnection::Headers headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(badResponse(QStringLiteral("bad header line")));
                return false;
            }
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (status < 200) {
            if (status == 101) {
                fail(badResponse(QStringLiteral("unexpected protocol switch")));
                return false;
            }
            return true; // an interim answer (100 Continue, 103 Early Hints): the real one follows
        }
        m_answer.status = status;
        m_answer.headers = std::move(headers);
        const QByteArray connection = m_answer.header("Connection");
        m_keepAlive = http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");

        if (m_headRequest || status == 204 || status == 304) {
            complete();
            return true;
        }
        const QByteArray coding = m_answer.header("Transfer-Encoding");
        if (!coding.isEmpty()) {
            if (!coding.trimmed().toLower().endsWith("chunked")) {
                m_keepAlive = false;
                m_stage = Stage::UntilClose;
                return true;
            }
            m_stage = Stage::ChunkSize;
            return true;
        }
        QByteArray declared;
        for (const auto& [name, value] : std::as_const(m_answer.headers)) {
            if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
                continue;
            if (!declared.isEmpty() && declared != value) {
                fail(badResponse(QStringLiteral("conflicting Content-Length")));
                return false;
            }
            declared = value;
        }
        if (declared.isEmpty()) {
            m_keepAlive = false;
            m_stage = Stage::UntilClose;
            return true;
        }
        const qint64 length = declared.toLongLong(&ok);
        if (!ok || length < 0) {
            fail(badResponse(QStringLiteral("bad Content-Length")));
            return false;
        }
        if (length > m_maxBody) {
            fail(tooLarge(m_maxBody));
            return false;
        }
        m_remaining = length;
        m_stage = Stage::Fixed;
        if (length == 0)
            complete();
        m_answer.body.reserve(qsizetype(length));
        return true;
    }

    const bool m_headRequest;
    const qint64 m_maxBody;
    State m_state = State::NeedMore;
    Stage m_stage = Stage::Head;
    QByteArray m_buffer;
    qsizetype m_scanned = 0;
    qint64 m_remaining = 0;
    bool m_keepAlive = false;
    bool m_started = false;
    HttpConnection::Answer m_answer;
    Error m_error;
};

Error socketError(QAbstractSocket::SocketError error, const QString& text, bool connected, const QString& tlsDetail)
{
    switch (error) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return {QLatin1String(sync_error::Tls), tlsDetail.isEmpty() ? text : tlsDetail};
    case QAbstractSocket::RemoteHostClosedError:
        return {QLatin1String(sync_error::ConnectionLost), text};
    default:
        // Refused, no route, no such host: the registry cannot be reached at all.
        return {QLatin1String(connected ? sync_error::ConnectionLost : sync_error::Offline), text};
    }
}

} // namespace

QByteArray HttpConnection::Answer::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

struct HttpConnection::Exchange
{
    QEventLoop loop;
    std::optional<Error> error;
    bool done = false;

    void finish(std::optional<Error> e = std::nullopt)
    {
        if (done)
            return;
        done = true;
        error = std::move(e);
        loop.quit();
    }
};

HttpConnection::HttpConnection(RegistryEndpoint endpoint, int timeoutMs, qint64 maxBodyBytes)
    : m_endpoint(std::move(endpoint)), m_timeoutMs(timeoutMs), m_maxBodyBytes(maxBodyBytes)
{}

HttpConnection::~HttpConnection()
{
    close();
}

void HttpConnection::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
    m_socketHost.clear();
}

void HttpConnection::abort()
{
    if (m_current)
        m_current->finish(Error{QLatin1String(sync_error::ConnectionLost), QStringLiteral("cancelled")});
}

bool HttpConnection::reusable()
{
    // A kept connection the server has closed meanwhile (its idle timeout) shows as readable: look
    // without blocking, so a request is not sent into a connection that is already gone.
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->waitForReadyRead(0);
    return m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
}

Result<HttpConnection::Answer> HttpConnection::exchange(const QByteArray& method, const QUrl& url,
                                                        const Headers& headers, const QByteArray& body)
{
    using R = Result<Answer>;
    const bool tls = url.scheme() == QLatin1String("https");
    if (!tls && url.scheme() != QLatin1String("http"))
        return R::failure(QLatin1String(sync_error::BadUrl), QStringLiteral("not an http(s) URL"));
    const QString host = url.host();
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    const QString key = QStringLiteral("%1://%2:%3").arg(url.scheme(), host).arg(port);
    if (m_socket && (m_socketHost != key || !reusable()))
        close();

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head;
    head.reserve(512);
    head += method + ' ' + target +
            " HTTP/1.1\r\nHost: " + url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() +
            "\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (!body.isEmpty() || (method != "GET" && method != "HEAD"))
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";

    Exchange x;
    m_current = &x;
    AnswerParser parser(method == "HEAD", m_maxBodyBytes);
    QObject context; // the connections below end with this exchange
    QTimer idle;
    idle.setSingleShot(true);
    bool connected = false;
    QString tlsDetail;

    const bool fresh = !m_socket;
    if (fresh) {
        if (tls) {
            auto* secure = new QSslSocket;
            QSslConfiguration configuration = m_endpoint.tls();
            configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
            secure->setSslConfiguration(configuration);
            m_socket.reset(secure);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
        }
        m_socket->setProxy(QNetworkProxy::NoProxy);
        m_socketHost = key;
        ++m_opened;
    } else {
        connected = true;
    }
    QTcpSocket* socket = m_socket.get();
    auto* ssl = tls ? static_cast<QSslSocket*>(socket) : nullptr;

    const auto progress = [&] { idle.start(m_timeoutMs); };
    const auto send = [&] {
        progress();
        socket->write(head);
        if (!body.isEmpty())
            socket->write(body); // shared with the caller's bytes, not copied
        socket->flush();         // to the kernel now, not at the next turn of the event loop
    };
    const auto readSome = [&] {
        progress();
        switch (parser.feed(socket->readAll())) {
        case AnswerParser::State::Complete:
            x.finish();
            break;
        case AnswerParser::State::Failed:
            x.finish(parser.error());
            break;
        case AnswerParser::State::NeedMore:
            break;
        }
    };
    const auto ended = [&](QAbstractSocket::SocketError error) {
        if (x.done)
            return;
        if (socket->bytesAvailable() > 0)
            readSome();
        if (x.done)
            return;
        if (parser.headRead() && parser.finish() == AnswerParser::State::Complete) {
            x.finish();
            return;
        }
        x.finish(socketError(error, socket->errorString(), connected, tlsDetail));
    };

    QObject::connect(&idle, &QTimer::timeout, &context, [&] {
        x.finish(Error{QLatin1String(sync_error::Timeout), QStringLiteral("no progress for %1 ms").arg(m_timeoutMs)});
    });
    QObject::connect(socket, &QAbstractSocket::connected, &context, [&] {
        connected = true;
        // Each request is written whole and at once: nothing is gained by holding its last segment back.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        if (!tls)
            send();
        else
            progress();
    });
    if (ssl) {
        QObject::connect(ssl, &QSslSocket::encrypted, &context, send);
        QObject::connect(ssl, &QSslSocket::sslErrors, &context, [&](const QList<QSslError>& errors) {
            QStringList texts;
            for (const QSslError& e : errors)
                texts.append(e.errorString());
            tlsDetail = texts.join(QStringLiteral("; "));
        });
    }
    QObject::connect(socket, &QIODevice::bytesWritten, &context, progress);
    if (ssl)
        QObject::connect(ssl, &QSslSocket::encryptedBytesWritten, &context, progress);
    QObject::connect(socket, &QIODevice::readyRead, &context, readSome);
    QObject::connect(socket, &QAbstractSocket::errorOccurred, &context, ended);
    QObject::connect(socket, &QAbstractSocket::disconnected, &context,
                     [&] { ended(QAbstractSocket::RemoteHostClosedError); });

    if (fresh) {
        progress();
        if (ssl)
            ssl->connectToHostEncrypted(host, port);
        else
            socket->connectToHost(host, port);
    } else {
        send();
        if (socket->bytesAvailable() > 0)
            readSome();
    }
    if (!x.done)
        x.loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();
    m_current = nullptr;
    QObject::disconnect(socket, nullptr, &context, nullptr);

    if (x.error) {
        close(); // whatever the connection holds now is not the start of a next answer
        return R(*x.error);
    }
    // An answer that came before the whole request was written (an early refusal) leaves the rest of
    // the body unsent: that connection cannot carry another request.
    const bool unsent = socket->bytesToWrite() > 0 || (ssl && ssl->encryptedBytesToWrite() > 0);
    if (!parser.keepAlive() || unsent)
        close();
    return parser.take();
}

} // namespace motcua::sync
