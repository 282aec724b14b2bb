#include "CscaStore.h"

#include "CardErrors.h"
#include "OpenSslPtr.h"

#include <QDir>
#include <QFile>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace motcua::cccd {

Result<CscaStore> CscaStore::loadFolder(const QString& folder, QStringList* skipped)
{
    QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return cardError(errc::TrustStore, QStringLiteral("trust store folder does not exist: %1").arg(folder));
    CscaStore store;
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& info : files) {
        QFile f(info.absoluteFilePath());
        if (info.size() > 4 * 1024 * 1024 || !f.open(QIODevice::ReadOnly) || !store.addCertificates(f.readAll())) {
            if (skipped)
                *skipped << info.fileName();
        }
    }
    return store;
}

bool CscaStore::addCertificates(const QByteArray& pemOrDer)
{
    bool added = false;
    if (pemOrDer.contains("-----BEGIN")) {
        BioPtr bio = memoryBio(pemOrDer);
        while (X509* raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            X509Ptr cert(raw);
            const QByteArray der = toDer(i2d_X509, cert.get());
            if (!der.isEmpty() && !m_certificates.contains(der)) {
                m_certificates << der;
                added = true;
            }
        }
        ERR_clear_error(); // the read loop ends on an "no start line" error
        return added;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(pemOrDer.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(pemOrDer.size())));
    if (!cert) {
        ERR_clear_error();
        return false;
    }
    const QByteArray der = toDer(i2d_X509, cert.get());
    if (!m_certificates.contains(der))
        m_certificates << der;
    return true;
}

} // namespace motcua::cccd
