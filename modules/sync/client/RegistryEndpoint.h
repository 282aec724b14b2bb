#pragma once

#include "Result.h"

#include <QSslConfiguration>
#include <QUrl>

namespace motcua::sync {

// Where the registry is and how to trust it. The rules are checked once, before anything is sent:
// HTTPS with verification always; plain HTTP only to a loopback host (simulator, demo, tests); an
// optional CA bundle (PEM) trusted in addition to the system's CAs.
class RegistryEndpoint
{
public:
    static Result<RegistryEndpoint> create(const QUrl& baseUrl, const QString& caBundlePath = {});
    static bool isLoopbackHost(const QString& host);

    const QUrl& baseUrl() const { return m_baseUrl; }
    bool isLoopback() const { return isLoopbackHost(m_baseUrl.host()); }
    // The URL of `path` ("/v1/…") under the base URL, with an optional query.
    QUrl url(const QString& path, const QString& query = {}) const;
    // How https connections are made: peer verification always, the system CAs plus the bundle's.
    const QSslConfiguration& tls() const { return m_tls; }

private:
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
};

} // namespace motcua::sync
