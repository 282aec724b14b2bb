#include "SecureMessaging.h"

#include "CardErrors.h"
#include "IcaoCrypto.h"
#include "Tlv.h"

#include <openssl/crypto.h>

namespace motcua::cccd {

namespace {

constexpr int MacLength = 8;

Error malformed(const QString& what)
{
    return cardError(errc::SmMalformed, what);
}

} // namespace

SecureMessaging::SecureMessaging(SessionKeys keys) : m_keys(std::move(keys)) {}

SecureMessaging::~SecureMessaging()
{
    IcaoCrypto::wipe(m_keys.encKey);
    IcaoCrypto::wipe(m_keys.macKey);
}

void SecureMessaging::incrementSsc()
{
    for (qsizetype i = m_keys.ssc.size() - 1; i >= 0; --i) {
        auto b = static_cast<quint8>(m_keys.ssc[i]);
        ++b;
        m_keys.ssc[i] = static_cast<char>(b);
        if (b != 0)
            break;
    }
}

Result<QByteArray> SecureMessaging::encrypt(const QByteArray& plain)
{
    const QByteArray padded = IcaoCrypto::pad(plain, m_keys.blockSize());
    if (m_keys.cipher == SessionKeys::Cipher::Tdes)
        return IcaoCrypto::tdesCbcEncrypt(m_keys.encKey, padded);
    auto iv = IcaoCrypto::aesEcbEncrypt(m_keys.encKey, m_keys.ssc);
    if (!iv)
        return iv;
    return IcaoCrypto::aesCbcEncrypt(m_keys.encKey, padded, *iv);
}

Result<QByteArray> SecureMessaging::decrypt(const QByteArray& cipherText)
{
    if (cipherText.isEmpty() || cipherText.size() % m_keys.blockSize() != 0)
        return malformed(QStringLiteral("encrypted data not a whole number of blocks"));
    Result<QByteArray> plain = QByteArray();
    if (m_keys.cipher == SessionKeys::Cipher::Tdes) {
        plain = IcaoCrypto::tdesCbcDecrypt(m_keys.encKey, cipherText);
    } else {
        auto iv = IcaoCrypto::aesEcbEncrypt(m_keys.encKey, m_keys.ssc);
        if (!iv)
            return iv;
        plain = IcaoCrypto::aesCbcDecrypt(m_keys.encKey, cipherText, *iv);
    }
    if (!plain)
        return plain;
    return IcaoCrypto::unpad(*plain);
}

Result<QByteArray> SecureMessaging::mac(const QByteArray& message)
{
    // `message` = SSC ‖ … ; padding is part of the MAC algorithm for 3DES and explicit for AES-CMAC.
    if (m_keys.cipher == SessionKeys::Cipher::Tdes)
        return IcaoCrypto::retailMac(m_keys.macKey, message);
    auto full = IcaoCrypto::aesCmac(m_keys.macKey, IcaoCrypto::pad(message, 16));
    if (!full)
        return full;
    return full->left(MacLength);
}

QByteArray SecureMessaging::encodeDo87(const QByteArray& cryptogram) const
{
    return Tlv::encode(0x87, QByteArray(1, '\x01') + cryptogram);
}

QByteArray SecureMessaging::paddedHeader(quint8 cla, quint8 ins, quint8 p1, quint8 p2) const
{
    QByteArray header;
    header.append(static_cast<char>(cla));
    header.append(static_cast<char>(ins));
    header.append(static_cast<char>(p1));
    header.append(static_cast<char>(p2));
    return IcaoCrypto::pad(header, m_keys.blockSize());
}

Result<QByteArray> SecureMessaging::protectCommand(const CommandApdu& plain)
{
    if (plain.ins & 0x01)
        return cardError(errc::NotSupported, QStringLiteral("odd INS under secure messaging is not implemented"));
    incrementSsc();
    const quint8 cla = plain.cla | 0x0C;
    QByteArray dos;
    if (!plain.data.isEmpty()) {
        auto enc = encrypt(plain.data);
        if (!enc)
            return enc;
        dos += encodeDo87(*enc);
    }
    const bool extendedLe = plain.le > 256;
    if (plain.le != CommandApdu::NoLe) {
        QByteArray le;
        if (extendedLe) {
            const int v = plain.le >= 65536 ? 0 : plain.le;
            le.append(static_cast<char>(v >> 8));
            le.append(static_cast<char>(v & 0xFF));
        } else {
            le.append(static_cast<char>(plain.le >= 256 ? 0 : plain.le));
        }
        dos += Tlv::encode(0x97, le);
    }
    auto cc = mac(m_keys.ssc + paddedHeader(cla, plain.ins, plain.p1, plain.p2) + dos);
    if (!cc)
        return cc;
    dos += Tlv::encode(0x8E, *cc);

    CommandApdu outer(cla, plain.ins, plain.p1, plain.p2, dos, extendedLe || plain.forceExtended ? 65536 : 256);
    outer.forceExtended = extendedLe || plain.forceExtended || dos.size() > 255;
    return outer.encode();
}

Result<ResponseApdu> SecureMessaging::unprotectResponse(const QByteArray& response, bool* authenticated)
{
    if (authenticated)
        *authenticated = false;
    if (response.size() < 2)
        return malformed(QStringLiteral("response shorter than a status word"));
    const ResponseApdu outer = ResponseApdu::fromBytes(response);
    if (outer.data.isEmpty()) {
        // Only a status word: errors from the SM layer or an unprotected error. Never a success.
        if (outer.sw == sw::SmObjectsMissing || outer.sw == sw::SmObjectsIncorrect)
            return cardError(
                errc::SmSessionLost,
                QStringLiteral("card dropped the secure session (%1)").arg(outer.sw, 4, 16, QLatin1Char('0')));
        if (outer.sw == sw::Ok || (outer.sw & 0xFF00) == 0x6100 || outer.sw == sw::EndOfFileWarning)
            return malformed(QStringLiteral("unprotected success status under secure messaging"));
        return outer; // unauthenticated error status
    }

    auto parsed = Tlv::parseAll(outer.data);
    if (!parsed)
        return malformed(QStringLiteral("protected response: %1").arg(parsed.error().message));
    const QList<TlvElement>& dos = *parsed;
    if (dos.isEmpty() || dos.last().tag != 0x8E)
        return cardError(errc::SmMac, QStringLiteral("protected response without a final DO8E"));
    const TlvElement& do8e = dos.last();
    if (do8e.value.size() != MacLength)
        return cardError(errc::SmMac, QStringLiteral("DO8E of %1 bytes").arg(do8e.value.size()));
    QByteArray macInput;
    std::optional<TlvElement> do87;
    std::optional<TlvElement> do99;
    for (int i = 0; i + 1 < dos.size(); ++i) {
        const TlvElement& e = dos[i];
        if (e.tag == 0x87 && !do87)
            do87 = e;
        else if (e.tag == 0x99 && !do99)
            do99 = e;
        else
            return malformed(QStringLiteral("unexpected data object %1 in response").arg(e.tag, 0, 16));
        macInput += e.raw;
    }

    incrementSsc();
    auto expected = mac(m_keys.ssc + macInput);
    if (!expected)
        return expected.error();
    if (CRYPTO_memcmp(expected->constData(), do8e.value.constData(), MacLength) != 0)
        return cardError(errc::SmMac, QStringLiteral("response MAC does not verify"));

    // From here on the content is authenticated.
    if (!do99 || do99->value.size() != 2)
        return malformed(QStringLiteral("protected response without a valid DO99"));
    ResponseApdu plain;
    plain.sw = static_cast<quint16>((static_cast<quint8>(do99->value[0]) << 8) | static_cast<quint8>(do99->value[1]));
    if (do87) {
        if (do87->value.size() < 2 || do87->value.at(0) != '\x01')
            return malformed(QStringLiteral("DO87 without padding indicator 01"));
        auto data = decrypt(do87->value.mid(1));
        if (!data)
            return data.error();
        plain.data = *data;
    }
    if (authenticated)
        *authenticated = true;
    return plain;
}

Result<CommandApdu> SecureMessaging::unprotectCommand(const QByteArray& command, quint16* failureSw)
{
    const auto fail = [failureSw](quint16 status, const QString& why) -> Result<CommandApdu> {
        if (failureSw)
            *failureSw = status;
        return cardError(status == sw::SmObjectsMissing ? errc::SmMalformed : errc::SmMac, why);
    };
    auto outer = CommandApdu::parse(command);
    if (!outer)
        return fail(sw::SmObjectsMissing, outer.error().message);
    if ((outer->cla & 0x0C) != 0x0C)
        return fail(sw::SmObjectsMissing, QStringLiteral("command not protected"));
    auto parsed = Tlv::parseAll(outer->data);
    if (!parsed)
        return fail(sw::SmObjectsIncorrect, QStringLiteral("protected command TLVs malformed"));
    const QList<TlvElement>& dos = *parsed;
    if (dos.isEmpty() || dos.last().tag != 0x8E || dos.last().value.size() != MacLength)
        return fail(sw::SmObjectsMissing, QStringLiteral("protected command without DO8E"));
    QByteArray macInput;
    std::optional<TlvElement> do87;
    std::optional<TlvElement> do97;
    for (int i = 0; i + 1 < dos.size(); ++i) {
        const TlvElement& e = dos[i];
        if (e.tag == 0x87 && !do87)
            do87 = e;
        else if (e.tag == 0x97 && !do97)
            do97 = e;
        else
            return fail(sw::SmObjectsIncorrect, QStringLiteral("unexpected data object in command"));
        macInput += e.raw;
    }
    incrementSsc();
    auto expected = mac(m_keys.ssc + paddedHeader(outer->cla, outer->ins, outer->p1, outer->p2) + macInput);
    if (!expected)
        return fail(sw::SmObjectsIncorrect, expected.error().message);
    if (CRYPTO_memcmp(expected->constData(), dos.last().value.constData(), MacLength) != 0)
        return fail(sw::SmObjectsIncorrect, QStringLiteral("command MAC does not verify"));

    CommandApdu plain(static_cast<quint8>(outer->cla & ~0x0C), outer->ins, outer->p1, outer->p2);
    plain.extended = outer->extended;
    if (do87) {
        if (do87->value.size() < 2 || do87->value.at(0) != '\x01')
            return fail(sw::SmObjectsIncorrect, QStringLiteral("DO87 without padding indicator"));
        auto data = decrypt(do87->value.mid(1));
        if (!data)
            return fail(sw::SmObjectsIncorrect, data.error().message);
        plain.data = *data;
    }
    if (do97) {
        const QByteArray& v = do97->value;
        if (v.size() == 1) {
            plain.le = static_cast<quint8>(v[0]) == 0 ? 256 : static_cast<quint8>(v[0]);
        } else if (v.size() == 2) {
            const int le = (static_cast<quint8>(v[0]) << 8) | static_cast<quint8>(v[1]);
            plain.le = le == 0 ? 65536 : le;
        } else {
            return fail(sw::SmObjectsIncorrect, QStringLiteral("DO97 of bad length"));
        }
    }
    return plain;
}

Result<QByteArray> SecureMessaging::protectResponse(const ResponseApdu& plain)
{
    incrementSsc();
    QByteArray dos;
    if (!plain.data.isEmpty()) {
        auto enc = encrypt(plain.data);
        if (!enc)
            return enc;
        dos += encodeDo87(*enc);
    }
    QByteArray status;
    status.append(static_cast<char>(plain.sw >> 8));
    status.append(static_cast<char>(plain.sw & 0xFF));
    dos += Tlv::encode(0x99, status);
    auto cc = mac(m_keys.ssc + dos);
    if (!cc)
        return cc;
    dos += Tlv::encode(0x8E, *cc);
    dos.append(static_cast<char>(0x90));
    dos.append('\0');
    return dos;
}

} // namespace motcua::cccd
