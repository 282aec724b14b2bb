#include "BacProtocol.h"
#include "CardFixtures.h"
#include "EmulatedCard.h"
#include "LdsFile.h"
#include "LoopbackTransport.h"
#include "SecureMessaging.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua::cccd;

namespace {
QByteArray hex(const char* s)
{
    return QByteArray::fromHex(QByteArray(s));
}

quint16 swOf(const QByteArray& response)
{
    return ResponseApdu::fromBytes(response).sw;
}

const QByteArray SelectApplet = hex("00A4040C07A0000002471001");
} // namespace

// The emulated CCCD answers as CCCD.md describes the real chip: status words before, during and after
// BAC, reads under secure messaging with offsets and SFI, the Le behaviours, and card snapshots on disk.
class TestEmulatedCard : public QObject
{
    Q_OBJECT
private:
    std::optional<TestPki> m_pki;
    std::optional<CardProfile> m_profile;

    // Opens a BAC session on `card` and returns the terminal's secure messaging.
    std::unique_ptr<SecureMessaging> authenticate(EmulatedCard& card)
    {
        LoopbackTransport transport(card);
        return authenticate(transport);
    }
    std::unique_ptr<SecureMessaging> authenticate(LoopbackTransport& transport)
    {
        if (swOf(transport.transmit(SelectApplet).value()) != 0x9000)
            return nullptr;
        auto keys = BacProtocol::authenticate(transport, m_profile->bacKeySeed());
        if (!keys)
            return nullptr;
        return std::make_unique<SecureMessaging>(*keys);
    }

    ResponseApdu secure(EmulatedCard& card, SecureMessaging& sm, const CommandApdu& c)
    {
        auto wire = sm.protectCommand(c);
        auto r = sm.unprotectResponse(card.respond(wire.value()));
        return r ? *r : ResponseApdu{{}, 0xFFFF};
    }

private slots:
    void initTestCase()
    {
        auto pki = TestPki::create(TestPki::KeyType::EcP256, TestPki::KeyType::EcP256);
        QVERIFY(pki.ok());
        m_pki = *pki;
        auto profile = CardFixtures::profile(CardFixtures::citizen(0), *m_pki);
        QVERIFY2(profile.ok(), qPrintable(profile.error().message));
        m_profile = *profile;
    }

    void statusWordsWithoutSession()
    {
        EmulatedCard card(*m_profile);
        card.powerOn();
        QCOMPARE(card.atr().left(4), hex("3B858001"));
        QCOMPARE(swOf(card.respond(hex("00A4040C07A0000002471002"))), quint16(0x6A82)); // another AID
        QCOMPARE(swOf(card.respond(hex("00A4000C023F00"))), quint16(0x6D00));           // SELECT MF
        QCOMPARE(swOf(card.respond(hex("0084000008"))), quint16(0x6985));               // no applet yet
        QCOMPARE(swOf(card.respond(SelectApplet)), quint16(0x9000));
        QCOMPARE(swOf(card.respond(hex("00A4020C02011E"))), quint16(0x6982)); // EF.COM before BAC
        QCOMPARE(swOf(card.respond(hex("00B0000004"))), quint16(0x6982));     // READ before BAC
        // EF.CardAccess is readable without access control.
        QCOMPARE(swOf(card.respond(hex("00A4020C02011C"))), quint16(0x9000));
        const QByteArray cardAccess = card.respond(hex("00B0000036"));
        QCOMPARE(swOf(cardAccess), quint16(0x9000));
        QCOMPARE(cardAccess.left(54), CardFixtures::cardAccess());
    }

    void wrongMrzKeysAreRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("63 00") << 0x6300;
        QTest::newRow("69 82") << 0x6982;
    }
    void wrongMrzKeysAreRefused()
    {
        QFETCH(int, status);
        CardProfile profile = *m_profile;
        profile.behaviour.wrongKeyStatus = static_cast<quint16>(status);
        EmulatedCard card(profile);
        LoopbackTransport transport(card);
        QVERIFY(transport.transmit(SelectApplet).ok());
        // CCCD pitfall: the FIRST 9 digits of the ID as document number.
        BacKeySeed wrong = m_profile->bacKeySeed();
        wrong.documentNumber = QStringLiteral("001095012");
        auto keys = BacProtocol::authenticate(transport, wrong);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().code, QStringLiteral("card.access.denied"));
        QCOMPARE(card.counters().bacFailed, 1);
        QVERIFY(!card.hasSession());
    }

    void readsUnderSecureMessaging()
    {
        EmulatedCard card(*m_profile);
        auto sm = authenticate(card);
        QVERIFY(sm);
        QCOMPARE(card.counters().bacSucceeded, 1);
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E"))).sw, quint16(0x9000));
        auto head = secure(card, *sm, CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4));
        QCOMPARE(head.sw, quint16(0x9000));
        QCOMPARE(head.data, m_profile->file(LdsFile::Com).left(4));
        auto rest = secure(card, *sm, CommandApdu(0x00, 0xB0, 0x00, 0x04, {}, 200));
        QCOMPARE(rest.data, m_profile->file(LdsFile::Com).mid(4)); // fewer bytes than asked at the end
        // SFI read of DG1 (P1 = 80 | 01), then a file that is not there, then DG3 (EAC only).
        auto dg1 = secure(card, *sm, CommandApdu(0x00, 0xB0, 0x81, 0x00, {}, 0xDF));
        QCOMPARE(dg1.data, m_profile->file(LdsFile::fidOfDataGroup(1)));
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("010B"))).sw, quint16(0x6A82));
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("0103"))).sw, quint16(0x9000));
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4)).sw, quint16(0x6982));
        // Offset past the end.
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E"))).sw, quint16(0x9000));
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xB0, 0x10, 0x00, {}, 4)).sw, quint16(0x6B00));
        QVERIFY(card.hasSession());
    }

    void plainCommandInsideSessionDropsIt()
    {
        EmulatedCard card(*m_profile);
        auto sm = authenticate(card);
        QVERIFY(sm);
        QCOMPARE(swOf(card.respond(hex("00B0000004"))), quint16(0x6988));
        QVERIFY(!card.hasSession());
        QCOMPARE(card.counters().sessionsDropped, 1);
        // The next protected command finds no session.
        auto wire = sm->protectCommand(CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E")));
        QCOMPARE(swOf(card.respond(*wire)), quint16(0x6988));
    }

    void badCommandMacIsRefused()
    {
        EmulatedCard card(*m_profile);
        auto sm = authenticate(card);
        QVERIFY(sm);
        QByteArray wire = sm->protectCommand(CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E"))).value();
        wire[wire.size() - 2] = static_cast<char>(wire[wire.size() - 2] ^ 0x10);
        QCOMPARE(swOf(card.respond(wire)), quint16(0x6988));
        QVERIFY(!card.hasSession());
    }

    void largeLeBehaviours_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<int>("expectedSw");
        QTest::addColumn<int>("expectedBytes");
        QTest::newRow("truncate") << int(CardBehaviour::LargeLe::Truncate) << 0x9000 << 0x80;
        QTest::newRow("67 00") << int(CardBehaviour::LargeLe::WrongLength) << 0x6700 << 0;
        QTest::newRow("6B 00") << int(CardBehaviour::LargeLe::WrongParameters) << 0x6B00 << 0;
        QTest::newRow("6C xx") << int(CardBehaviour::LargeLe::ExactLength) << 0x6C80 << 0;
    }
    void largeLeBehaviours()
    {
        QFETCH(int, behaviour);
        QFETCH(int, expectedSw);
        QFETCH(int, expectedBytes);
        CardProfile profile = *m_profile;
        profile.behaviour.maxReadLength = 0x80;
        profile.behaviour.onLargeLe = CardBehaviour::LargeLe(behaviour);
        EmulatedCard card(profile);
        auto sm = authenticate(card);
        QVERIFY(sm);
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("0102"))).sw, quint16(0x9000));
        auto r = secure(card, *sm, CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 0xDF));
        QCOMPARE(int(r.sw), expectedSw);
        QCOMPARE(int(r.data.size()), expectedBytes);
        // Within the limit every behaviour serves the bytes.
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 0x80)).data.size(), 0x80);
    }

    void extendedLength()
    {
        CardProfile profile = *m_profile;
        EmulatedCard plainCard(profile);
        auto sm = authenticate(plainCard);
        QVERIFY(sm);
        QCOMPARE(secure(plainCard, *sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("0102"))).sw, quint16(0x9000));
        // Without extended-length support the chip cannot parse the APDU: a bare 67 00.
        auto wire = sm->protectCommand(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 1024));
        QCOMPARE(plainCard.respond(*wire), hex("6700"));

        profile.behaviour.extendedLength = true;
        profile.behaviour.maxReadLength = 4096;
        EmulatedCard extCard(profile);
        QCOMPARE(static_cast<quint8>(extCard.atr().at(8)), quint8(0xC0)); // capability advertised
        auto sm2 = authenticate(extCard);
        QCOMPARE(secure(extCard, *sm2, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("0102"))).sw, quint16(0x9000));
        auto big = secure(extCard, *sm2, CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 1024));
        QCOMPARE(big.sw, quint16(0x9000));
        QCOMPARE(big.data, profile.file(LdsFile::fidOfDataGroup(2)).left(1024));
    }

    void liftedCardGivesNoAnswerThenComesBack()
    {
        EmulatedCard card(*m_profile);
        CardFaults faults;
        faults.lift = ReadTrigger{LdsFile::Com, 1};
        faults.liftedForCommands = 2;
        card.setFaults(faults);
        LoopbackTransport transport(card);
        auto sm = authenticate(transport);
        QVERIFY(sm);
        QCOMPARE(secure(card, *sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E"))).sw, quint16(0x9000));
        auto wire = sm->protectCommand(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4));
        auto r1 = transport.transmit(*wire);
        QVERIFY(!r1.ok());
        QCOMPARE(r1.error().code, QStringLiteral("card.transport"));
        QVERIFY(!transport.transmit(SelectApplet).ok());
        QVERIFY(!transport.transmit(SelectApplet).ok());
        // Back on the reader: powered afresh, no session.
        QCOMPARE(swOf(transport.transmit(SelectApplet).value()), quint16(0x9000));
        QVERIFY(!card.hasSession());
    }

    void profileSnapshotsRoundTrip()
    {
        CardProfile profile = *m_profile;
        profile.behaviour.onLargeLe = CardBehaviour::LargeLe::ExactLength;
        profile.behaviour.maxReadLength = 0x70;
        profile.behaviour.wrongKeyStatus = 0x6982;
        QTemporaryDir dir;
        QVERIFY(profile.saveToFolder(dir.filePath("card")).ok());
        auto folder = CardProfile::load(dir.filePath("card"));
        QVERIFY2(folder.ok(), qPrintable(folder.error().message));
        QCOMPARE(folder->files, profile.files);
        QCOMPARE(folder->mrzLines, profile.mrzLines);
        QCOMPARE(folder->can, QStringLiteral("012345"));
        QCOMPARE(folder->behaviour.maxReadLength, 0x70);
        QCOMPARE(folder->behaviour.onLargeLe, CardBehaviour::LargeLe::ExactLength);
        QCOMPARE(folder->behaviour.wrongKeyStatus, quint16(0x6982));
        QVERIFY(QFile::exists(dir.filePath("card/DG13.bin")));
        QVERIFY(QFile::exists(dir.filePath("card/EF.SOD.bin")));

        QVERIFY(profile.saveJson(dir.filePath("card.json")).ok());
        auto json = CardProfile::load(dir.filePath("card.json"));
        QVERIFY2(json.ok(), qPrintable(json.error().message));
        QCOMPARE(json->files, profile.files);
        QCOMPARE(json->bacKeySeed().mrzInformation(), QByteArray("095012345595031573503155"));

        QFile broken(dir.filePath("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\":\"motcua-card-profile\",\"version\":1,\"files\":{\"zz\":\"AA==\"}}");
        broken.close();
        QCOMPARE(CardProfile::load(dir.filePath("broken.json")).error().code, QStringLiteral("card.profile"));
        QCOMPARE(CardProfile::load(dir.filePath("nothing.json")).error().code, QStringLiteral("card.profile"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatedCard)
#include "tst_EmulatedCard.moc"
