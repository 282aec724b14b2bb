#include "QrCodeParser.h"

#include <QTest>

using namespace motcua::cccd;

class TestQrCodeParser : public QObject
{
    Q_OBJECT
private:
    const QDate m_today{2026, 11, 26};
    const QString m_address = QStringLiteral("Số 1 Đường Mẫu, Phường Thử Nghiệm, Quận Ví Dụ, Hà Nội");

private slots:
    void cccd2021()
    {
        const QString text = QStringLiteral("001095012345|123456789|Nguyễn Văn An|15031995|Nam|") + m_address +
                             QStringLiteral("|10072021");
        auto qr = QrCodeParser::parse(text, m_today);
        QVERIFY2(qr.ok(), qPrintable(qr.error().message));
        QCOMPARE(qr->format, QrCodeData::Format::Cccd2021);
        QCOMPARE(qr->idNumber, QStringLiteral("001095012345"));
        QCOMPARE(qr->oldIdNumber, QStringLiteral("123456789"));
        QCOMPARE(qr->fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(qr->dateOfBirth, QDate(1995, 3, 15));
        QCOMPARE(qr->sex, QStringLiteral("Nam"));
        QCOMPARE(qr->address, m_address);
        QCOMPARE(qr->issuedOn, QDate(2021, 7, 10));
        QCOMPARE(qr->can(), QStringLiteral("012345"));
        QCOMPARE(qr->documentNumber(), QStringLiteral("095012345"));
        QVERIFY(qr->extraFields.isEmpty());
        QVERIFY2(qr->warnings.isEmpty(), qPrintable(qr->warnings.join(',')));
    }

    void card2024WithEmptyExtraFields()
    {
        const QString text =
            QStringLiteral("079301001234||Trần Thị Cúc|01021993|Nữ|") + m_address + QStringLiteral("|15102024||||");
        auto qr = QrCodeParser::parse(text, m_today);
        QVERIFY2(qr.ok(), qPrintable(qr.error().message));
        QCOMPARE(qr->format, QrCodeData::Format::Card2024);
        QVERIFY(qr->oldIdNumber.isEmpty());
        QCOMPARE(qr->sex, QStringLiteral("Nữ"));
        QCOMPARE(qr->extraFields, QStringList(4, QString()));
        QCOMPARE(qr->issuedOn, QDate(2024, 10, 15));
        QCOMPARE(qr->can(), QStringLiteral("001234"));
    }

    void scannerSuffixAndNfd()
    {
        // A wedge appends CR/LF; some scanners deliver decomposed (NFD) diacritics.
        const QString nfd = QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D);
        auto qr = QrCodeParser::parse(
            QStringLiteral("001095012345||") + nfd + QStringLiteral("|15031995|Nam|Hà Nội|10072021\r\n"), m_today);
        QVERIFY(qr.ok());
        QCOMPARE(qr->fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(qr->fullName.size(), QStringLiteral("Nguyễn Văn An").size());
        QCOMPARE(qr->issuedOn, QDate(2021, 7, 10));
    }

    void missingTrailingFieldsTolerated()
    {
        auto qr = QrCodeParser::parse(QStringLiteral("001095012345||Nguyễn Văn An|15031995"), m_today);
        QVERIFY(qr.ok());
        QCOMPARE(qr->format, QrCodeData::Format::Unknown);
        QVERIFY(qr->warnings.contains(QStringLiteral("qr.missing_fields")));
        QVERIFY(qr->address.isEmpty());
        QVERIFY(qr->issuedOn.isNull());
    }

    void mojibakeRepaired()
    {
        // UTF-8 bytes shown through Windows-1252, as some scanner/host combinations deliver them.
        const QString original = QStringLiteral("001095012345||Nguyễn Văn An|15031995|Nữ|Hà Nội|10072021");
        const QByteArray utf8 = original.toUtf8();
        QString mangled;
        for (char c : utf8) {
            const auto b = quint8(c);
            if (b == 0x85)
                mangled += QChar(0x2026); // … in Windows-1252
            else if (b == 0x83)
                mangled += QChar(0x0192);
            else if (b == 0x99)
                mangled += QChar(0x2122);
            else
                mangled += QChar(b);
        }
        QVERIFY(mangled != original);
        auto qr = QrCodeParser::parse(mangled, m_today);
        QVERIFY2(qr.ok(), qPrintable(qr.error().message));
        QCOMPARE(qr->fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(qr->sex, QStringLiteral("Nữ"));
        QVERIFY(qr->warnings.contains(QStringLiteral("qr.mojibake_repaired")));
    }

    void genuineLatinTextNotRepaired()
    {
        bool repaired = true;
        const QString name = QStringLiteral("Ngã Tư Sở");
        QCOMPARE(QrCodeParser::repairMojibake(name, &repaired), name);
        QVERIFY(!repaired);
    }

    void asciiOnlyScanFlagged()
    {
        auto qr =
            QrCodeParser::parse(QStringLiteral("001095012345||Nguyen Van An|15031995|Nu|Ha Noi|10072021"), m_today);
        QVERIFY(qr.ok());
        QCOMPARE(qr->sex, QStringLiteral("Nữ"));
        QVERIFY(qr->warnings.contains(QStringLiteral("qr.diacritics_missing")));
    }

    void broken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QStringLiteral("  \r\n") << QStringLiteral("qr.empty");
        QTest::newRow("not a cccd") << QStringLiteral("https://example.invalid/x") << QStringLiteral("qr.not_cccd");
        QTest::newRow("short id") << QStringLiteral("00109501234||A|15031995|Nam|X|10072021")
                                  << QStringLiteral("qr.invalid_id");
        QTest::newRow("letters in id") << QStringLiteral("00109501234O||A|15031995|Nam|X|10072021")
                                       << QStringLiteral("qr.invalid_id");
        QTest::newRow("province 000") << QStringLiteral("000095012345||A|15031995|Nam|X|10072021")
                                      << QStringLiteral("qr.invalid_id");
        QTest::newRow("31 February") << QStringLiteral("001095012345||A|31021995|Nam|X|10072021")
                                     << QStringLiteral("qr.invalid_date");
        QTest::newRow("birth in future") << QStringLiteral("001095012345||A|15032030|Nam|X|10072021")
                                         << QStringLiteral("qr.invalid_date");
        QTest::newRow("issue before birth")
            << QStringLiteral("001095012345||A|15031995|Nam|X|10071990") << QStringLiteral("qr.invalid_date");
        QTest::newRow("garbled date") << QStringLiteral("001095012345||A|15O31995|Nam|X|10072021")
                                      << QStringLiteral("qr.invalid_date");
    }

    void broken()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto qr = QrCodeParser::parse(text, m_today);
        QVERIFY(!qr.ok());
        QCOMPARE(qr.error().code, code);
        // Errors never echo the personal data they were given.
        QVERIFY(!qr.error().message.contains(QStringLiteral("0010950")));
    }
};

QTEST_GUILESS_MAIN(TestQrCodeParser)
#include "tst_QrCodeParser.moc"
