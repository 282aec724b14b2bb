#include "HttpReply.h"

#include "ProtocolConstants.h"
#include "ProtocolTime.h"

#include <QJsonDocument>

namespace motcua::sync {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpReply HttpReply::json(const QJsonObject& object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::error(int status, const char* code, const QString& message, bool retryable,
                           const QJsonObject& extra)
{
    QJsonObject error{{QStringLiteral("code"), QLatin1String(code)},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("retryable"), retryable}};
    QJsonObject top{{QStringLiteral("error"), error}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        top.insert(it.key(), it.value());
    return json(top, status);
}

QByteArray HttpReply::serialise(const QDateTime& serverTime) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += QByteArray(protocol::kHeaderServerTime) + ": " + ProtocolTime::format(serverTime).toLatin1() + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace motcua::sync
