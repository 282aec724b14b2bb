#pragma once

#include <QByteArray>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace motcua::cccd {

// Owning pointers for the OpenSSL objects used by passive authentication and the fixture generator.
template <typename T, void (*Free)(T*)>
struct OpenSslDeleter
{
    void operator()(T* p) const { Free(p); }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<STACK_OF(X509), freeX509Stack>>;

inline BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

inline QByteArray bioContents(BIO* bio)
{
    char* p = nullptr;
    const long n = BIO_get_mem_data(bio, &p);
    return n > 0 ? QByteArray(p, static_cast<qsizetype>(n)) : QByteArray();
}

// DER of an object with an i2d_ function.
template <typename T>
QByteArray toDer(int (*i2d)(const T*, unsigned char**), const T* object)
{
    const int n = i2d(object, nullptr);
    if (n <= 0)
        return {};
    QByteArray out(n, '\0');
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    i2d(object, &p);
    return out;
}

} // namespace motcua::cccd
