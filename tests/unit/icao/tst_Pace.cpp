#include "BacKeySeed.h"
#include "CardFixtures.h"
#include "ChipReader.h"
#include "CommandApdu.h"
#include "CscaStore.h"
#include "EmulatedCard.h"
#include "IcaoCrypto.h"
#include "LdsFile.h"
#include "LoopbackTransport.h"
#include "PaceProtocol.h"
#include "Tlv.h"

#include <QTest>

using namespace motcua;
using namespace motcua::cccd;

namespace {
QByteArray hex(const char* s)
{
    return QByteArray::fromHex(QByteArray(s));
}
const QString Oid128 = QStringLiteral("0.4.0.127.0.7.2.2.4.2.2");
} // namespace

// PACE generic mapping: ICAO 9303-11 Appendix G.1 (ECDH, brainpoolP256r1, AES-128) step by step, the CAN
// password keys of CCCD.md §3.7, and full reads of an emulated CCCD opened with the CAN only.
class TestPace : public QObject
{
    Q_OBJECT
private:
    std::optional<TestPki> m_pki;
    std::optional<CardProfile> m_profile;
    CscaStore m_store;

private slots:
    void initTestCase()
    {
        auto pki = TestPki::create(TestPki::KeyType::EcBrainpoolP256r1, TestPki::KeyType::EcBrainpoolP256r1);
        QVERIFY(pki.ok());
        m_pki = *pki;
        m_store.addCertificates(m_pki->cscaCertificatePem());
        CardFixtures::Options options;
        options.faceBytes = 12000;
        auto profile = CardFixtures::profile(CardFixtures::citizen(1), *m_pki, options);
        QVERIFY(profile.ok());
        m_profile = *profile;
    }

    void passwordKeys()
    {
        QCOMPARE(PaceProtocol::passwordKey("012345"), hex("5E5CD537047973C8F8BFDEA168324EC0"));
        QCOMPARE(PaceProtocol::passwordKey("123456"), hex("591468CDA83D65219CCCB8560233600F"));
        const BacKeySeed mrz{QStringLiteral("T22000129"), QStringLiteral("640812"), QStringLiteral("101031")};
        const QByteArray k = IcaoCrypto::sha1(mrz.mrzInformation());
        QCOMPARE(k, hex("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD"));
        QCOMPARE(PaceProtocol::passwordKey(k), hex("89DED1B26624EC1E634C1989302849DD"));
    }

    void cardAccess()
    {
        auto g1 = PaceProtocol::parseCardAccess(hex("31143012060A04007F0007020204020202010202010D"));
        QVERIFY2(g1.ok(), qPrintable(g1.error().message));
        QCOMPARE(g1->protocolOid, Oid128);
        QCOMPARE(g1->parameterId, 13);
        QCOMPARE(g1->keyLength, 16);
        // The CCCD's file: TA and CA infos first, then PACE.
        auto cccd = PaceProtocol::parseCardAccess(CardFixtures::cardAccess());
        QVERIFY(cccd.ok());
        QCOMPARE(cccd->parameterId, 13);
        // Only TA/CA, or PACE with integrated mapping: nothing usable.
        QCOMPARE(PaceProtocol::parseCardAccess(hex("310F300D060804007F00070202020201"
                                                   "01"))
                     .error()
                     .code,
                 QStringLiteral("card.not_supported"));
        QCOMPARE(PaceProtocol::parseCardAccess(hex("31143012060A04007F0007020204040202010202010D")).error().code,
                 QStringLiteral("card.not_supported"));
        QVERIFY(!PaceProtocol::parseCardAccess(hex("3114")).ok());
        QCOMPARE(PaceProtocol::curveOf(99), 0);
    }

    void appendixG1StepByStep()
    {
        const int p = 13;
        const QByteArray kPi = hex("89DED1B26624EC1E634C1989302849DD");
        auto s = IcaoCrypto::aesCbcDecrypt(kPi, hex("95A3A016522EE98D01E76CB6B98B42C3"), QByteArray(16, '\0'));
        QCOMPARE(s.value(), hex("3F00C4D39D153F2B2A214A078D899B22"));

        const QByteArray terminalMap = hex("7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99");
        const QByteArray chipMap = hex("498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560");
        auto terminalMapPublic = PaceProtocol::multiply(p, terminalMap);
        QCOMPARE(terminalMapPublic.value(), hex("04"
                                                "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                                                "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D"));
        auto chipMapPublic = PaceProtocol::multiply(p, chipMap);
        QCOMPARE(chipMapPublic.value(), hex("04"
                                            "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                                            "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54"));
        auto h = PaceProtocol::multiply(p, terminalMap, *chipMapPublic);
        QCOMPARE(h.value(), hex("04"
                                "60332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5"
                                "0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181"));
        QCOMPARE(PaceProtocol::multiply(p, chipMap, *terminalMapPublic).value(), *h);
        auto mapped = PaceProtocol::mapGenerator(p, *s, *h);
        QCOMPARE(mapped.value(), hex("04"
                                     "8CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
                                     "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522"));

        const QByteArray terminalEph = hex("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595");
        const QByteArray chipEph = hex("107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A");
        auto terminalEphPublic = PaceProtocol::multiply(p, terminalEph, *mapped);
        QCOMPARE(terminalEphPublic.value(), hex("04"
                                                "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
                                                "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462"));
        auto chipEphPublic = PaceProtocol::multiply(p, chipEph, *mapped);
        QCOMPARE(chipEphPublic.value(), hex("04"
                                            "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                                            "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094"));
        auto shared = PaceProtocol::multiply(p, terminalEph, *chipEphPublic);
        const QByteArray k = PaceProtocol::xCoordinate(shared.value());
        QCOMPARE(k, hex("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925"));
        QCOMPARE(PaceProtocol::xCoordinate(PaceProtocol::multiply(p, chipEph, *terminalEphPublic).value()), k);

        const QByteArray ksEnc = PaceProtocol::sessionKey(k, 1, 16);
        const QByteArray ksMac = PaceProtocol::sessionKey(k, 2, 16);
        QCOMPARE(ksEnc, hex("F5F0E35C0D7161EE6724EE513A0D9A7F"));
        QCOMPARE(ksMac, hex("FE251C7858B356B24514B3BD5F4297D1"));
        QCOMPARE(PaceProtocol::authenticationToken(ksMac, Oid128, *chipEphPublic).value(), hex("C2B0BD78D94BA866"));
        QCOMPARE(PaceProtocol::authenticationToken(ksMac, Oid128, *terminalEphPublic).value(), hex("3ABB9674BCE93C08"));

        // The APDUs as the appendix prints them.
        QCOMPARE(CommandApdu(0x00, 0x22, 0xC1, 0xA4, hex("800A04007F00070202040202830101")).encode(),
                 hex("0022C1A40F800A04007F00070202040202830101"));
        QCOMPARE(CommandApdu(0x10, 0x86, 0x00, 0x00, Tlv::encode(0x7C, {}), 256).encode(), hex("10860000027C0000"));
        QCOMPARE(CommandApdu(0x00, 0x86, 0x00, 0x00, Tlv::encode(0x7C, Tlv::encode(0x85, hex("C2B0BD78D94BA866"))), 256)
                     .encode(),
                 hex("008600000C7C0A8508C2B0BD78D94BA86600"));
    }

    void invalidPointsAreRefused()
    {
        QByteArray offCurve = hex("04"
                                  "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                                  "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922E");
        QVERIFY(!PaceProtocol::multiply(13, hex("01"), offCurve).ok());
        QVERIFY(!PaceProtocol::mapGenerator(13, hex("01"), hex("04")).ok());
        QVERIFY(!PaceProtocol::multiply(99, hex("01")).ok());
    }

    void fullReadWithCanOnly()
    {
        EmulatedCard card(*m_profile);
        LoopbackTransport transport(card);
        ChipReader reader(transport);
        reader.setTrustStore(&m_store);
        auto r = reader.read(AccessKey::fromCan(CardFixtures::citizen(1).can()));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(card.counters().paceSucceeded, 1);
        QCOMPARE(card.counters().bacSucceeded, 0);
        QCOMPARE(r->identity.idNumber, QStringLiteral("079188000123"));
        QCOMPARE(r->identity.fullName, QStringLiteral("Trần Thị Bích Ngọc"));
        QCOMPARE(r->identity.spouseName, QStringLiteral("Lê Văn Đức"));
        QVERIFY(r->passiveAuthentication.allPassed());
        QVERIFY(!r->identity.faceImage.isEmpty());
    }

    void wrongCanIsAccessDenied()
    {
        EmulatedCard card(*m_profile);
        LoopbackTransport transport(card);
        ChipReader reader(transport);
        auto r = reader.read(AccessKey::fromCan(QStringLiteral("000124")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("card.access.denied"));
        QCOMPARE(card.counters().paceFailed, 1);
        auto bad = reader.read(AccessKey::fromCan(QStringLiteral("12AB56")));
        QCOMPARE(bad.error().code, QStringLiteral("card.key.invalid"));
    }

    void paceSessionRecovers()
    {
        EmulatedCard card(*m_profile);
        CardFaults faults;
        faults.sessionLost = ReadTrigger{LdsFile::fidOfDataGroup(2), 3};
        card.setFaults(faults);
        LoopbackTransport transport(card);
        ChipReader reader(transport);
        reader.setTrustStore(&m_store);
        auto r = reader.read(AccessKey::fromCan(m_profile->can));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(card.counters().paceSucceeded, 2);
        QCOMPARE(r->stats.recoveries, 1);
        QVERIFY(r->passiveAuthentication.allPassed());
    }

    void cardWithoutPace()
    {
        CardProfile profile = *m_profile;
        profile.files.insert(LdsFile::CardAccess, hex("310F300D060804007F00070202020201"
                                                      "01")); // TA only
        EmulatedCard card(profile);
        LoopbackTransport transport(card);
        ChipReader reader(transport);
        auto r = reader.read(AccessKey::fromCan(profile.can));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("card.not_supported"));
    }
};

QTEST_GUILESS_MAIN(TestPace)
#include "tst_Pace.moc"
