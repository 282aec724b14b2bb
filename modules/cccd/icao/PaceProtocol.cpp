#include "PaceProtocol.h"

#include "ApduTransport.h"
#include "CardErrors.h"
#include "CommandApdu.h"
#include "IcaoCrypto.h"
#include "IcaoLog.h"
#include "LdsFile.h"
#include "Oid.h"
#include "OpenSslPtr.h"
#include "ResponseApdu.h"
#include "Tlv.h"

#include <QRegularExpression>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/obj_mac.h>
#include <openssl/sha.h>

namespace motcua::cccd {

namespace {

using GroupPtr = std::unique_ptr<EC_GROUP, OpenSslDeleter<EC_GROUP, EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, OpenSslDeleter<EC_POINT, EC_POINT_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_clear_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, OpenSslDeleter<BN_CTX, BN_CTX_free>>;

const QString PaceEcdhGmPrefix = QStringLiteral("0.4.0.127.0.7.2.2.4.2."); // .2 AES-128, .3 AES-192, .4 AES-256

Error ecError(const char* what)
{
    ERR_clear_error();
    return cardError(errc::Crypto, QStringLiteral("PACE: %1").arg(QLatin1String(what)));
}

GroupPtr groupOf(int parameterId)
{
    const int nid = PaceProtocol::curveOf(parameterId);
    return GroupPtr(nid ? EC_GROUP_new_by_curve_name(nid) : nullptr);
}

BnPtr bignum(const QByteArray& bytes)
{
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()), nullptr));
}

PointPtr pointFrom(const EC_GROUP* group, const QByteArray& bytes, BN_CTX* ctx)
{
    PointPtr p(EC_POINT_new(group));
    // oct2point refuses points that are not on the curve.
    if (!p || bytes.isEmpty() ||
        EC_POINT_oct2point(group, p.get(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                           static_cast<size_t>(bytes.size()), ctx) != 1 ||
        EC_POINT_is_at_infinity(group, p.get()))
        return nullptr;
    return p;
}

QByteArray bytesOf(const EC_GROUP* group, const EC_POINT* p, BN_CTX* ctx)
{
    const size_t n = EC_POINT_point2oct(group, p, POINT_CONVERSION_UNCOMPRESSED, nullptr, 0, ctx);
    QByteArray out(static_cast<qsizetype>(n), '\0');
    EC_POINT_point2oct(group, p, POINT_CONVERSION_UNCOMPRESSED, reinterpret_cast<unsigned char*>(out.data()), n, ctx);
    return out;
}

QString hexSw(quint16 sw)
{
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

// Reads a small transparent file with plain APDUs (EF.CardAccess, before any secure session).
Result<QByteArray> readPlainFile(ApduTransport& transport, quint16 fid)
{
    QByteArray select = QByteArray::fromHex("00A4020C02");
    select.append(static_cast<char>(fid >> 8));
    select.append(static_cast<char>(fid & 0xFF));
    auto s = transport.transmit(select);
    if (!s)
        return s;
    if (ResponseApdu::fromBytes(*s).sw != sw::Ok)
        return cardError(errc::FileNotFound, QStringLiteral("EF.CardAccess not selectable"));
    QByteArray data;
    int total = -1;
    while (total < 0 || data.size() < total) {
        const int want = total < 0 ? 4 : std::min<int>(0xDF, total - static_cast<int>(data.size()));
        const int offset = static_cast<int>(data.size());
        auto r = transport.transmit(
            CommandApdu(0x00, 0xB0, static_cast<quint8>(offset >> 8), static_cast<quint8>(offset & 0xFF), {}, want)
                .encode());
        if (!r)
            return r;
        const ResponseApdu a = ResponseApdu::fromBytes(*r);
        if ((a.sw != sw::Ok && a.sw != sw::EndOfFileWarning) || a.data.isEmpty() || a.data.size() > want)
            return cardError(errc::FileMalformed, QStringLiteral("EF.CardAccess unreadable (%1)").arg(hexSw(a.sw)));
        data += a.data;
        if (total < 0) {
            auto h = Tlv::parseHeader(data);
            if (!h)
                return cardError(errc::FileMalformed, QStringLiteral("EF.CardAccess header"));
            total = h->totalSize();
            if (total > 4096)
                return cardError(errc::FileTooLarge, QStringLiteral("EF.CardAccess too large"));
        }
    }
    return data.left(total);
}

// GENERAL AUTHENTICATE: wraps `inner` in 7C, returns the 7C content of the answer.
Result<QList<TlvElement>> generalAuthenticate(ApduTransport& transport, bool last, const QByteArray& inner,
                                              quint16* status)
{
    auto r =
        transport.transmit(CommandApdu(last ? 0x00 : 0x10, 0x86, 0x00, 0x00, Tlv::encode(0x7C, inner), 256).encode());
    if (!r)
        return r.error();
    const ResponseApdu a = ResponseApdu::fromBytes(*r);
    *status = a.sw;
    if (a.sw != sw::Ok)
        return cardError(errc::Status, QStringLiteral("GENERAL AUTHENTICATE answered %1").arg(hexSw(a.sw)));
    auto outer = Tlv::parseSingle(a.data);
    if (!outer || outer->tag != 0x7C)
        return cardError(errc::AuthResponse, QStringLiteral("GENERAL AUTHENTICATE answer is not a 7C template"));
    auto kids = outer->children();
    if (!kids)
        return cardError(errc::AuthResponse, QStringLiteral("GENERAL AUTHENTICATE answer malformed"));
    return kids;
}

Result<QByteArray> expectObject(const Result<QList<TlvElement>>& answer, quint32 tag)
{
    if (!answer)
        return answer.error();
    const auto e = Tlv::find(*answer, tag);
    if (!e || e->value.isEmpty())
        return cardError(errc::AuthResponse, QStringLiteral("GENERAL AUTHENTICATE answer lacks %1").arg(tag, 0, 16));
    return e->value;
}

} // namespace

int PaceProtocol::curveOf(int parameterId)
{
    switch (parameterId) {
    case 8:
        return NID_X9_62_prime192v1;
    case 9:
        return NID_brainpoolP192r1;
    case 10:
        return NID_secp224r1;
    case 11:
        return NID_brainpoolP224r1;
    case 12:
        return NID_X9_62_prime256v1;
    case 13:
        return NID_brainpoolP256r1;
    case 14:
        return NID_brainpoolP320r1;
    case 15:
        return NID_secp384r1;
    case 16:
        return NID_brainpoolP384r1;
    case 17:
        return NID_brainpoolP512r1;
    case 18:
        return NID_secp521r1;
    default:
        return 0;
    }
}

Result<PaceProtocol::Info> PaceProtocol::parseCardAccess(const QByteArray& efCardAccess)
{
    auto set = Tlv::parseSingle(efCardAccess, true);
    if (!set || set->tag != 0x31)
        return cardError(errc::FileMalformed, QStringLiteral("EF.CardAccess is not a SET"));
    auto infos = set->children();
    if (!infos)
        return cardError(errc::FileMalformed, QStringLiteral("EF.CardAccess: %1").arg(infos.error().message));
    for (const TlvElement& info : *infos) {
        auto parts = info.children();
        if (info.tag != 0x30 || !parts || parts->size() < 3 || parts->at(0).tag != 0x06)
            continue;
        const QString oid = Oid::decode(parts->at(0).value);
        if (!oid.startsWith(PaceEcdhGmPrefix))
            continue;
        const int variant = oid.mid(PaceEcdhGmPrefix.size()).toInt();
        const auto parameter = Tlv::integerValue(parts->at(2).value);
        if (variant < 2 || variant > 4 || parts->at(2).tag != 0x02 || !parameter ||
            !curveOf(static_cast<int>(*parameter)))
            continue;
        Info i;
        i.protocolOid = oid;
        i.parameterId = static_cast<int>(*parameter);
        i.keyLength = variant == 2 ? 16 : (variant == 3 ? 24 : 32);
        return i;
    }
    return cardError(errc::NotSupported,
                     QStringLiteral("EF.CardAccess offers no supported PACE (ECDH generic mapping)"));
}

QByteArray PaceProtocol::sessionKey(const QByteArray& secret, quint32 counter, int keyLength)
{
    if (keyLength <= 16)
        return IcaoCrypto::deriveKey(secret, counter, keyLength);
    QByteArray input = secret;
    for (int shift = 24; shift >= 0; shift -= 8)
        input.append(static_cast<char>((counter >> shift) & 0xFF));
    QByteArray digest(SHA256_DIGEST_LENGTH, '\0');
    SHA256(reinterpret_cast<const unsigned char*>(input.constData()), static_cast<size_t>(input.size()),
           reinterpret_cast<unsigned char*>(digest.data()));
    return digest.left(keyLength);
}

QByteArray PaceProtocol::passwordKey(const QByteArray& password, int keyLength)
{
    return sessionKey(password, 3, keyLength);
}

Result<QByteArray> PaceProtocol::randomScalar(int parameterId)
{
    GroupPtr group = groupOf(parameterId);
    if (!group)
        return ecError("unknown domain parameters");
    const BIGNUM* order = EC_GROUP_get0_order(group.get());
    BnPtr k(BN_new());
    do {
        if (!k || BN_priv_rand_range(k.get(), order) != 1)
            return ecError("random scalar");
    } while (BN_is_zero(k.get()));
    QByteArray out(BN_num_bytes(order), '\0');
    BN_bn2binpad(k.get(), reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()));
    return out;
}

Result<QByteArray> PaceProtocol::multiply(int parameterId, const QByteArray& scalar, const QByteArray& generator)
{
    GroupPtr group = groupOf(parameterId);
    BnCtxPtr ctx(BN_CTX_new());
    BnPtr k = bignum(scalar);
    if (!group || !ctx || !k)
        return ecError("setup");
    PointPtr result(EC_POINT_new(group.get()));
    if (!result)
        return ecError("point allocation");
    if (generator.isEmpty()) {
        if (EC_POINT_mul(group.get(), result.get(), k.get(), nullptr, nullptr, ctx.get()) != 1)
            return ecError("scalar multiplication");
    } else {
        PointPtr g = pointFrom(group.get(), generator, ctx.get());
        if (!g)
            return cardError(errc::AuthResponse, QStringLiteral("PACE: a public point is not on the curve"));
        if (EC_POINT_mul(group.get(), result.get(), nullptr, g.get(), k.get(), ctx.get()) != 1)
            return ecError("scalar multiplication");
    }
    if (EC_POINT_is_at_infinity(group.get(), result.get()))
        return cardError(errc::AuthResponse, QStringLiteral("PACE: point at infinity"));
    return bytesOf(group.get(), result.get(), ctx.get());
}

Result<QByteArray> PaceProtocol::mapGenerator(int parameterId, const QByteArray& nonce, const QByteArray& sharedPoint)
{
    GroupPtr group = groupOf(parameterId);
    BnCtxPtr ctx(BN_CTX_new());
    BnPtr s = bignum(nonce);
    BnPtr one(BN_new());
    if (!group || !ctx || !s || !one || BN_one(one.get()) != 1)
        return ecError("setup");
    PointPtr h = pointFrom(group.get(), sharedPoint, ctx.get());
    if (!h)
        return cardError(errc::AuthResponse, QStringLiteral("PACE: mapping point invalid"));
    PointPtr mapped(EC_POINT_new(group.get()));
    if (!mapped || EC_POINT_mul(group.get(), mapped.get(), s.get(), h.get(), one.get(), ctx.get()) != 1)
        return ecError("generator mapping");
    if (EC_POINT_is_at_infinity(group.get(), mapped.get()))
        return cardError(errc::AuthResponse, QStringLiteral("PACE: mapped generator at infinity"));
    return bytesOf(group.get(), mapped.get(), ctx.get());
}

QByteArray PaceProtocol::xCoordinate(const QByteArray& point)
{
    if (point.size() < 3 || point.at(0) != '\x04')
        return {};
    return point.mid(1, (point.size() - 1) / 2);
}

Result<QByteArray> PaceProtocol::authenticationToken(const QByteArray& macKey, const QString& protocolOid,
                                                     const QByteArray& point)
{
    const QByteArray input = Tlv::encode(0x7F49, Oid::encodeElement(protocolOid) + Tlv::encode(0x86, point));
    auto mac = IcaoCrypto::aesCmac(macKey, input);
    if (!mac)
        return mac;
    return mac->left(8);
}

Result<SessionKeys> PaceProtocol::authenticate(ApduTransport& transport, const QString& can)
{
    static const QRegularExpression canRe(QStringLiteral("^[0-9]{6}$"));
    if (!canRe.match(can).hasMatch())
        return cardError(errc::AccessKeyInvalid, QStringLiteral("CAN must be 6 digits"));

    // 1. Which PACE the chip offers. Tolerate an unreadable EF.CardAccess with the CCCD's known offer.
    Info info;
    if (auto access = readPlainFile(transport, LdsFile::CardAccess)) {
        auto parsed = parseCardAccess(*access);
        if (!parsed)
            return parsed.error();
        info = *parsed;
    } else if (access.error().code == QLatin1String(errc::Transport)) {
        return access.error();
    } else {
        qCInfo(icaoLog) << "EF.CardAccess unreadable; assuming the CCCD's PACE parameters";
    }

    QByteArray kPi = passwordKey(can.toLatin1(), info.keyLength);
    // 2. MSE:Set AT — protocol and password reference 02 (CAN). No Le (some chips refuse one).
    const QByteArray mse = Tlv::encode(0x80, Oid::encode(info.protocolOid)) + QByteArray::fromHex("830102");
    auto set = transport.transmit(CommandApdu(0x00, 0x22, 0xC1, 0xA4, mse).encode());
    if (!set)
        return set.error();
    if (const quint16 s = ResponseApdu::fromBytes(*set).sw; s != sw::Ok)
        return cardError(errc::NotSupported, QStringLiteral("MSE:Set AT for PACE refused (%1)").arg(hexSw(s)));

    // 3. Encrypted nonce.
    quint16 status = 0;
    auto z = expectObject(generalAuthenticate(transport, false, {}, &status), 0x80);
    if (!z)
        return z.error();
    if (z->size() % 16 != 0)
        return cardError(errc::AuthResponse, QStringLiteral("PACE nonce of %1 bytes").arg(z->size()));
    auto s = IcaoCrypto::aesCbcDecrypt(kPi, *z, QByteArray(16, '\0'));
    IcaoCrypto::wipe(kPi);
    if (!s)
        return s.error();

    // 4. Generic mapping.
    auto mapKey = randomScalar(info.parameterId);
    if (!mapKey)
        return mapKey.error();
    auto mapPublic = multiply(info.parameterId, *mapKey);
    if (!mapPublic)
        return mapPublic.error();
    auto chipMap = expectObject(generalAuthenticate(transport, false, Tlv::encode(0x81, *mapPublic), &status), 0x82);
    if (!chipMap)
        return chipMap.error();
    auto h = multiply(info.parameterId, *mapKey, *chipMap);
    if (!h)
        return h.error();
    auto mapped = mapGenerator(info.parameterId, *s, *h);
    if (!mapped)
        return mapped.error();

    // 5. Key agreement on the mapped generator.
    auto ephKey = randomScalar(info.parameterId);
    if (!ephKey)
        return ephKey.error();
    auto ephPublic = multiply(info.parameterId, *ephKey, *mapped);
    if (!ephPublic)
        return ephPublic.error();
    auto chipEph = expectObject(generalAuthenticate(transport, false, Tlv::encode(0x83, *ephPublic), &status), 0x84);
    if (!chipEph)
        return chipEph.error();
    if (*chipEph == *ephPublic)
        return cardError(errc::AuthResponse, QStringLiteral("PACE: chip echoed our ephemeral key"));
    auto shared = multiply(info.parameterId, *ephKey, *chipEph);
    if (!shared)
        return shared.error();
    QByteArray k = xCoordinate(*shared);
    SessionKeys keys;
    keys.cipher = SessionKeys::Cipher::Aes;
    keys.encKey = sessionKey(k, 1, info.keyLength);
    keys.macKey = sessionKey(k, 2, info.keyLength);
    keys.ssc = QByteArray(16, '\0');
    IcaoCrypto::wipe(k);

    // 6. Mutual authentication tokens.
    auto tIfd = authenticationToken(keys.macKey, info.protocolOid, *chipEph);
    if (!tIfd)
        return tIfd.error();
    auto answer = generalAuthenticate(transport, true, Tlv::encode(0x85, *tIfd), &status);
    if (!answer) {
        if (status == sw::AuthenticationFailed || status == sw::SecurityNotSatisfied || (status & 0xFFF0) == 0x63C0)
            return cardError(errc::AccessDenied, QStringLiteral("PACE refused (%1): wrong CAN?").arg(hexSw(status)));
        return answer.error();
    }
    auto tIc = expectObject(answer, 0x86);
    if (!tIc)
        return tIc.error();
    auto expected = authenticationToken(keys.macKey, info.protocolOid, *ephPublic);
    if (!expected)
        return expected.error();
    if (tIc->size() != 8 || CRYPTO_memcmp(tIc->constData(), expected->constData(), 8) != 0)
        return cardError(errc::AuthResponse, QStringLiteral("PACE: chip authentication token does not verify"));
    return keys;
}

} // namespace motcua::cccd
