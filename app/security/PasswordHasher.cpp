#include "PasswordHasher.h"

#include "SecurityError.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace motcua::security {

namespace {

constexpr auto kBase64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

Error badVerifier(const char* why)
{
    return {QLatin1String(security_error::BadVerifier),
            QStringLiteral("unreadable password verifier: %1").arg(QLatin1String(why))};
}

} // namespace

Result<QByteArray> PasswordHasher::derive(const SecretBytes& password, QByteArrayView salt, KdfCost cost, int length)
{
    if (!cost.isValid())
        return Result<QByteArray>::failure(QLatin1String(security_error::Kdf),
                                           QStringLiteral("scrypt cost out of bounds"));
    QByteArray out(length, '\0');
    // maxmem must cover scrypt's V and B arrays, or OpenSSL refuses (its default cap is 32 MiB).
    const quint64 maxmem = cost.memoryBytes() + (1u << 20);
    const int ok = EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()), size_t(password.size()),
                                  reinterpret_cast<const unsigned char*>(salt.data()), size_t(salt.size()), cost.n(),
                                  quint64(cost.r), quint64(cost.p), maxmem,
                                  reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()));
    if (ok != 1)
        return Result<QByteArray>::failure(QLatin1String(security_error::Kdf),
                                           QStringLiteral("scrypt failed (not enough memory?)"));
    return out;
}

Result<QString> PasswordHasher::makeVerifier(const SecretBytes& password) const
{
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return Result<QString>::failure(QLatin1String(security_error::Crypto), QStringLiteral("no random bytes"));
    auto hash = derive(password, salt, m_cost, kHashBytes);
    if (!hash)
        return hash.error();
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(m_cost.logN)
        .arg(m_cost.r)
        .arg(m_cost.p)
        .arg(QString::fromLatin1(salt.toBase64(kBase64)), QString::fromLatin1(hash->toBase64(kBase64)));
}

Result<PasswordHasher::Parsed> PasswordHasher::parse(const QString& verifier)
{
    // "", "scrypt", "ln=16,r=8,p=1", salt, hash
    const QStringList parts = verifier.split(QLatin1Char('$'));
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != QLatin1String("scrypt"))
        return badVerifier("not a $scrypt$ string");
    Parsed parsed;
    parsed.cost = {0, 0, 0};
    for (const QString& field : parts[2].split(QLatin1Char(','))) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        bool ok = false;
        const int value = eq > 0 ? field.mid(eq + 1).toInt(&ok) : 0;
        if (!ok)
            return badVerifier("malformed parameter");
        const QStringView name = QStringView(field).left(eq);
        if (name == QLatin1String("ln"))
            parsed.cost.logN = value;
        else if (name == QLatin1String("r"))
            parsed.cost.r = value;
        else if (name == QLatin1String("p"))
            parsed.cost.p = value;
        else
            return badVerifier("unknown parameter");
    }
    if (!parsed.cost.isValid())
        return badVerifier("parameters out of bounds");
    const auto salt = QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::Base64Encoding);
    const auto hash = QByteArray::fromBase64Encoding(parts[4].toLatin1(), QByteArray::Base64Encoding);
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() < 16)
        return badVerifier("malformed salt or hash");
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

Result<bool> PasswordHasher::verify(const SecretBytes& password, const QString& verifier)
{
    auto parsed = parse(verifier);
    if (!parsed)
        return parsed.error();
    auto derived = derive(password, parsed->salt, parsed->cost, int(parsed->hash.size()));
    if (!derived)
        return derived.error();
    const bool same = CRYPTO_memcmp(derived->constData(), parsed->hash.constData(), size_t(parsed->hash.size())) == 0;
    OPENSSL_cleanse(derived.value().data(), size_t(derived.value().size()));
    return same;
}

bool PasswordHasher::needsRehash(const QString& verifier, KdfCost wanted)
{
    auto parsed = parse(verifier);
    return !parsed || !(parsed->cost == wanted);
}

void PasswordHasher::spendEquivalentWork(const SecretBytes& password) const
{
    static const QByteArray salt(kSaltBytes, 'x');
    auto derived = derive(password, salt, m_cost, kHashBytes);
    Q_UNUSED(derived);
}

} // namespace motcua::security
