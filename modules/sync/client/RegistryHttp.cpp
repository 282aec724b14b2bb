#include "RegistryHttp.h"

#include "ProtocolConstants.h"
#include "ProtocolTime.h"
#include "SyncError.h"
#include "SyncLog.h"

#include <QJsonDocument>

namespace motcua::sync {

RegistryHttp::RegistryHttp(RegistryEndpoint endpoint, int timeoutMs)
    : m_endpoint(std::move(endpoint)), m_timeoutMs(timeoutMs),
      m_connection(m_endpoint, timeoutMs, protocol::kMaxResponseBytes)
{}

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
    m_connection.abort();
}

HttpResponse RegistryHttp::exchange(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                    const QByteArray& contentType, const QString& token)
{
    HttpConnection::Headers headers{{"Accept", protocol::kJsonType}, {"User-Agent", "MotCuaDesk-sync/1"}};
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});

    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const auto answer = m_connection.exchange(verb, url, headers, body);
    HttpResponse response;
    if (!answer)
        response.error = answer.error();
    else
        response = readAnswer(answer.value());
    if (response.serverTime.isValid())
        m_skew.observe(sentAt, QDateTime::currentDateTimeUtc(), response.serverTime);
    if (!response.answered())
        qCDebug(lcSync).noquote() << verb << url.path() << "failed:" << response.error.code;
    return response;
}

HttpResponse RegistryHttp::readAnswer(const HttpConnection::Answer& answer)
{
    HttpResponse response;
    response.status = answer.status;
    response.serverTime = ProtocolTime::parse(QString::fromLatin1(answer.header(protocol::kHeaderServerTime)));
    response.retryAfterMs = ProtocolTime::retryAfterMs(answer.header("Retry-After"), m_skew.serverNow());
    if (response.status >= 300 && response.status < 400) {
        response.status = 0;
        response.error = {QLatin1String(sync_error::Redirect),
                          QStringLiteral("HTTP %1 redirect refused").arg(answer.status)};
        return response;
    }
    if (answer.body.size() > protocol::kMaxResponseBytes) { // HttpConnection already refuses these
        response.status = 0;
        response.error = {QLatin1String(sync_error::TooLarge), QStringLiteral("answer over 16 MiB")};
        return response;
    }
    const QByteArray type = answer.header("Content-Type").trimmed().toLower();
    const bool json = type.startsWith(protocol::kJsonType);
    QJsonParseError parse{};
    const QJsonDocument doc = json ? QJsonDocument::fromJson(answer.body, &parse) : QJsonDocument();
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
