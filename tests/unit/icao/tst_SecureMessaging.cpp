#include "SecureMessaging.h"

#include <QTest>

using namespace motcua::cccd;

namespace {
QByteArray hex(const char* s)
{
    return QByteArray::fromHex(QByteArray(s));
}

SessionKeys appendixDKeys()
{
    SessionKeys k;
    k.cipher = SessionKeys::Cipher::Tdes;
    k.encKey = hex("979EC13B1CBFE9DCD01AB0FED307EAE5");
    k.macKey = hex("F1CB1F1FB5ADF208806B89DC579DC1F8");
    k.ssc = hex("887022120C06C226");
    return k;
}

SessionKeys aesKeys()
{
    SessionKeys k;
    k.cipher = SessionKeys::Cipher::Aes;
    k.encKey = hex("F5F0E35C0D7161EE6724EE513A0D9A7F");
    k.macKey = hex("FE251C7858B356B24514B3BD5F4297D1");
    k.ssc = QByteArray(16, '\0');
    return k;
}
} // namespace

// ICAO 9303-11 Appendix D.4 secure messaging vectors (CCCD.md §3.5), both directions, and the ways a
// protected response can be wrong.
class TestSecureMessaging : public QObject
{
    Q_OBJECT
private slots:
    void appendixDTerminalSide()
    {
        SecureMessaging sm(appendixDKeys());
        auto select = sm.protectCommand(CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E")));
        QVERIFY(select.ok());
        QCOMPARE(*select, hex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"));
        bool authenticated = false;
        auto r1 = sm.unprotectResponse(hex("990290008E08FA855A5D4C50A8ED9000"), &authenticated);
        QVERIFY2(r1.ok(), qPrintable(r1.error().message));
        QVERIFY(authenticated);
        QCOMPARE(r1->sw, quint16(0x9000));
        QVERIFY(r1->data.isEmpty());

        auto read4 = sm.protectCommand(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4));
        QCOMPARE(read4.value(), hex("0CB000000D9701048E08ED6705417E96BA5500"));
        auto r2 = sm.unprotectResponse(hex("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"));
        QVERIFY2(r2.ok(), qPrintable(r2.error().message));
        QCOMPARE(r2->data, hex("60145F01"));

        auto read18 = sm.protectCommand(CommandApdu(0x00, 0xB0, 0x00, 0x04, {}, 18));
        QCOMPARE(read18.value(), hex("0CB000040D9701128E082EA28A70F3C7B53500"));
        auto r3 = sm.unprotectResponse(
            hex("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"));
        QVERIFY2(r3.ok(), qPrintable(r3.error().message));
        QCOMPARE(r3->data, hex("04303130365F36063034303030305C026175"));
        QCOMPARE(sm.ssc(), hex("887022120C06C22C"));
    }

    void appendixDCardSide()
    {
        SecureMessaging card(appendixDKeys());
        quint16 failure = 0;
        auto cmd = card.unprotectCommand(hex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"), &failure);
        QVERIFY2(cmd.ok(), qPrintable(cmd.error().message));
        QCOMPARE(cmd->ins, quint8(0xA4));
        QCOMPARE(cmd->data, hex("011E"));
        QCOMPARE(cmd->le, CommandApdu::NoLe);
        QCOMPARE(card.protectResponse(ResponseApdu{{}, 0x9000}).value(), hex("990290008E08FA855A5D4C50A8ED9000"));

        auto read = card.unprotectCommand(hex("0CB000000D9701048E08ED6705417E96BA5500"));
        QVERIFY(read.ok());
        QCOMPARE(read->le, 4);
        QCOMPARE(card.protectResponse(ResponseApdu{hex("60145F01"), 0x9000}).value(),
                 hex("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"));
    }

    void cardRejectsBadCommandMac()
    {
        SecureMessaging card(appendixDKeys());
        QByteArray cmd = hex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800");
        cmd[cmd.size() - 3] = static_cast<char>(cmd[cmd.size() - 3] ^ 0x01);
        quint16 failure = 0;
        QVERIFY(!card.unprotectCommand(cmd, &failure).ok());
        QCOMPARE(failure, quint16(0x6988));
        // No DO8E at all: objects missing.
        SecureMessaging card2(appendixDKeys());
        QVERIFY(!card2.unprotectCommand(hex("0CA4020C0B8709016375432908C044F600"), &failure).ok());
        QCOMPARE(failure, quint16(0x6987));
    }

    void badResponseMacIsNeverAccepted()
    {
        SecureMessaging sm(appendixDKeys());
        QVERIFY(sm.protectCommand(CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E"))).ok());
        QVERIFY(sm.unprotectResponse(hex("990290008E08FA855A5D4C50A8ED9000")).ok());
        QVERIFY(sm.protectCommand(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4)).ok());
        QByteArray response = hex("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000");
        response[5] = static_cast<char>(response[5] ^ 0x40); // one bit of the cryptogram
        auto r = sm.unprotectResponse(response);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("card.sm.bad_mac"));
    }

    void malformedResponses_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("code");
        QTest::newRow("unprotected 9000") << hex("9000") << "card.sm.malformed";
        QTest::newRow("6988") << hex("6988") << "card.sm.session_lost";
        QTest::newRow("6987") << hex("6987") << "card.sm.session_lost";
        QTest::newRow("one byte") << hex("90") << "card.sm.malformed";
        QTest::newRow("no DO8E") << hex("990290009000") << "card.sm.bad_mac";
        QTest::newRow("short MAC") << hex("990290008E04FA855A5D9000") << "card.sm.bad_mac";
        QTest::newRow("truncated TLV") << hex("990290008E08FA855A9000") << "card.sm.malformed";
        QTest::newRow("absurd length") << hex("8784FFFFFFFF9000") << "card.sm.malformed";
    }
    void malformedResponses()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, code);
        SecureMessaging sm(appendixDKeys());
        QVERIFY(sm.protectCommand(CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("011E"))).ok());
        auto r = sm.unprotectResponse(response);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    void unprotectedErrorIsFlagged()
    {
        SecureMessaging sm(appendixDKeys());
        QVERIFY(sm.protectCommand(CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("0103"))).ok());
        bool authenticated = true;
        auto r = sm.unprotectResponse(hex("6A82"), &authenticated);
        QVERIFY(r.ok());
        QCOMPARE(r->sw, quint16(0x6A82));
        QVERIFY(!authenticated);
    }

    void aesRoundTripAndExtendedLength()
    {
        SecureMessaging terminal(aesKeys());
        SecureMessaging card(aesKeys());
        CommandApdu read(0x00, 0xB0, 0x12, 0x34, {}, 1024);
        auto wire = terminal.protectCommand(read);
        QVERIFY(wire.ok());
        // Extended: 00 Lc(2) … Le(2).
        QCOMPARE(static_cast<quint8>(wire->at(4)), quint8(0x00));
        auto parsed = card.unprotectCommand(*wire);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->le, 1024);
        QVERIFY(parsed->extended);
        const QByteArray payload = QByteArray(1000, 'x') + hex("00010203");
        auto response = card.protectResponse(ResponseApdu{payload, 0x9000});
        QVERIFY(response.ok());
        auto plain = terminal.unprotectResponse(*response);
        QVERIFY2(plain.ok(), qPrintable(plain.error().message));
        QCOMPARE(plain->data, payload);
        QCOMPARE(terminal.ssc(), card.ssc());
        QCOMPARE(terminal.ssc(), hex("00000000000000000000000000000002"));

        // Data in a command (DO87) decrypts to the same bytes on the card.
        auto select = terminal.protectCommand(CommandApdu(0x00, 0xA4, 0x02, 0x0C, hex("010D")));
        auto selected = card.unprotectCommand(select.value());
        QVERIFY(selected.ok());
        QCOMPARE(selected->data, hex("010D"));
    }
};

QTEST_GUILESS_MAIN(TestSecureMessaging)
#include "tst_SecureMessaging.moc"
