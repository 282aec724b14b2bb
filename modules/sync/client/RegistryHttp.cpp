#include "RegistryHttp.h"

#include "ProtocolConstants.h"
#include "ProtocolTime.h"
#include "SyncError.h"
#include "SyncLog.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace motcua::sync {

namespace {

Error transportError(QNetworkReply::NetworkError error, const QString& text)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return {QLatin1String(sync_error::Offline), text};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return {QLatin1String(sync_error::ConnectionLost), text};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return {QLatin1String(sync_error::Timeout), text};
    case QNetworkReply::SslHandshakeFailedError:
        return {QLatin1String(sync_error::Tls), text};
    default:
        return {QLatin1String(sync_error::ConnectionLost), text};
    }
}

// Errors QNetworkReply reports for an HTTP status (4xx/5xx) rather than for the transport: the answer
// itself is intact and is read like any other.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError) ||
           error == QNetworkReply::ProtocolInvalidOperationError ||
           (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}

} // namespace

RegistryHttp::RegistryHttp(RegistryEndpoint endpoint, int timeoutMs)
    : m_endpoint(std::move(endpoint)), m_timeoutMs(timeoutMs)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // No proxy: the registry is reached directly (a desk's proxy settings could route loopback traffic away).
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

HttpResponse RegistryHttp::get(const QString& path, const QString& query, const QString& token)
{
    return exchange("GET", m_endpoint.url(path, query), {}, {}, token);
}

HttpResponse RegistryHttp::postJson(const QString& path, const QJsonObject& body, const QString& token)
{
    return exchange("POST", m_endpoint.url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                    protocol::kJsonType, token);
}

HttpResponse RegistryHttp::put(const QString& path, const QString& query, const QByteArray& body,
                               const QByteArray& contentType, const QString& token)
{
    return exchange("PUT", m_endpoint.url(path, query), body, contentType, token);
}

void RegistryHttp::abort()
{
    if (m_current)
        m_current->abort();
}

HttpResponse RegistryHttp::exchange(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                    const QByteArray& contentType, const QString& token)
{
    QNetworkRequest request = m_endpoint.request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());

    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QNetworkReply* reply = nullptr;
    if (verb == "GET") {
        reply = m_nam.get(request);
    } else {
        reply = m_nam.sendCustomRequest(request, verb, body);
    }
    m_current = reply;

    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    QObject::connect(&idle, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    // The timeout is "no progress for timeoutMs", so a large chunk on a slow line is not cut off mid-way.
    auto progress = [&] { idle.start(m_timeoutMs); };
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, progress);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > protocol::kMaxResponseBytes) {
            tooLarge = true;
            reply->abort();
            return;
        }
        idle.start(m_timeoutMs);
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > protocol::kMaxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();

    HttpResponse response = readAnswer(reply, timedOut, tooLarge);
    if (response.serverTime.isValid())
        m_skew.observe(sentAt, QDateTime::currentDateTimeUtc(), response.serverTime);
    reply->deleteLater();
    m_current = nullptr;
    if (!response.answered())
        qCDebug(lcSync).noquote() << verb << url.path() << "failed:" << response.error.code;
    return response;
}

HttpResponse RegistryHttp::readAnswer(QNetworkReply* reply, bool timedOut, bool tooLarge)
{
    HttpResponse response;
    if (timedOut) {
        response.error = {QLatin1String(sync_error::Timeout), QStringLiteral("no progress for %1 ms").arg(m_timeoutMs)};
        return response;
    }
    if (tooLarge) {
        response.error = {QLatin1String(sync_error::TooLarge), QStringLiteral("answer over 16 MiB")};
        return response;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        response.error = transportError(reply->error(), reply->errorString());
        return response;
    }
    // An HTTP answer arrived; a transport error after the headers (cut mid-body) still loses the answer.
    const auto error = reply->error();
    const bool httpLevelError = error == QNetworkReply::NoError || isHttpStatusError(error);
    if (!httpLevelError) {
        response.error = transportError(error, reply->errorString());
        return response;
    }

    response.status = statusAttribute.toInt();
    response.serverTime = ProtocolTime::parse(QString::fromLatin1(reply->rawHeader(protocol::kHeaderServerTime)));
    response.retryAfterMs = ProtocolTime::retryAfterMs(reply->rawHeader("Retry-After"), m_skew.serverNow());
    if (response.status >= 300 && response.status < 400) {
        response.status = 0;
        response.error = {QLatin1String(sync_error::Redirect),
                          QStringLiteral("HTTP %1 redirect refused").arg(statusAttribute.toInt())};
        return response;
    }
    const QByteArray body = reply->read(protocol::kMaxResponseBytes + 1);
    if (body.size() > protocol::kMaxResponseBytes) {
        response.status = 0;
        response.error = {QLatin1String(sync_error::TooLarge), QStringLiteral("answer over 16 MiB")};
        return response;
    }
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().trimmed().toLower();
    const bool json = type.startsWith(protocol::kJsonType);
    QJsonParseError parse{};
    const QJsonDocument doc = json ? QJsonDocument::fromJson(body, &parse) : QJsonDocument();
    if (json && parse.error == QJsonParseError::NoError && doc.isObject()) {
        response.json = doc.object();
        return response;
    }
    // A 429/5xx from a proxy may come as HTML: the status still says what to do.
    if (response.status == 429 || response.status >= 500)
        return response;
    response.status = 0;
    response.error = {QLatin1String(sync_error::BadResponse),
                      json ? QStringLiteral("body is not a JSON object") : QStringLiteral("content type is not JSON")};
    return response;
}

} // namespace motcua::sync
