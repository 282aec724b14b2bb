#include "RegistryEndpoint.h"

#include "SyncError.h"

#include <QHostAddress>
#include <QSslCertificate>

namespace motcua::sync {

bool RegistryEndpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<RegistryEndpoint> RegistryEndpoint::create(const QUrl& baseUrl, const QString& caBundlePath)
{
    using R = Result<RegistryEndpoint>;
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || !baseUrl.userInfo().isEmpty() ||
        baseUrl.hasQuery() || baseUrl.hasFragment())
        return R::failure(QLatin1String(sync_error::BadUrl),
                          QStringLiteral("registry URL must be http(s)://host[:port][/path]"));
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
        return R::failure(QLatin1String(sync_error::InsecureUrl),
                          QStringLiteral("plain HTTP is refused except to a loopback host"));
    RegistryEndpoint endpoint;
    endpoint.m_baseUrl = baseUrl;
    QString path = baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    endpoint.m_baseUrl.setPath(path);
    endpoint.m_tls = QSslConfiguration::defaultConfiguration();
    endpoint.m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caBundlePath.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(caBundlePath, QSsl::Pem);
        if (certificates.isEmpty())
            return R::failure(QLatin1String(sync_error::CaBundle),
                              QStringLiteral("no PEM certificate in the CA bundle"));
        endpoint.m_tls.addCaCertificates(certificates);
    }
    return endpoint;
}

QUrl RegistryEndpoint::url(const QString& path, const QString& query) const
{
    QUrl u = m_baseUrl;
    u.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

} // namespace motcua::sync
