#include "SecurityObject.h"

#include "CardErrors.h"
#include "Oid.h"
#include "OpenSslPtr.h"
#include "Tlv.h"

#include <openssl/err.h>
#include <openssl/objects.h>

namespace motcua::cccd {

namespace {

const char* const LdsSecurityObjectOid = "2.23.136.1.1.1";

Error malformed(const QString& what)
{
    ERR_clear_error(); // leave no stale OpenSSL errors behind for other code on this thread
    return cardError(errc::SodMalformed, QStringLiteral("EF.SOD: %1").arg(what));
}

struct DigestOid
{
    const char* name;
    const char* oid;
};
constexpr DigestOid Digests[] = {
    {"SHA1", "1.3.14.3.2.26"},
    {"SHA224", "2.16.840.1.101.3.4.2.4"},
    {"SHA256", "2.16.840.1.101.3.4.2.1"},
    {"SHA384", "2.16.840.1.101.3.4.2.2"},
    {"SHA512", "2.16.840.1.101.3.4.2.3"},
};

QString objectText(const ASN1_OBJECT* o)
{
    char buf[128];
    const int n = OBJ_obj2txt(buf, sizeof(buf), o, 1);
    return n > 0 ? QString::fromLatin1(buf, std::min<int>(n, sizeof(buf) - 1)) : QString();
}

} // namespace

QString SecurityObject::digestNameForOid(const QString& oid)
{
    for (const auto& d : Digests) {
        if (oid == QLatin1String(d.oid))
            return QLatin1String(d.name);
    }
    return {};
}

QString SecurityObject::oidForDigestName(const QString& name)
{
    for (const auto& d : Digests) {
        if (name.compare(QLatin1String(d.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(d.oid);
    }
    return {};
}

Result<SecurityObject> SecurityObject::parse(const QByteArray& sodFile)
{
    auto outer = Tlv::parseSingle(sodFile, true);
    if (!outer)
        return malformed(outer.error().message);
    if (outer->tag != 0x77)
        return malformed(QStringLiteral("outer tag is not 77"));
    SecurityObject sod;
    sod.contentInfo = outer->value;

    BioPtr bio = memoryBio(sod.contentInfo);
    CmsPtr cms(d2i_CMS_bio(bio.get(), nullptr));
    if (!cms)
        return malformed(QStringLiteral("not a CMS ContentInfo"));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return malformed(QStringLiteral("CMS content is not SignedData"));
    if (objectText(CMS_get0_eContentType(cms.get())) != QLatin1String(LdsSecurityObjectOid))
        return malformed(QStringLiteral("eContentType is not LDSSecurityObject"));
    ASN1_OCTET_STRING** content = CMS_get0_content(cms.get());
    if (!content || !*content)
        return malformed(QStringLiteral("no encapsulated content"));
    sod.eContent =
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(*content)), ASN1_STRING_length(*content));

    auto lso = Tlv::parseSingle(sod.eContent);
    if (!lso || lso->tag != 0x30)
        return malformed(QStringLiteral("LDSSecurityObject is not a SEQUENCE"));
    auto parts = lso->children();
    if (!parts || parts->size() < 3)
        return malformed(QStringLiteral("LDSSecurityObject incomplete"));
    const auto version = Tlv::integerValue(parts->at(0).value);
    if (parts->at(0).tag != 0x02 || !version)
        return malformed(QStringLiteral("LDSSecurityObject version"));
    sod.version = static_cast<int>(*version);
    auto algorithm = parts->at(1).children();
    if (parts->at(1).tag != 0x30 || !algorithm || algorithm->isEmpty() || algorithm->first().tag != 0x06)
        return malformed(QStringLiteral("hash AlgorithmIdentifier"));
    sod.hashAlgorithmOid = Oid::decode(algorithm->first().value);
    sod.hashAlgorithm = digestNameForOid(sod.hashAlgorithmOid);
    if (sod.hashAlgorithm.isEmpty())
        return malformed(QStringLiteral("unsupported hash algorithm %1").arg(sod.hashAlgorithmOid));
    auto hashes = parts->at(2).children();
    if (parts->at(2).tag != 0x30 || !hashes)
        return malformed(QStringLiteral("dataGroupHashValues"));
    for (const TlvElement& h : *hashes) {
        auto pair = h.children();
        if (h.tag != 0x30 || !pair || pair->size() != 2 || pair->at(0).tag != 0x02 || pair->at(1).tag != 0x04)
            return malformed(QStringLiteral("DataGroupHash entry"));
        const auto dg = Tlv::integerValue(pair->at(0).value);
        if (!dg || *dg < 1 || *dg > 16)
            return malformed(QStringLiteral("data group number out of range"));
        if (sod.dataGroupHashes.contains(static_cast<int>(*dg)))
            return malformed(QStringLiteral("data group %1 listed twice").arg(*dg));
        sod.dataGroupHashes.insert(static_cast<int>(*dg), pair->at(1).value);
    }
    return sod;
}

QByteArray SecurityObject::encodeLdsSecurityObject(const QString& digestName, const QMap<int, QByteArray>& hashes)
{
    QByteArray list;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        list += Tlv::encode(0x30, Tlv::encodeInteger(it.key()) + Tlv::encode(0x04, it.value()));
    const QByteArray algorithm = Tlv::encode(0x30, Oid::encodeElement(oidForDigestName(digestName)));
    return Tlv::encode(0x30, Tlv::encodeInteger(0) + algorithm + Tlv::encode(0x30, list));
}

} // namespace motcua::cccd
