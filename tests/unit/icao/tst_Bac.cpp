#include "BacKeySeed.h"
#include "BacProtocol.h"
#include "IcaoCrypto.h"

#include <QTest>

using namespace motcua::cccd;

namespace {
QByteArray hex(const char* s)
{
    return QByteArray::fromHex(QByteArray(s));
}
} // namespace

// ICAO 9303-11 Appendix D (BAC) and the synthetic CCCD of CCCD.md §2.4.
class TestBac : public QObject
{
    Q_OBJECT
private slots:
    void appendixDKeyDerivation()
    {
        const BacKeySeed seed{QStringLiteral("L898902C"), QStringLiteral("690806"), QStringLiteral("940623")};
        QCOMPARE(seed.mrzInformation(), QByteArray("L898902C<369080619406236"));
        QCOMPARE(IcaoCrypto::sha1(seed.mrzInformation()), hex("239AB9CB282DAF66231DC5A4DF6BFBAEDF477565"));
        QCOMPARE(seed.keySeed(), hex("239AB9CB282DAF66231DC5A4DF6BFBAE"));
        const auto keys = BacProtocol::deriveKeys(seed);
        QCOMPARE(keys.encKey, hex("AB94FCEDF2664EDFB9B291F85D7F77F2"));
        QCOMPARE(keys.macKey, hex("7862D9ECE03C1BCD4D77089DCF131442"));
        QCOMPARE(IcaoCrypto::adjustParity(keys.encKey), hex("AB94FDECF2674FDFB9B391F85D7F76F2"));
        QCOMPARE(IcaoCrypto::adjustParity(keys.macKey), hex("7962D9ECE03D1ACD4C76089DCE131543"));
    }

    void appendixDMutualAuthentication()
    {
        const BacKeySeed seed{QStringLiteral("L898902C"), QStringLiteral("690806"), QStringLiteral("940623")};
        const auto keys = BacProtocol::deriveKeys(seed);
        const QByteArray rndIc = hex("4608F91988702212");
        const QByteArray rndIfd = hex("781723860C06C226");
        const QByteArray kIfd = hex("0B795240CB7049B01C19B33E32804F0B");
        auto data = BacProtocol::authenticationData(keys, rndIfd, rndIc, kIfd);
        QVERIFY(data.ok());
        QCOMPARE(data->left(32), hex("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"));
        QCOMPARE(data->mid(32), hex("5F1448EEA8AD90A7"));

        const QByteArray chip = hex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F"
                                    "2F2D235D074D7449");
        auto session = BacProtocol::completeAuthentication(keys, rndIfd, rndIc, kIfd, chip);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QCOMPARE(session->encKey, hex("969EC03B1CBFE9DDD11AB1FED206EBE4"));
        QCOMPARE(session->macKey, hex("F0CA1E1EB5ADF208816B88DD579CC1F8"));
        QCOMPARE(IcaoCrypto::adjustParity(session->encKey), hex("979EC13B1CBFE9DCD01AB0FED307EAE5"));
        QCOMPARE(IcaoCrypto::adjustParity(session->macKey), hex("F1CB1F1FB5ADF208806B89DC579DC1F8"));
        QCOMPARE(session->ssc, hex("887022120C06C226"));

        // R = RND.IC ‖ RND.IFD ‖ K.IC, and KSseed = K.IFD ⊕ K.IC.
        auto r = IcaoCrypto::tdesCbcDecrypt(keys.encKey, chip.left(32));
        QVERIFY(r.ok());
        QCOMPARE(*r, hex("4608F91988702212781723860C06C2260B4F80323EB3191CB04970CB4052790B"));
    }

    void rejectsTamperedChipAnswer()
    {
        const BacKeySeed seed{QStringLiteral("L898902C"), QStringLiteral("690806"), QStringLiteral("940623")};
        const auto keys = BacProtocol::deriveKeys(seed);
        QByteArray chip = hex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F"
                              "2F2D235D074D7449");
        chip[3] = static_cast<char>(chip[3] ^ 1);
        auto session = BacProtocol::completeAuthentication(keys, hex("781723860C06C226"), hex("4608F91988702212"),
                                                           hex("0B795240CB7049B01C19B33E32804F0B"), chip);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, QStringLiteral("card.access.bad_response"));
        // Wrong length is refused too, without reading past the buffer.
        auto shortAnswer = BacProtocol::completeAuthentication(keys, hex("781723860C06C226"), hex("4608F91988702212"),
                                                               hex("0B795240CB7049B01C19B33E32804F0B"), chip.left(39));
        QVERIFY(!shortAnswer.ok());
    }

    void syntheticCccdKeys()
    {
        auto seed = BacKeySeed::fromIdNumber(QStringLiteral("001095012345"), QStringLiteral("950315"),
                                             QStringLiteral("350315"));
        QVERIFY(seed.ok());
        QCOMPARE(seed->documentNumber, QStringLiteral("095012345")); // last 9 digits, not the first 9
        QCOMPARE(seed->mrzInformation(), QByteArray("095012345595031573503155"));
        QCOMPARE(IcaoCrypto::sha1(seed->mrzInformation()), hex("563A4937D95D5B202B91C9525680EE9DE1008B54"));
        const auto keys = BacProtocol::deriveKeys(*seed);
        QCOMPARE(keys.encKey, hex("0B320E0E6C26F979F76ECD5219A162D9"));
        QCOMPARE(keys.macKey, hex("D5F53187742BDCE128085636284C723E"));
        QCOMPARE(IcaoCrypto::adjustParity(keys.encKey), hex("0B320E0E6D26F879F76ECD5219A162D9"));
        QCOMPARE(IcaoCrypto::adjustParity(keys.macKey), hex("D5F43186752ADCE029085737294C733E"));
    }

    void idNumberInputValidated_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("expiry");
        QTest::newRow("11 digits") << "00109501234"
                                   << "950315"
                                   << "350315";
        QTest::newRow("letters") << "00109501234A"
                                 << "950315"
                                 << "350315";
        QTest::newRow("dob format") << "001095012345"
                                    << "15/03/95"
                                    << "350315";
        QTest::newRow("expiry empty") << "001095012345"
                                      << "950315"
                                      << "";
    }
    void idNumberInputValidated()
    {
        QFETCH(QString, id);
        QFETCH(QString, dob);
        QFETCH(QString, expiry);
        auto seed = BacKeySeed::fromIdNumber(id, dob, expiry);
        QVERIFY(!seed.ok());
        QCOMPARE(seed.error().code, QStringLiteral("card.key.invalid"));
    }

    void retailMacAndPadding()
    {
        // Padding method 2 round trip, including the block-aligned case (a full padding block).
        QCOMPARE(IcaoCrypto::pad(hex("0102030405060708")), hex("01020304050607088000000000000000"));
        QCOMPARE(IcaoCrypto::unpad(hex("0102800000")).value(), hex("0102"));
        QVERIFY(!IcaoCrypto::unpad(hex("0102000000")).ok());
        QVERIFY(!IcaoCrypto::unpad(QByteArray()).ok());
        // App. D.4 command MAC (N and CC from CCCD.md §3.5).
        auto cc = IcaoCrypto::retailMac(hex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
                                        hex("887022120C06C2270CA4020C800000008709016375432908C044F6"));
        QVERIFY(cc.ok());
        QCOMPARE(*cc, hex("BF8B92D635FF24F8"));
    }
};

QTEST_GUILESS_MAIN(TestBac)
#include "tst_Bac.moc"
