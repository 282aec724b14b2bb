#include "IdentityCrossCheck.h"
#include "MrzParser.h"
#include "QrCodeParser.h"

#include <QTest>

using namespace motcua::cccd;
using motcua::CitizenIdentity;

class TestIdentityCrossCheck : public QObject
{
    Q_OBJECT
private:
    const QString m_qrText =
        QStringLiteral("001095012345|123456789|Nguyễn Văn An|15031995|Nam|Số 1 Đường Mẫu, Hà Nội|10072021");
    const QString m_mrzText = QStringLiteral("IDVNM0950123455001095012345<<6\n"
                                             "9503157M3503155VNM<<<<<<<<<<<2\n"
                                             "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<");

    CitizenIdentity chip() const
    {
        CitizenIdentity id;
        id.idNumber = QStringLiteral("001095012345");
        id.oldIdNumber = QStringLiteral("123456789");
        id.fullName = QStringLiteral("Nguyễn Văn An");
        id.dateOfBirth = QDate(1995, 3, 15);
        id.sex = QStringLiteral("Nam");
        id.placeOfResidence = QStringLiteral("Số 1 Đường Mẫu, Hà Nội");
        id.issuedOn = QDate(2021, 7, 10);
        id.expiresOn = QDate(2035, 3, 15);
        id.documentNumber = QStringLiteral("095012345");
        return id;
    }
    QrCodeData qr(const QString& text) const { return QrCodeParser::parse(text, QDate(2026, 1, 1)).value(); }
    MrzData mrz(const QString& text) const
    {
        auto parsed = MrzParser::parseTd1(text);
        if (!parsed.ok())
            qFatal("test MRZ does not parse: %s", qPrintable(parsed.error().message));
        return parsed.value();
    }

private slots:
    void allSourcesAgree()
    {
        const auto m =
            IdentityCrossCheck::compare({IdentityClaims::fromChip(chip()), IdentityClaims::fromQr(qr(m_qrText)),
                                         IdentityClaims::fromMrz(mrz(m_mrzText))});
        QVERIFY2(m.isEmpty(), qPrintable(QStringList(m.values()).join(" | ")));
    }

    void everyDifferenceIsListed()
    {
        CitizenIdentity c = chip();
        c.fullName = QStringLiteral("Nguyễn Văn Ân"); // folds equal: not a mismatch
        c.dateOfBirth = QDate(1995, 3, 16);
        c.sex = QStringLiteral("Nữ");
        c.issuedOn = QDate(2021, 7, 11);
        c.placeOfResidence = QStringLiteral("Số 2 Đường Khác, Hà Nội");
        c.oldIdNumber = QStringLiteral("987654321");
        const auto m = IdentityCrossCheck::compare({IdentityClaims::fromChip(c), IdentityClaims::fromQr(qr(m_qrText))});
        QCOMPARE(QStringList(m.keys()),
                 (QStringList{QStringLiteral("dateOfBirth"), QStringLiteral("issuedOn"), QStringLiteral("oldIdNumber"),
                              QStringLiteral("placeOfResidence"), QStringLiteral("sex")}));
        QVERIFY(m.value(QStringLiteral("dateOfBirth")).contains(QStringLiteral("15/03/1995")));
        QVERIFY(m.value(QStringLiteral("dateOfBirth")).contains(QStringLiteral("16/03/1995")));
    }

    void differentNameAndIdAreMismatches()
    {
        CitizenIdentity c = chip();
        c.fullName = QStringLiteral("Nguyễn Văn Bình");
        c.idNumber = QStringLiteral("001095012346");
        const auto m = IdentityCrossCheck::compare({IdentityClaims::fromChip(c), IdentityClaims::fromQr(qr(m_qrText)),
                                                    IdentityClaims::fromMrz(mrz(m_mrzText))});
        QVERIFY(m.contains(QStringLiteral("fullName")));
        QVERIFY(m.contains(QStringLiteral("idNumber")));
        // The chip's MRZ document number no longer is the last 9 digits of its own ID.
        QVERIFY(m.contains(QStringLiteral("documentNumber")));
    }

    void expiryFromMrzVsChip()
    {
        CitizenIdentity c = chip();
        c.expiresOn = QDate(2036, 3, 15);
        const auto m =
            IdentityCrossCheck::compare({IdentityClaims::fromChip(c), IdentityClaims::fromMrz(mrz(m_mrzText))});
        QCOMPARE(QStringList(m.keys()), QStringList{QStringLiteral("expiresOn")});
    }

    void truncatedMrzNameIsAPrefixNotAMismatch()
    {
        IdentityClaims chipClaims = IdentityClaims::fromChip(chip());
        chipClaims.fullName = QStringLiteral("Tôn Nữ Hoàng Thị Phương Khánh Linh");
        IdentityClaims mrzClaims;
        mrzClaims.source = IdentityClaims::Source::Mrz;
        mrzClaims.nameHasNoDiacritics = true;
        mrzClaims.fullName = QStringLiteral("TON NU HOANG THI PHUONG KHANH"); // "TON<<NU<HOANG<THI<PHUONG<KHANH" = 30
        QVERIFY(IdentityCrossCheck::compare({chipClaims, mrzClaims}).isEmpty());
        mrzClaims.fullName = QStringLiteral("TON NU");
        QVERIFY(IdentityCrossCheck::compare({chipClaims, mrzClaims}).contains(QStringLiteral("fullName")));
    }

    void missingFieldsAreNotMismatches()
    {
        IdentityClaims sparse;
        sparse.source = IdentityClaims::Source::Qr;
        sparse.idNumber = QStringLiteral("001095012345");
        QVERIFY(IdentityCrossCheck::compare({IdentityClaims::fromChip(chip()), sparse}).isEmpty());
    }

    void applyFillsTheIdentity()
    {
        CitizenIdentity c = chip();
        QrCodeData q = qr(m_qrText);
        q.dateOfBirth = QDate(1996, 3, 15);
        IdentityCrossCheck::apply(c, {IdentityClaims::fromChip(c), IdentityClaims::fromQr(q)});
        QCOMPARE(c.mismatches.size(), 1);
        QVERIFY(c.mismatches.contains(QStringLiteral("dateOfBirth")));
    }
};

QTEST_GUILESS_MAIN(TestIdentityCrossCheck)
#include "tst_IdentityCrossCheck.moc"
