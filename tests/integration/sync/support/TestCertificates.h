#pragma once

#include <QString>

namespace motcua::sync::test {

// A throw-away PKI for TLS tests, made with OpenSSL in the test itself (no fixtures that expire): a CA,
// a server certificate for 127.0.0.1 signed by it, and an expired one. EC P-256 keys, PEM files.
struct TestCertificates
{
    QString caCertificate;
    QString serverCertificate;
    QString serverKey;
    QString expiredCertificate;
    QString expiredKey;

    static bool create(const QString& directory, TestCertificates* out, QString* error);
};

} // namespace motcua::sync::test
