#include "DossierCode.h"

#include <QTest>

using namespace motcua;

class TestDossierCode : public QObject
{
    Q_OBJECT
private slots:
    void formatsTheWorkedExamples()
    {
        // DOMAIN.md §1.2 A and B.
        QCOMPARE(DossierCode::format(QStringLiteral("000.12.30.H26"), QDate(2024, 3, 5), 15).value(),
                 QStringLiteral("000.12.30.H26-240305-0015"));
        QCOMPARE(DossierCode::format(QStringLiteral("H15.50.05.13"), QDate(2026, 10, 8), 975).value(),
                 QStringLiteral("H15.50.05.13-261008-0975"));
        // §1.2 C, TT 04/2025 centralised system with ministry prefix 15.
        QCOMPARE(DossierCode::formatCentralised(QStringLiteral("H15.50.05.13"), QDate(2026, 10, 8),
                                                QStringLiteral("15"), 123)
                     .value(),
                 QStringLiteral("H15.50.05.13-261008-150123"));
    }

    void sequenceGrowsPastFourDigits()
    {
        QCOMPARE(DossierCode::format(QStringLiteral("H15.50.05.13"), QDate(2026, 10, 8), 12345).value(),
                 QStringLiteral("H15.50.05.13-261008-12345"));
    }

    void provisionalCodesAreMarked()
    {
        const auto code = DossierCode::formatProvisional(QStringLiteral("Q01"), QDate(2026, 11, 26), 3);
        QCOMPARE(code.value(), QStringLiteral("TAM-Q01-261126-0003"));
        const auto parsed = DossierCode::parse(code.value());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->provisional);
        QCOMPARE(parsed->agencyId, QStringLiteral("Q01"));
        QCOMPARE(parsed->sequence, 3);
        QCOMPARE(parsed->receivedOn, QDate(2026, 11, 26));
    }

    void parsesOfficialAndCentralisedCodes()
    {
        auto p = DossierCode::parse(QStringLiteral("H15.50.05.13-261008-0975"));
        QVERIFY(p.ok());
        QVERIFY(!p->provisional);
        QCOMPARE(p->agencyId, QStringLiteral("H15.50.05.13"));
        QCOMPARE(p->receivedOn, QDate(2026, 10, 8));
        QCOMPARE(p->sequence, 975);
        QVERIFY(p->ministryPrefix.isEmpty());
        p = DossierCode::parse(QStringLiteral("H15.50.05.13-261008-150123"));
        QCOMPARE(p->ministryPrefix, QStringLiteral("15"));
        QCOMPARE(p->sequence, 123);
    }

    void rejectsMalformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << ""
                               << "code.shape";
        QTest::newRow("no sequence") << "H15.50.05.13-261008"
                                     << "code.shape";
        QTest::newRow("bad date") << "H15.50.05.13-261332-0001"
                                  << "code.date";
        QTest::newRow("short sequence") << "H15.50.05.13-261008-12"
                                        << "code.sequence";
        QTest::newRow("lower case agency") << "h15.50.05.13-261008-0001"
                                           << "code.agency_characters";
        QTest::newRow("no level-1 group") << "123.45-261008-0001"
                                          << "code.agency_level1";
        QTest::newRow("zero sequence") << "H15.50.05.13-261008-0000"
                                       << "code.sequence";
    }
    void rejectsMalformedCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, error);
        const auto p = DossierCode::parse(code);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, error);
    }

    void validatesAgencyIds()
    {
        QVERIFY(DossierCode::validateAgencyId(QStringLiteral("H15.50.05.13")).isEmpty());
        QVERIFY(DossierCode::validateAgencyId(QStringLiteral("000.12.30.H26")).isEmpty());
        QCOMPARE(DossierCode::validateAgencyId(QString(36, QLatin1Char('A'))), QStringLiteral("code.agency_too_long"));
        QCOMPARE(DossierCode::validateAgencyId(QStringLiteral("Z15.50")), QStringLiteral("code.agency_level1"));
        QVERIFY(!DossierCode::format(QStringLiteral("H15"), QDate(2026, 1, 1), 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestDossierCode)
#include "tst_DossierCode.moc"
