#include "RegistryServer.h"

#include "DossierCode.h"
#include "ProtocolConstants.h"
#include "ProtocolTime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcSim, "motcua.sync.sim")

namespace motcua::sync {

namespace code = protocol::code;
using Method = QHttpServerRequest::Method;

namespace {

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool hasContentType(const QHttpServerRequest& request, const char* type)
{
    return header(request, "Content-Type").trimmed().toLower().startsWith(type);
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request, HttpReply* refusal)
{
    if (!hasContentType(request, protocol::kJsonType)) {
        *refusal = HttpReply::error(415, code::MediaType, QStringLiteral("expected application/json"), false);
        return std::nullopt;
    }
    if (request.body().size() > protocol::kMaxBatchBytes) {
        *refusal = HttpReply::error(413, code::TooLarge, QStringLiteral("body over 8 MiB"), false);
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal = HttpReply::error(400, code::Malformed, QStringLiteral("body is not a JSON object"), false);
        return std::nullopt;
    }
    return doc.object();
}

HttpReply fromError(const Error& error)
{
    const QByteArray c = error.code.toLatin1();
    if (c == code::OffsetMismatch)
        return HttpReply::error(409, code::OffsetMismatch, QStringLiteral("offset differs from what the server holds"),
                                true, {{QStringLiteral("received"), error.message.toLongLong()}});
    if (c == code::HashMismatch)
        return HttpReply::error(422, code::HashMismatch, error.message, true);
    if (c == code::AttachmentTooLarge)
        return HttpReply::error(413, code::AttachmentTooLarge, error.message, false);
    if (c == code::Malformed)
        return HttpReply::error(400, code::Malformed, error.message, false);
    if (c == code::DossierUnknown)
        return HttpReply::error(404, code::DossierUnknown, error.message, false);
    if (c == code::IdempotencyConflict)
        return HttpReply::error(409, code::IdempotencyConflict, error.message, false);
    qCWarning(lcSim) << "internal error:" << error.message;
    return HttpReply::error(500, code::Internal, QStringLiteral("internal error"), true);
}

// Equal-length digests compared without an early exit, so the answer time does not tell how much of a
// password was right (nor, hashing first, how long it is).
bool sameSecret(const QString& given, const QString& expected)
{
    const QByteArray a = QCryptographicHash::hash(given.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

bool isWrite(Method method)
{
    return method == Method::Post || method == Method::Put;
}

} // namespace

RegistryServer::RegistryServer(SimulatorConfig config, QObject* parent)
    : QAbstractHttpServer(parent), m_config(std::move(config)), m_faults(m_config.faults)
{}

RegistryServer::~RegistryServer() = default;

Status RegistryServer::open(const QString& databasePath)
{
    if (const QString err = DossierCode::validateAgencyId(m_config.agencyId); !err.isEmpty())
        return Status::failure(err, QStringLiteral("agency id is not a QĐ 20/2020 electronic id"));
    return m_store.open(databasePath);
}

Status RegistryServer::enableTls(const QString& certificatePath, const QString& keyPath)
{
    const auto certificates = QSslCertificate::fromPath(certificatePath);
    QFile keyFile(keyPath);
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("sim.tls"), QStringLiteral("cannot read certificate or key"));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull())
        return Status::failure(QStringLiteral("sim.tls"), QStringLiteral("key is neither RSA nor EC PEM"));
    sslSetup(certificates.first(), key);
    m_tls = true;
    return {};
}

Result<quint16> RegistryServer::start(const QHostAddress& address, quint16 port)
{
    if (!m_tls && !address.isLoopback())
        return Result<quint16>::failure(QStringLiteral("sim.plain_http"),
                                        QStringLiteral("plain HTTP is served on loopback only; give --tls-cert"));
    const quint16 chosen = listen(address, port);
    if (chosen == 0)
        return Result<quint16>::failure(QStringLiteral("sim.listen"), QStringLiteral("cannot listen on that port"));
    m_url = QUrl(QStringLiteral("%1://%2:%3")
                     .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
                          address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]").arg(address.toString())
                              : address.toString())
                     .arg(chosen));
    return chosen;
}

QDateTime RegistryServer::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_config.clockOffsetMs);
}

bool RegistryServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    const bool write = isWrite(request.method());
    if (path == QLatin1String(protocol::kPathTime)) {
        // The reachability probe only ever gets latency, so tests can tell "down" from "faulty".
        send(socket, HttpReply::json({{QStringLiteral("serverTime"), ProtocolTime::format(now())}}),
             m_faults.latencyMs());
        return true;
    }

    HttpReply reply;
    const auto early = m_faults.early();
    switch (early) {
    case FaultInjector::Early::Reset:
        reset(socket);
        return true;
    case FaultInjector::Early::Error:
        reply = HttpReply::error(500, code::Internal, QStringLiteral("injected failure"), true);
        break;
    case FaultInjector::Early::Throttle:
    case FaultInjector::Early::Unavailable: {
        const bool throttle = early == FaultInjector::Early::Throttle;
        reply = HttpReply::error(throttle ? 429 : 503, throttle ? code::RateLimited : code::Unavailable,
                                 QStringLiteral("injected: try again later"), true);
        reply.headers.append({"Retry-After", QByteArray::number(m_faults.plan().retryAfterSeconds)});
        break;
    }
    case FaultInjector::Early::Redirect:
        // Another host, but still loopback: a client that wrongly followed it would reach nothing real.
        reply = HttpReply::error(307, code::NotFound, QStringLiteral("moved"), false);
        reply.headers.append({"Location", "http://127.0.0.2:9" + request.url().path().toLatin1()});
        break;
    case FaultInjector::Early::None: {
        const bool pushOrPull =
            path == QLatin1String(protocol::kPathBatch) || path == QLatin1String(protocol::kPathChanges);
        reply = dispatch(request, pushOrPull && m_faults.duplicate());
        if (m_faults.resetAfterCommit(write)) {
            reset(socket);
            return true;
        }
        break;
    }
    }
    if (const auto kind = m_faults.malformed(); kind != FaultInjector::Malformed::None)
        reply = malform(reply, kind);
    qint64 delay = m_faults.latencyMs();
    if (request.method() == Method::Put && path.startsWith(QLatin1String(protocol::kPathAttachments)))
        delay += m_faults.uploadDelayMs(request.body().size());
    if (m_config.verbose)
        qCInfo(lcSim).noquote() << request.method() << path << reply.status;
    send(socket, reply, delay);
    return true;
}

void RegistryServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    send(socket, HttpReply::error(404, code::NotFound, QStringLiteral("no such endpoint"), false), 0);
}

HttpReply RegistryServer::dispatch(const QHttpServerRequest& request, bool duplicate)
{
    const QString path = request.url().path();
    const Method method = request.method();
    if (path == QLatin1String(protocol::kPathToken) && method == Method::Post)
        return token(request);

    HttpReply refusal;
    const auto who = authorise(request, &refusal);
    if (!who)
        return refusal;

    if (path == QLatin1String(protocol::kPathBatch) && method == Method::Post)
        return batch(request, *who, duplicate);
    if (path == QLatin1String(protocol::kPathChanges) && method == Method::Get)
        return changes(request, *who, duplicate);
    if (path.startsWith(QLatin1String(protocol::kPathAttachments)) && (method == Method::Get || method == Method::Put))
        return attachment(request, path.mid(int(qstrlen(protocol::kPathAttachments))));

    if (path == QLatin1String(protocol::kPathOfficialsVerify) && method == Method::Post)
        return verifyOfficial(request);

    const bool supervisorPath = path == QLatin1String(protocol::kPathDossiers) ||
                                path.startsWith(QLatin1String(protocol::kPathDossiers) + QLatin1Char('/')) ||
                                path == QLatin1String(protocol::kPathCatalogue);
    if (supervisorPath && !who->isSupervisor())
        return HttpReply::error(403, code::Forbidden, QStringLiteral("supervisor role required"), false);
    if (path == QLatin1String(protocol::kPathDossiers) && method == Method::Get)
        return dossiers(request);
    if (path == QLatin1String(protocol::kPathCatalogue) && method == Method::Put)
        return catalogue(request);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // v1 dossiers UUID decisions
    if (parts.size() == 4 && parts[1] == QLatin1String("dossiers") && parts[3] == QLatin1String("decisions") &&
        method == Method::Post)
        return decision(request, *who, parts[2]);
    return HttpReply::error(404, code::NotFound, QStringLiteral("no such endpoint"), false);
}

std::optional<DeskIdentity> RegistryServer::authorise(const QHttpServerRequest& request, HttpReply* refusal) const
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer ")) {
        *refusal = HttpReply::error(401, code::TokenInvalid, QStringLiteral("bearer token required"), true);
        return std::nullopt;
    }
    const auto it = m_tokens.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
    if (it == m_tokens.constEnd()) {
        *refusal = HttpReply::error(401, code::TokenInvalid, QStringLiteral("unknown token"), true);
        return std::nullopt;
    }
    if (it->expiresAt <= now()) {
        *refusal = HttpReply::error(401, code::TokenExpired, QStringLiteral("token expired"), true);
        return std::nullopt;
    }
    return *it;
}

HttpReply RegistryServer::token(const QHttpServerRequest& request)
{
    HttpReply refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    const QString deskId = body->value(QStringLiteral("deskId")).toString();
    const QString secret = body->value(QStringLiteral("secret")).toString();
    QString role;
    if (!secret.isEmpty() && secret == m_config.supervisorSecret)
        role = QStringLiteral("supervisor");
    else if (!secret.isEmpty() && secret == m_config.deskSecret)
        role = QStringLiteral("desk");
    if (!DossierCode::validateDeskId(deskId).isEmpty() || role.isEmpty())
        return HttpReply::error(401, code::InvalidCredentials, QStringLiteral("desk id or secret refused"), false);

    DeskIdentity identity{deskId, m_config.deskAgencies.value(deskId, m_config.agencyId), role,
                          now().addSecs(m_config.tokenTtlSeconds)};
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    const QString tokenText =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(tokenText, identity);
    return HttpReply::json({{QStringLiteral("token"), tokenText},
                            {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                            {QStringLiteral("expiresIn"), m_config.tokenTtlSeconds},
                            {QStringLiteral("expiresAt"), ProtocolTime::format(identity.expiresAt)},
                            {QStringLiteral("serverTime"), ProtocolTime::format(now())},
                            {QStringLiteral("deskId"), identity.deskId},
                            {QStringLiteral("agencyId"), identity.agencyId},
                            {QStringLiteral("role"), identity.role}});
}

HttpReply RegistryServer::verifyOfficial(const QHttpServerRequest& request)
{
    HttpReply refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    const QString login = body->value(QStringLiteral("login")).toString();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (login.isEmpty() || password.isEmpty())
        return HttpReply::error(400, code::Malformed, QStringLiteral("login and password are required"), false);
    // An unknown login costs the same comparison and gets the same answer as a wrong password.
    const auto it = m_config.officials.constFind(login);
    const bool known = it != m_config.officials.constEnd();
    const bool match = sameSecret(password, known ? it->password : QStringLiteral("no such official"));
    if (!known || !match)
        return HttpReply::error(401, code::OfficialRefused, QStringLiteral("login or password refused"), false);
    return HttpReply::json({{QStringLiteral("accepted"), true},
                            {QStringLiteral("displayName"), it->displayName},
                            {QStringLiteral("role"), it->role},
                            {QStringLiteral("serverTime"), ProtocolTime::format(now())}});
}

HttpReply RegistryServer::batch(const QHttpServerRequest& request, const DeskIdentity& desk, bool duplicate)
{
    HttpReply refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    const QJsonArray events = body->value(QStringLiteral("events")).toArray();
    if (events.isEmpty() || events.size() > protocol::kMaxBatchEvents)
        return HttpReply::error(400, code::Malformed, QStringLiteral("events must hold 1 to 500 events"), false);
    const QDateTime serverNow = now();
    const QDateTime sentAt = ProtocolTime::parse(body->value(QStringLiteral("sentAt")).toString());
    const qint64 skewMs = sentAt.isValid() ? sentAt.msecsTo(serverNow) : 0;
    auto results = m_store.pushBatch(desk, events, serverNow, skewMs);
    if (!results)
        return fromError(results.error());
    if (duplicate) {
        // A proxy delivering the same request twice: the second application must change nothing.
        if (auto again = m_store.pushBatch(desk, events, serverNow, skewMs); !again)
            return fromError(again.error());
    }
    return HttpReply::json({{QStringLiteral("serverTime"), ProtocolTime::format(serverNow)},
                            {QStringLiteral("results"), results.value()}});
}

HttpReply RegistryServer::attachment(const QHttpServerRequest& request, const QString& sha256)
{
    auto statusJson = [&](const RegistryStore::UploadStatus& s) {
        return HttpReply::json({{QStringLiteral("sha256"), sha256},
                                {QStringLiteral("size"), s.size},
                                {QStringLiteral("received"), s.received},
                                {QStringLiteral("complete"), s.complete}});
    };
    if (request.method() == Method::Get) {
        auto status = m_store.attachmentStatus(sha256);
        if (!status)
            return fromError(status.error());
        if (!status->known)
            return HttpReply::error(404, code::AttachmentUnknown, QStringLiteral("nothing received yet"), false);
        return statusJson(status.value());
    }
    if (!hasContentType(request, protocol::kOctetType))
        return HttpReply::error(415, code::MediaType, QStringLiteral("expected application/octet-stream"), false);
    if (request.body().size() > protocol::kMaxChunkBytes)
        return HttpReply::error(413, code::TooLarge, QStringLiteral("chunk over 4 MiB"), false);
    const QUrlQuery query(request.url());
    bool offsetOk = false;
    bool sizeOk = false;
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    const qint64 size = query.queryItemValue(QStringLiteral("size")).toLongLong(&sizeOk);
    if (!offsetOk || !sizeOk)
        return HttpReply::error(400, code::Malformed, QStringLiteral("offset and size are required"), false);
    auto stored = m_store.putChunk(sha256, offset, size, request.body());
    if (!stored)
        return fromError(stored.error());
    return statusJson(stored.value());
}

HttpReply RegistryServer::changes(const QHttpServerRequest& request, const DeskIdentity& desk, bool duplicate)
{
    const QUrlQuery query(request.url());
    qint64 since = 0;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return HttpReply::error(400, code::Malformed, QStringLiteral("since is not a cursor of this server"),
                                    false);
    }
    int limit = 200;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), protocol::kMaxChangesPage);
    if (duplicate)
        since = qMax<qint64>(0, since - 3); // deliver the last few changes again
    auto page = m_store.changes(desk.agencyId, since, limit);
    if (!page)
        return fromError(page.error());
    return HttpReply::json({{QStringLiteral("serverTime"), ProtocolTime::format(now())},
                            {QStringLiteral("nextCursor"), QString::number(page->nextCursor)},
                            {QStringLiteral("hasMore"), page->hasMore},
                            {QStringLiteral("changes"), page->changes}});
}

HttpReply RegistryServer::dossiers(const QHttpServerRequest& request)
{
    const QUrlQuery query(request.url());
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 1000)
                          : 200;
    auto list = m_store.dossiers(query.queryItemValue(QStringLiteral("agency")),
                                 query.queryItemValue(QStringLiteral("state")).toInt(),
                                 query.queryItemValue(QStringLiteral("after")), limit);
    if (!list)
        return fromError(list.error());
    QJsonObject out{{QStringLiteral("serverTime"), ProtocolTime::format(now())},
                    {QStringLiteral("dossiers"), list.value()}};
    if (list->size() == limit)
        out.insert(QStringLiteral("nextAfter"), list->last().toObject().value(QStringLiteral("uuid")));
    return HttpReply::json(out);
}

HttpReply RegistryServer::decision(const QHttpServerRequest& request, const DeskIdentity& supervisor,
                                   const QString& uuid)
{
    HttpReply refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    auto outcome = m_store.decide(supervisor, uuid, *body, now());
    if (!outcome)
        return fromError(outcome.error());
    return HttpReply::json({{QStringLiteral("status"), outcome.value()}});
}

HttpReply RegistryServer::catalogue(const QHttpServerRequest& request)
{
    HttpReply refusal;
    const auto body = jsonBody(request, &refusal);
    if (!body)
        return refusal;
    if (!body->value(QStringLiteral("catalogueVersion")).isString() ||
        !body->value(QStringLiteral("catalogue")).isObject())
        return HttpReply::error(400, code::Malformed, QStringLiteral("catalogueVersion and catalogue required"), false);
    if (Status s = m_store.publishCatalogue(*body, now()); !s)
        return fromError(s.error());
    return HttpReply::json({{QStringLiteral("status"), QLatin1String(protocol::kAccepted)}});
}

HttpReply RegistryServer::malform(const HttpReply& reply, FaultInjector::Malformed kind) const
{
    HttpReply bad;
    bad.status = 200;
    switch (kind) {
    case FaultInjector::Malformed::Garbage:
        bad.body = QByteArray("\x00\xff\xfe{\"results\":", 14) + QByteArray(64, '\x7f');
        break;
    case FaultInjector::Malformed::Truncated:
        bad.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
        break;
    case FaultInjector::Malformed::Html:
        bad.contentType = "text/html; charset=utf-8";
        bad.body = "<html><body><h1>Gateway portal</h1><p>Please log in.</p></body></html>";
        break;
    case FaultInjector::Malformed::WrongShape:
        // Valid JSON that names keys the client never sent, and the wrong members.
        bad.body = R"({"results":[{"idempotencyKey":"00000000-0000-4000-8000-000000000000","status":"accepted"}],)"
                   R"("changes":"none","nextCursor":{},"received":"all","complete":"yes","token":7})";
        break;
    case FaultInjector::Malformed::Oversized:
        bad.body = "{\"pad\":\"" + QByteArray(protocol::kMaxResponseBytes + 1024, 'a') + "\"}";
        break;
    case FaultInjector::Malformed::None:
        return reply;
    }
    return bad;
}

void RegistryServer::send(QTcpSocket* socket, const HttpReply& reply, qint64 delayMs)
{
    if (delayMs <= 0) {
        socket->write(reply.serialise(now()));
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, socket, [this, guard, reply] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            guard->write(reply.serialise(now()));
    });
}

void RegistryServer::reset(QTcpSocket* socket)
{
    QPointer<QTcpSocket> guard(socket);
    // After the server's read handler is done with the socket: a hard close (RST, not FIN) is what a
    // crashed gateway or a dropped mobile link looks like to the desk.
    QTimer::singleShot(0, socket, [guard] {
        if (!guard)
            return;
#ifdef Q_OS_UNIX
        const struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
        guard->abort();
    });
}

} // namespace motcua::sync
