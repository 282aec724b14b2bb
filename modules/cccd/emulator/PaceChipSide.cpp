#include "PaceChipSide.h"

#include "CardProfile.h"
#include "IcaoCrypto.h"
#include "LdsFile.h"
#include "Oid.h"
#include "Tlv.h"

#include <openssl/crypto.h>

namespace motcua::cccd {

namespace {

ResponseApdu status(quint16 sw)
{
    return ResponseApdu{{}, sw};
}

ResponseApdu answer(quint32 tag, const QByteArray& value)
{
    return ResponseApdu{Tlv::encode(0x7C, Tlv::encode(tag, value)), sw::Ok};
}

// The one data object inside the command's 7C template (empty for step 1).
std::optional<TlvElement> innerObject(const CommandApdu& c, bool* ok)
{
    *ok = false;
    auto outer = Tlv::parseSingle(c.data);
    if (!outer || outer->tag != 0x7C)
        return std::nullopt;
    auto kids = outer->children();
    if (!kids || kids->size() > 1)
        return std::nullopt;
    *ok = true;
    if (kids->isEmpty())
        return std::nullopt;
    return kids->first();
}

} // namespace

void PaceChipSide::reset()
{
    m_step = Step::Idle;
    IcaoCrypto::wipe(m_password);
    IcaoCrypto::wipe(m_chipEphemeralKey);
    m_nonce.clear();
    m_mapped.clear();
}

ResponseApdu PaceChipSide::setAuthenticationTemplate(const CommandApdu& c, const CardProfile& profile)
{
    reset();
    if (c.p1 != 0xC1 || c.p2 != 0xA4)
        return status(sw::IncorrectP1P2);
    auto offered = PaceProtocol::parseCardAccess(profile.file(LdsFile::CardAccess));
    if (!offered)
        return status(sw::InsNotSupported);
    auto dos = Tlv::parseAll(c.data);
    if (!dos)
        return status(sw::WrongData);
    const auto protocol = Tlv::find(*dos, 0x80);
    const auto reference = Tlv::find(*dos, 0x83);
    if (!protocol || !reference || Oid::decode(protocol->value) != offered->protocolOid)
        return status(sw::WrongData);
    if (reference->value == QByteArray(1, '\x02'))
        m_password = profile.can.toLatin1();
    else if (reference->value == QByteArray(1, '\x01'))
        m_password = IcaoCrypto::sha1(profile.bacKeySeed().mrzInformation());
    else
        return status(sw::WrongData);
    m_info = *offered;
    m_step = Step::Nonce;
    return status(sw::Ok);
}

ResponseApdu PaceChipSide::generalAuthenticate(const CommandApdu& c, std::optional<SessionKeys>* established)
{
    bool ok = false;
    const auto inner = innerObject(c, &ok);
    if (!ok)
        return status(sw::WrongData);
    const int param = m_info.parameterId;
    switch (m_step) {
    case Step::Nonce: {
        if (inner)
            return status(sw::WrongData);
        m_nonce = IcaoCrypto::randomBytes(16);
        QByteArray kPi = PaceProtocol::passwordKey(m_password, m_info.keyLength);
        auto z = IcaoCrypto::aesCbcEncrypt(kPi, m_nonce, QByteArray(16, '\0'));
        IcaoCrypto::wipe(kPi);
        if (!z)
            return status(0x6F00);
        m_step = Step::Map;
        return answer(0x80, *z);
    }
    case Step::Map: {
        if (!inner || inner->tag != 0x81)
            return status(sw::WrongData);
        auto key = PaceProtocol::randomScalar(param);
        auto pub = key ? PaceProtocol::multiply(param, *key) : Result<QByteArray>(key.error());
        auto h = key ? PaceProtocol::multiply(param, *key, inner->value) : Result<QByteArray>(key.error());
        if (!pub || !h)
            return status(sw::WrongData);
        auto mapped = PaceProtocol::mapGenerator(param, m_nonce, *h);
        if (!mapped)
            return status(sw::WrongData);
        m_mapped = *mapped;
        m_step = Step::Agree;
        return answer(0x82, *pub);
    }
    case Step::Agree: {
        if (!inner || inner->tag != 0x83)
            return status(sw::WrongData);
        auto key = PaceProtocol::randomScalar(param);
        auto pub = key ? PaceProtocol::multiply(param, *key, m_mapped) : Result<QByteArray>(key.error());
        if (!pub || *pub == inner->value)
            return status(sw::WrongData);
        m_chipEphemeralKey = *key;
        m_chipEphemeralPublic = *pub;
        m_terminalEphemeralPublic = inner->value;
        m_step = Step::Tokens;
        return answer(0x84, *pub);
    }
    case Step::Tokens: {
        const QByteArray chipKey = m_chipEphemeralKey;
        reset(); // one attempt, whatever the outcome
        if (!inner || inner->tag != 0x85)
            return status(sw::WrongData);
        auto shared = PaceProtocol::multiply(param, chipKey, m_terminalEphemeralPublic);
        if (!shared)
            return status(sw::WrongData);
        const QByteArray k = PaceProtocol::xCoordinate(*shared);
        SessionKeys keys;
        keys.cipher = SessionKeys::Cipher::Aes;
        keys.encKey = PaceProtocol::sessionKey(k, 1, m_info.keyLength);
        keys.macKey = PaceProtocol::sessionKey(k, 2, m_info.keyLength);
        keys.ssc = QByteArray(16, '\0');
        auto expected = PaceProtocol::authenticationToken(keys.macKey, m_info.protocolOid, m_chipEphemeralPublic);
        if (!expected || inner->value.size() != 8 ||
            CRYPTO_memcmp(expected->constData(), inner->value.constData(), 8) != 0)
            return status(sw::AuthenticationFailed); // wrong CAN: the keys differ
        auto token = PaceProtocol::authenticationToken(keys.macKey, m_info.protocolOid, m_terminalEphemeralPublic);
        if (!token)
            return status(0x6F00);
        *established = keys;
        return answer(0x86, *token);
    }
    case Step::Idle:
        break;
    }
    return status(sw::ConditionsNotSatisfied);
}

} // namespace motcua::cccd
