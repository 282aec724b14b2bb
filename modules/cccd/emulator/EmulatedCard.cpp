#include "EmulatedCard.h"

#include "ActiveAuthentication.h"
#include "BacProtocol.h"
#include "IcaoCrypto.h"
#include "LdsFile.h"
#include "SecureMessaging.h"

#include <openssl/crypto.h>

namespace motcua::cccd {

namespace {

ResponseApdu status(quint16 sw)
{
    return ResponseApdu{{}, sw};
}

// The FID a short file identifier stands for (ICAO 9303-10 table 4).
quint16 fidOfSfi(int sfi)
{
    if (sfi >= 1 && sfi <= 16)
        return LdsFile::fidOfDataGroup(sfi);
    switch (sfi) {
    case 0x1C:
        return LdsFile::CardAccess;
    case 0x1D:
        return LdsFile::Sod;
    case 0x1E:
        return LdsFile::Com;
    default:
        return 0;
    }
}

bool needsTerminalAuthentication(quint16 fid)
{
    return fid == LdsFile::fidOfDataGroup(3) || fid == LdsFile::fidOfDataGroup(4);
}

} // namespace

const QByteArray EmulatedCard::Aid = QByteArray::fromHex("A0000002471001");

EmulatedCard::EmulatedCard(CardProfile profile) : m_profile(std::move(profile)) {}

EmulatedCard::~EmulatedCard() = default;

QByteArray EmulatedCard::atr() const
{
    // PC/SC part 3 contactless ATR: TS T0 TD1 TD2, historical bytes 80 73 00 00 xx (card capabilities:
    // command chaining, and extended Lc/Le when the profile allows it), TCK.
    QByteArray atr = QByteArray::fromHex("3B85800180730000");
    atr.append(static_cast<char>(m_profile.behaviour.extendedLength ? 0xC0 : 0x80));
    quint8 tck = 0;
    for (qsizetype i = 1; i < atr.size(); ++i)
        tck ^= static_cast<quint8>(atr.at(i));
    atr.append(static_cast<char>(tck));
    return atr;
}

void EmulatedCard::powerOn()
{
    resetState();
    m_powered = true;
}

void EmulatedCard::powerOff()
{
    resetState();
    m_powered = false;
}

void EmulatedCard::resetState()
{
    m_appletSelected = false;
    m_selectedFid = 0;
    m_challenge.clear();
    m_sm.reset();
    m_pace.reset();
}

void EmulatedCard::dropSession()
{
    if (m_sm)
        ++m_counters.sessionsDropped;
    m_sm.reset();
}

bool EmulatedCard::fires(const ReadTrigger& trigger, quint16 fid, int occurrence) const
{
    return trigger.isSet() && trigger.fid == fid && trigger.occurrence == occurrence;
}

QByteArray EmulatedCard::servedFile(quint16 fid) const
{
    QByteArray f = m_profile.file(fid);
    if (fid == m_faults.corruptFid && m_faults.corruptOffset >= 0 && m_faults.corruptOffset < f.size())
        f[m_faults.corruptOffset] = static_cast<char>(f[m_faults.corruptOffset] ^ 0x01);
    return f;
}

QByteArray EmulatedCard::respond(const QByteArray& command)
{
    if (m_liftedRemaining > 0) {
        --m_liftedRemaining;
        return {};
    }
    if (!m_powered)
        powerOn(); // a card answering an APDU is powered by definition
    ++m_counters.commands;
    auto parsed = CommandApdu::parse(command);
    if (!parsed)
        return status(sw::WrongLength).toBytes();
    if ((parsed->cla & 0x0C) == 0x0C)
        return protectedCommand(command);
    return plainCommand(*parsed);
}

QByteArray EmulatedCard::plainCommand(const CommandApdu& c)
{
    const bool chained = c.cla == 0x10 && c.ins == 0x86; // GENERAL AUTHENTICATE steps 1–3
    if (c.cla != 0x00 && !chained)
        return status(sw::ClaNotSupported).toBytes();
    switch (c.ins) {
    case 0xA4:
        return select(c, false).toBytes();
    case 0x84: {
        if (!m_appletSelected)
            return status(sw::ConditionsNotSatisfied).toBytes();
        if (c.le != 8 || c.p1 != 0 || c.p2 != 0)
            return status(c.le != 8 ? sw::WrongLength : sw::IncorrectP1P2).toBytes();
        dropSession(); // a new BAC run replaces any session
        m_challenge = IcaoCrypto::randomBytes(8);
        return ResponseApdu{m_challenge, sw::Ok}.toBytes();
    }
    case 0x82:
        return externalAuthenticate(c).toBytes();
    case 0x22:
        dropSession();
        return m_pace.setAuthenticationTemplate(c, m_profile).toBytes();
    case 0x86: {
        std::optional<SessionKeys> keys;
        const ResponseApdu r = m_pace.generalAuthenticate(c, &keys);
        if (keys) {
            m_sm = std::make_unique<SecureMessaging>(*keys);
            m_selectedFid = 0;
            ++m_counters.paceSucceeded;
        } else if (r.sw == sw::AuthenticationFailed) {
            ++m_counters.paceFailed;
        }
        return r.toBytes();
    }
    case 0xB0:
    case 0xB1: {
        if (m_sm) {
            // A plain command inside a secure session ends it (ICAO 9303-11 §9.8).
            dropSession();
            return status(sw::SmObjectsIncorrect).toBytes();
        }
        if (m_selectedFid == LdsFile::CardAccess && c.ins == 0xB0)
            return readBinary(c).toBytes();
        return status(sw::SecurityNotSatisfied).toBytes();
    }
    case 0x88:
        return status(m_sm ? sw::SmObjectsIncorrect : sw::SecurityNotSatisfied).toBytes();
    default:
        return status(sw::InsNotSupported).toBytes();
    }
}

ResponseApdu EmulatedCard::select(const CommandApdu& c, bool secure)
{
    if (c.p1 == 0x04) {
        if (c.data != Aid)
            return status(sw::FileNotFound);
        if (!secure) {
            dropSession(); // selecting the application starts afresh
            m_challenge.clear();
        }
        m_appletSelected = true;
        m_selectedFid = 0;
        return status(sw::Ok);
    }
    if ((c.p1 == 0x00 && (c.data.isEmpty() || c.data == QByteArray::fromHex("3F00"))))
        return status(m_profile.behaviour.selectMasterFileStatus);
    if ((c.p1 == 0x02 || c.p1 == 0x00) && c.data.size() == 2) {
        const quint16 fid =
            static_cast<quint16>((static_cast<quint8>(c.data[0]) << 8) | static_cast<quint8>(c.data[1]));
        if (!secure && fid != LdsFile::CardAccess) {
            if (m_sm) {
                dropSession();
                return status(sw::SmObjectsIncorrect);
            }
            return status(sw::SecurityNotSatisfied);
        }
        if (!m_profile.files.contains(fid))
            return status(sw::FileNotFound);
        m_selectedFid = fid;
        return status(sw::Ok);
    }
    return status(sw::IncorrectP1P2);
}

ResponseApdu EmulatedCard::externalAuthenticate(const CommandApdu& c)
{
    if (!m_appletSelected || m_challenge.size() != 8)
        return status(sw::ConditionsNotSatisfied);
    if (c.data.size() != 40)
        return status(sw::WrongLength);
    const QByteArray rndIc = m_challenge;
    m_challenge.clear(); // one attempt per challenge
    const BacProtocol::Keys keys = BacProtocol::deriveKeys(m_profile.bacKeySeed());
    const QByteArray eIfd = c.data.left(32);
    auto mac = IcaoCrypto::retailMac(keys.macKey, eIfd);
    if (!mac || CRYPTO_memcmp(mac->constData(), c.data.constData() + 32, 8) != 0) {
        ++m_counters.bacFailed;
        return status(m_profile.behaviour.wrongKeyStatus);
    }
    auto s = IcaoCrypto::tdesCbcDecrypt(keys.encKey, eIfd);
    if (!s || s->mid(8, 8) != rndIc) {
        ++m_counters.bacFailed;
        return status(m_profile.behaviour.wrongKeyStatus);
    }
    const QByteArray rndIfd = s->left(8);
    const QByteArray kIfd = s->mid(16, 16);
    const QByteArray kIc = IcaoCrypto::randomBytes(16);
    auto eIc = IcaoCrypto::tdesCbcEncrypt(keys.encKey, rndIc + rndIfd + kIc);
    if (!eIc)
        return status(0x6F00);
    auto mIc = IcaoCrypto::retailMac(keys.macKey, *eIc);
    if (!mIc)
        return status(0x6F00);
    m_sm = std::make_unique<SecureMessaging>(BacProtocol::sessionKeys(kIfd, kIc, rndIc, rndIfd));
    m_selectedFid = 0;
    ++m_counters.bacSucceeded;
    return ResponseApdu{*eIc + *mIc, sw::Ok};
}

QByteArray EmulatedCard::protectedCommand(const QByteArray& raw)
{
    if (!m_sm)
        return status(sw::SmObjectsIncorrect).toBytes();
    ++m_counters.protectedCommands;
    auto outer = CommandApdu::parse(raw);
    if (outer && outer->extended && !m_profile.behaviour.extendedLength) {
        // The chip cannot even parse the APDU: a bare error, and the session is gone with it.
        dropSession();
        return status(sw::WrongLength).toBytes();
    }
    quint16 failure = sw::SmObjectsIncorrect;
    auto c = m_sm->unprotectCommand(raw, &failure);
    if (!c) {
        dropSession();
        return status(failure).toBytes();
    }

    bool badMac = false;
    if (c->ins == 0xB0) {
        const quint16 fid = (c->p1 & 0x80) ? fidOfSfi(c->p1 & 0x1F) : m_selectedFid;
        const int occurrence = ++m_readsPerFile[fid];
        if (fires(m_faults.lift, fid, occurrence)) {
            resetState();
            m_powered = false;
            m_liftedRemaining = std::max(0, m_faults.liftedForCommands);
            return {};
        }
        if (fires(m_faults.sessionLost, fid, occurrence)) {
            dropSession();
            return status(sw::SmObjectsIncorrect).toBytes();
        }
        badMac = fires(m_faults.badMac, fid, occurrence);
    }

    ResponseApdu plain;
    switch (c->ins) {
    case 0xA4:
        plain = select(*c, true);
        break;
    case 0xB0:
        plain = readBinary(*c);
        break;
    case 0x88:
        plain = internalAuthenticate(*c);
        break;
    case 0x84:
        plain = c->le == 8 ? ResponseApdu{IcaoCrypto::randomBytes(8), sw::Ok} : status(sw::WrongLength);
        break;
    default:
        plain = status(sw::InsNotSupported);
        break;
    }
    const bool isError = plain.sw != sw::Ok && plain.sw != sw::EndOfFileWarning;
    if (isError && !m_profile.behaviour.protectErrors)
        return status(plain.sw).toBytes();
    auto wrapped = m_sm->protectResponse(plain);
    if (!wrapped)
        return status(0x6F00).toBytes();
    QByteArray out = *wrapped;
    if (badMac) // flip a bit of the MAC (the last byte of DO8E sits just before SW1 SW2)
        out[out.size() - 3] = static_cast<char>(out[out.size() - 3] ^ 0x01);
    return out;
}

ResponseApdu EmulatedCard::readBinary(const CommandApdu& c)
{
    quint16 fid = m_selectedFid;
    int offset = 0;
    if (c.p1 & 0x80) {
        fid = fidOfSfi(c.p1 & 0x1F);
        offset = c.p2;
        if (!m_profile.files.contains(fid))
            return status(sw::FileNotFound);
        m_selectedFid = fid;
    } else {
        offset = ((c.p1 & 0x7F) << 8) | c.p2;
    }
    if (fid == 0)
        return status(0x6986); // no current EF
    if (needsTerminalAuthentication(fid))
        return status(sw::SecurityNotSatisfied);
    if (c.le == CommandApdu::NoLe)
        return status(sw::WrongLength);
    ++m_counters.readBinaries;
    int le = c.le;
    const CardBehaviour& b = m_profile.behaviour;
    if (le > b.maxReadLength) {
        switch (b.onLargeLe) {
        case CardBehaviour::LargeLe::WrongLength:
            return status(sw::WrongLength);
        case CardBehaviour::LargeLe::WrongParameters:
            return status(sw::WrongParameters);
        case CardBehaviour::LargeLe::ExactLength:
            return status(static_cast<quint16>(0x6C00 | (b.maxReadLength & 0xFF)));
        case CardBehaviour::LargeLe::Truncate:
            le = b.maxReadLength;
            break;
        }
    }
    const QByteArray file = servedFile(fid);
    if (offset >= file.size())
        return status(sw::WrongParameters);
    const QByteArray chunk = file.mid(offset, le);
    m_counters.largestLeServed = std::max(m_counters.largestLeServed, static_cast<int>(chunk.size()));
    m_counters.bytesServed += chunk.size();
    const bool shortRead = chunk.size() < c.le;
    return ResponseApdu{chunk, (shortRead && b.endOfFileWarning) ? sw::EndOfFileWarning : sw::Ok};
}

ResponseApdu EmulatedCard::internalAuthenticate(const CommandApdu& c)
{
    if (m_profile.activeAuthenticationKeyPem.isEmpty())
        return status(sw::InsNotSupported);
    if (c.data.size() != 8)
        return status(sw::WrongData);
    auto signature = ActiveAuthentication::sign(m_profile.activeAuthenticationKeyPem, c.data);
    if (!signature)
        return status(0x6F00);
    return ResponseApdu{*signature, sw::Ok};
}

} // namespace motcua::cccd
