#include "MrzParser.h"

#include <QTest>

using namespace motcua::cccd;

namespace {
const QString L1 = QStringLiteral("IDVNM0950123455001095012345<<6");
const QString L2 = QStringLiteral("9503157M3503155VNM<<<<<<<<<<<2");
const QString L3 = QStringLiteral("NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<");
} // namespace

// TD1 MRZ of the CCCD: the synthetic vector of CCCD.md §2.3, the ICAO specimen, each check digit, and
// scanner noise.
class TestMrz : public QObject
{
    Q_OBJECT
private slots:
    void checkDigits()
    {
        QCOMPARE(MrzParser::checkDigit(u"095012345"), 5);
        QCOMPARE(MrzParser::checkDigit(u"001095012345"), 6);
        QCOMPARE(MrzParser::checkDigit(u"950315"), 7);
        QCOMPARE(MrzParser::checkDigit(u"350315"), 5);
        QCOMPARE(MrzParser::checkDigit(u"0950123455001095012345<<695031573503155<<<<<<<<<<<"), 2);
        QCOMPARE(MrzParser::checkDigit(u"L898902C<"), 3);
        QCOMPARE(MrzParser::checkDigit(u"<<<<<<"), 0);
        QCOMPARE(MrzParser::checkDigit(u"ab"), -1);
    }

    void parsesSyntheticCccd()
    {
        auto m = MrzParser::parseTd1(QStringList{L1, L2, L3});
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->documentCode, QStringLiteral("ID"));
        QCOMPARE(m->issuingState, QStringLiteral("VNM"));
        QCOMPARE(m->documentNumber, QStringLiteral("095012345"));
        QCOMPARE(m->idNumber, QStringLiteral("001095012345"));
        QCOMPARE(m->dateOfBirth, QStringLiteral("950315"));
        QCOMPARE(m->birthDate(QDate(2026, 1, 1)), QDate(1995, 3, 15));
        QCOMPARE(m->sex, QStringLiteral("M"));
        QCOMPARE(m->expiryDate(), QDate(2035, 3, 15));
        QCOMPARE(m->nationality, QStringLiteral("VNM"));
        QCOMPARE(m->surname, QStringLiteral("NGUYEN"));
        QCOMPARE(m->givenNames, QStringLiteral("VAN AN"));
        QCOMPARE(m->fullName(), QStringLiteral("NGUYEN VAN AN"));
        QVERIFY(m->warnings.isEmpty());
        QCOMPARE(m->bacKeySeed().mrzInformation(), QByteArray("095012345595031573503155"));
    }

    void icaoSpecimen()
    {
        auto m = MrzParser::parseTd1(QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                                    "7408122F1204159UTO<<<<<<<<<<<6\n"
                                                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->documentNumber, QStringLiteral("D23145890"));
        QCOMPARE(m->sex, QStringLiteral("F"));
        QCOMPARE(m->givenNames, QStringLiteral("ANNA MARIA"));
        QVERIFY(m->idNumber.isEmpty());
        QCOMPARE(m->birthDate(QDate(2026, 1, 1)), QDate(1974, 8, 12));
    }

    void toleratesScannerNoise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lower case and spaces") << QStringLiteral("idvnm 095012345 5 001095012345<<6\n"
                                                                 "9503157m3503155vnm<<<<<<<<<<<2\n"
                                                                 "nguyen<<van<an");
        QTest::newRow("one run of 90") << (L1 + L2 + L3);
        QTest::newRow("CRLF and blank lines") << (L1 + "\r\n\r\n" + L2 + "\r\n" + L3 + "\r\n");
        QTest::newRow("guillemets as fillers") << QString(L1 + "\n" + L2 + "\n" + L3).replace("<<<<", "««««");
        QTest::newRow("O for 0 in dates") << (L1 + "\n" + QStringLiteral("95O3157M35O3155VNM<<<<<<<<<<<2") + "\n" + L3);
        QTest::newRow("short name line") << (L1 + "\n" + L2 + "\nNGUYEN<<VAN<AN");
    }
    void toleratesScannerNoise()
    {
        QFETCH(QString, text);
        auto m = MrzParser::parseTd1(text);
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->idNumber, QStringLiteral("001095012345"));
        QCOMPARE(m->dateOfExpiry, QStringLiteral("350315"));
        QCOMPARE(m->fullName(), QStringLiteral("NGUYEN VAN AN"));
    }

    void rejectsBadCheckDigits_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("document number") << QStringList{QString(L1).replace(14, 1, "4"), L2, L3}
                                         << "card.mrz.check_digit"
                                         << "document number";
        QTest::newRow("date of birth") << QStringList{L1, QString(L2).replace(6, 1, "8"), L3} << "card.mrz.check_digit"
                                       << "date of birth";
        QTest::newRow("expiry") << QStringList{L1, QString(L2).replace(14, 1, "0"), L3} << "card.mrz.check_digit"
                                << "date of expiry";
        QTest::newRow("composite") << QStringList{L1, QString(L2).replace(29, 1, "3"), L3} << "card.mrz.check_digit"
                                   << "composite";
        QTest::newRow("typo in ID breaks composite")
            << QStringList{QString(L1).replace(20, 1, "9"), L2, L3} << "card.mrz.check_digit"
            << "composite";
        QTest::newRow("short line") << QStringList{L1.left(29), L2, L3} << "card.mrz.format"
                                    << "line 1";
        QTest::newRow("two lines") << QStringList{L1, L2} << "card.mrz.format"
                                   << "3 lines";
        QTest::newRow("bad character") << QStringList{QString(L1).replace(0, 1, "#"), L2, L3} << "card.mrz.format"
                                       << "position 1";
        QTest::newRow("month 13") << QStringList{L1, QString(L2).replace(2, 2, "13"), L3} << "card.mrz.date"
                                  << "birth";
        QTest::newRow("bad sex") << QStringList{L1, QString(L2).replace(7, 1, "X"), L3} << "card.mrz.format"
                                 << "sex";
    }
    void rejectsBadCheckDigits()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto m = MrzParser::parseTd1(lines);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY2(m.error().message.contains(field), qPrintable(m.error().message));
    }

    void uncertainPosition30IsOnlyAWarning()
    {
        // Line 1 position 30 [I]: a different digit is tolerated (composite recomputed accordingly).
        QString l1 = L1;
        l1[29] = QLatin1Char('1');
        QString l2 = L2;
        const QString composite = l1.mid(5, 25) + l2.mid(0, 7) + l2.mid(8, 7) + l2.mid(18, 11);
        l2[29] = QChar('0' + MrzParser::checkDigit(composite));
        auto m = MrzParser::parseTd1(QStringList{l1, l2, L3});
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->warnings.size(), 1);
        QVERIFY(m->warnings.first().contains("position 30"));
    }
};

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_Mrz.moc"
