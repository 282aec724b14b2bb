#include "BacProtocol.h"

#include "ApduTransport.h"
#include "CardErrors.h"
#include "CommandApdu.h"
#include "IcaoCrypto.h"
#include "ResponseApdu.h"

#include <openssl/crypto.h>

namespace motcua::cccd {

BacProtocol::Keys BacProtocol::deriveKeys(const QByteArray& keySeed)
{
    return Keys{IcaoCrypto::deriveKey(keySeed, 1), IcaoCrypto::deriveKey(keySeed, 2)};
}

Result<QByteArray> BacProtocol::authenticationData(const Keys& keys, const QByteArray& rndIfd, const QByteArray& rndIc,
                                                   const QByteArray& kIfd)
{
    if (rndIfd.size() != 8 || rndIc.size() != 8 || kIfd.size() != 16)
        return cardError(errc::Crypto, QStringLiteral("BAC: wrong nonce or key length"));
    auto eIfd = IcaoCrypto::tdesCbcEncrypt(keys.encKey, rndIfd + rndIc + kIfd);
    if (!eIfd)
        return eIfd;
    auto mIfd = IcaoCrypto::retailMac(keys.macKey, *eIfd);
    if (!mIfd)
        return mIfd;
    return *eIfd + *mIfd;
}

Result<SessionKeys> BacProtocol::completeAuthentication(const Keys& keys, const QByteArray& rndIfd,
                                                        const QByteArray& rndIc, const QByteArray& kIfd,
                                                        const QByteArray& chipResponse)
{
    if (chipResponse.size() != 40)
        return cardError(errc::AuthResponse,
                         QStringLiteral("BAC: chip answer of %1 bytes, expected 40").arg(chipResponse.size()));
    const QByteArray eIc = chipResponse.left(32);
    auto mIc = IcaoCrypto::retailMac(keys.macKey, eIc);
    if (!mIc)
        return mIc.error();
    if (CRYPTO_memcmp(mIc->constData(), chipResponse.constData() + 32, 8) != 0)
        return cardError(errc::AuthResponse, QStringLiteral("BAC: chip MAC does not verify"));
    auto r = IcaoCrypto::tdesCbcDecrypt(keys.encKey, eIc);
    if (!r)
        return r.error();
    if (r->left(8) != rndIc || r->mid(8, 8) != rndIfd)
        return cardError(errc::AuthResponse, QStringLiteral("BAC: chip did not return our nonces"));
    QByteArray kIc = r->mid(16, 16);
    SessionKeys s = sessionKeys(kIfd, kIc, rndIc, rndIfd);
    IcaoCrypto::wipe(kIc);
    return s;
}

SessionKeys BacProtocol::sessionKeys(const QByteArray& kIfd, const QByteArray& kIc, const QByteArray& rndIc,
                                     const QByteArray& rndIfd)
{
    QByteArray seed(16, '\0');
    for (int i = 0; i < 16; ++i)
        seed[i] = static_cast<char>(kIfd[i] ^ kIc[i]);
    SessionKeys s;
    s.cipher = SessionKeys::Cipher::Tdes;
    s.encKey = IcaoCrypto::deriveKey(seed, 1);
    s.macKey = IcaoCrypto::deriveKey(seed, 2);
    s.ssc = rndIc.mid(4, 4) + rndIfd.mid(4, 4);
    IcaoCrypto::wipe(seed);
    return s;
}

Result<SessionKeys> BacProtocol::authenticate(ApduTransport& transport, const BacKeySeed& seed)
{
    if (!seed.isValid())
        return cardError(errc::AccessKeyInvalid, QStringLiteral("BAC: incomplete MRZ key"));
    auto challenge = transport.transmit(CommandApdu(0x00, 0x84, 0x00, 0x00, {}, 8).encode());
    if (!challenge)
        return challenge.error();
    const ResponseApdu c = ResponseApdu::fromBytes(*challenge);
    if (!c.isSuccess() || c.data.size() != 8)
        return cardError(errc::Status, QStringLiteral("GET CHALLENGE answered %1 with %2 bytes")
                                           .arg(c.sw, 4, 16, QLatin1Char('0'))
                                           .arg(c.data.size()));
    Keys keys = deriveKeys(seed);
    const QByteArray rndIfd = IcaoCrypto::randomBytes(8);
    QByteArray kIfd = IcaoCrypto::randomBytes(16);
    auto data = authenticationData(keys, rndIfd, c.data, kIfd);
    if (!data)
        return data.error();
    auto answer = transport.transmit(CommandApdu(0x00, 0x82, 0x00, 0x00, *data, 40).encode());
    if (!answer)
        return answer.error();
    const ResponseApdu a = ResponseApdu::fromBytes(*answer);
    if (a.sw == sw::AuthenticationFailed || a.sw == sw::SecurityNotSatisfied || (a.sw & 0xFFF0) == 0x63C0)
        return cardError(
            errc::AccessDenied,
            QStringLiteral("EXTERNAL AUTHENTICATE refused (%1): wrong MRZ data?").arg(a.sw, 4, 16, QLatin1Char('0')));
    if (!a.isSuccess())
        return cardError(errc::Status,
                         QStringLiteral("EXTERNAL AUTHENTICATE answered %1").arg(a.sw, 4, 16, QLatin1Char('0')));
    auto session = completeAuthentication(keys, rndIfd, c.data, kIfd, a.data);
    IcaoCrypto::wipe(kIfd);
    IcaoCrypto::wipe(keys.encKey);
    IcaoCrypto::wipe(keys.macKey);
    return session;
}

} // namespace motcua::cccd
