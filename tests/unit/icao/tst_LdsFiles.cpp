#include "CardFixtures.h"
#include "Dg1.h"
#include "Dg13.h"
#include "EfCom.h"
#include "FaceImage.h"
#include "Jpeg2000Decoder.h"
#include "SecurityObject.h"
#include "SyntheticFace.h"
#include "Tlv.h"

#include <QCryptographicHash>
#include <QImage>
#include <QRandomGenerator>
#include <QTest>

using namespace motcua::cccd;

namespace {
QByteArray hex(const char* s)
{
    return QByteArray::fromHex(QByteArray(s));
}

// CCCD.md §4.5 synthetic DG13 (431 bytes).
const QByteArray Dg13Vector = hex("6D8201AB308201A7020101060628D316010008318201983011020101130C3030"
                                  "3130393530313233343530150201020C104E677579E1BB856E2056C4836E2041"
                                  "6E300F020103130A31352F30332F3139393530080201040C034E616D300F0201"
                                  "050C0A5669E1BB8774204E616D30090201060C044B696E68300B0201070C064B"
                                  "68C3B46E6730370201080C3258C3A3205468E1BBAD204E676869E1BB876D2C20"
                                  "487579E1BB876E204DE1BAAB752C2054E1BB896E682056C3AD2044E1BBA53051"
                                  "0201090C4C53E1BB91203120C490C6B0E1BB9D6E67204DE1BAAB752C205068C6"
                                  "B0E1BB9D6E67205468E1BBAD204E676869E1BB876D2C205175E1BAAD6E2056C3"
                                  "AD2044E1BBA52C2048C3A0204EE1BB9969303402010A0C2F4EE1BB9174207275"
                                  "E1BB936920433A31636D2064C6B0E1BB9B69207472C6B0E1BB9B63206DC3A970"
                                  "207068E1BAA369300F02010B130A31302F30372F32303231300F02010C0C0A31"
                                  "352F30332F32303335302F02010D30150C134E677579E1BB856E2056C4836E20"
                                  "42C3AC6E6830130C115472E1BAA76E205468E1BB8B2043C3BA63300302010E30"
                                  "0E02010F1309313233343536373839");

QByteArray field(int n, const QByteArray& value)
{
    return Tlv::encode(0x30, Tlv::encodeInteger(n) + value);
}

QByteArray wrapDg13(const QByteArray& fields)
{
    return Tlv::encode(0x6D,
                       Tlv::encode(0x30, Tlv::encodeInteger(1) + hex("060628D316010008") + Tlv::encode(0x31, fields)));
}
} // namespace

// LDS file parsers against the CCCD.md vectors and the ways real cards differ: EF.COM, DG1, DG13 (every
// field, both nestings of 13/14, absent fields, string types, NFC, invalid UTF-8), DG2 (JPEG, JPEG 2000).
class TestLdsFiles : public QObject
{
    Q_OBJECT
private slots:
    void efCom()
    {
        const QByteArray file = hex("60185F0104303130375F36063034303030305C0661756"
                                    "36D6F6E");
        auto com = EfCom::parse(file);
        QVERIFY2(com.ok(), qPrintable(com.error().message));
        QCOMPARE(com->ldsVersion, QStringLiteral("0107"));
        QCOMPARE(com->unicodeVersion, QStringLiteral("040000"));
        QCOMPARE(com->dataGroups, (QList<int>{1, 2, 3, 13, 15, 14}));
        QCOMPARE(CardFixtures::efCom({1, 2, 3, 13, 15, 14}), file);
        QVERIFY(!EfCom::parse(hex("61020000")).ok());
        QVERIFY(!EfCom::parse(hex("6018")).ok());
    }

    void dg1MatchesVector()
    {
        const QByteArray file = CardFixtures::dg1(CardFixtures::citizen(0));
        QCOMPARE(file, hex("615D5F1F5A4944564E4D303935303132333435353030313039353031323334353C3C36393530333135374D"
                           "33353033313535564E4D3C3C3C3C3C3C3C3C3C3C3C324E475559454E3C3C56414E3C414E3C3C3C3C3C3C"
                           "3C3C3C3C3C3C3C3C3C3C"));
        QCOMPARE(QCryptographicHash::hash(file, QCryptographicHash::Sha256),
                 hex("8A511E9F430B4556E508CCD58877C5959C446D01FB0AAA28CCC7A1595BAEFCA4"));
        auto dg1 = Dg1::parse(file);
        QVERIFY2(dg1.ok(), qPrintable(dg1.error().message));
        QCOMPARE(dg1->mrz.idNumber, QStringLiteral("001095012345"));
        QCOMPARE(dg1->mrz.documentNumber, QStringLiteral("095012345"));
        // A chip MRZ with a wrong check digit is refused.
        QByteArray bad = file;
        bad[5 + 14] = '4';
        QCOMPARE(Dg1::parse(bad).error().code, QStringLiteral("card.file.malformed"));
        QVERIFY(!Dg1::parse(hex("615D5F1F5A4944")).ok());
    }

    void dg13VectorEveryField()
    {
        QCOMPARE(Dg13Vector.size(), 431);
        QCOMPARE(QCryptographicHash::hash(Dg13Vector, QCryptographicHash::Sha256),
                 hex("83C81C9E6DCFAC5D248F091642827ACEE46C44CFB74264B4D8852C48D9E40052"));
        // The fixture generator produces exactly the documented bytes.
        QCOMPARE(CardFixtures::dg13(CardFixtures::citizen(0)), Dg13Vector);
        // Field 1 starts at offset 30, where a real-card parser reads it.
        QCOMPARE(Dg13Vector.mid(30, 12), QByteArray("001095012345"));

        auto dg = Dg13::parse(Dg13Vector);
        QVERIFY2(dg.ok(), qPrintable(dg.error().message));
        QVERIFY2(dg->warnings.isEmpty(), qPrintable(dg->warnings.join("; ")));
        QCOMPARE(dg->text(Dg13::IdNumber), QStringLiteral("001095012345"));
        QCOMPARE(dg->text(Dg13::FullName), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(dg->date(Dg13::DateOfBirth), QDate(1995, 3, 15));
        QCOMPARE(dg->text(Dg13::Sex), QStringLiteral("Nam"));
        QCOMPARE(dg->text(Dg13::Nationality), QStringLiteral("Việt Nam"));
        QCOMPARE(dg->text(Dg13::Ethnicity), QStringLiteral("Kinh"));
        QCOMPARE(dg->text(Dg13::Religion), QStringLiteral("Không"));
        QCOMPARE(dg->text(Dg13::PlaceOfOrigin), QStringLiteral("Xã Thử Nghiệm, Huyện Mẫu, Tỉnh Ví Dụ"));
        QCOMPARE(dg->text(Dg13::PlaceOfResidence),
                 QStringLiteral("Số 1 Đường Mẫu, Phường Thử Nghiệm, Quận Ví Dụ, Hà Nội"));
        QCOMPARE(dg->text(Dg13::PersonalMarks), QStringLiteral("Nốt ruồi C:1cm dưới trước mép phải"));
        QCOMPARE(dg->date(Dg13::IssueDate), QDate(2021, 7, 10));
        QCOMPARE(dg->date(Dg13::ExpiryDate), QDate(2035, 3, 15));
        QCOMPARE(dg->fatherName(), QStringLiteral("Nguyễn Văn Bình"));
        QCOMPARE(dg->motherName(), QStringLiteral("Trần Thị Cúc"));
        QVERIFY(dg->has(Dg13::Spouse));
        QVERIFY(dg->spouseName().isEmpty());
        QCOMPARE(dg->text(Dg13::OldIdNumber), QStringLiteral("123456789"));
        QVERIFY(!dg->has(Dg13::Field16));
    }

    void dg13BothNestings()
    {
        const SyntheticCitizen c = CardFixtures::citizen(1);
        for (const auto nesting :
             {CardFixtures::Dg13Nesting::SeparateSequences, CardFixtures::Dg13Nesting::SharedSequence}) {
            auto dg = Dg13::parse(CardFixtures::dg13(c, nesting));
            QVERIFY2(dg.ok(), qPrintable(dg.error().message));
            QCOMPARE(dg->fatherName(), QStringLiteral("Trần Văn Hùng"));
            QCOMPARE(dg->motherName(), QStringLiteral("Phạm Thị Lan"));
            QCOMPARE(dg->spouseName(), QStringLiteral("Lê Văn Đức"));
            QCOMPARE(dg->text(Dg13::Sex), QStringLiteral("Nữ"));
            QCOMPARE(dg->text(Dg13::Field16), QStringLiteral("0A1B2C3D4E5F6071"));
            QVERIFY(!dg->has(Dg13::OldIdNumber)); // omitted, not empty
        }
        // Spouse directly as a string, without its own SEQUENCE.
        auto direct = Dg13::parse(wrapDg13(field(1, Tlv::encode(0x13, "001095012345")) +
                                           field(14, Tlv::encode(0x0C, QStringLiteral("Lê Thị Hoa").toUtf8()))));
        QVERIFY(direct.ok());
        QCOMPARE(direct->spouseName(), QStringLiteral("Lê Thị Hoa"));
    }

    void dg13Tolerance()
    {
        // Fields out of order, PrintableString where UTF8String is usual and vice versa, NFD text,
        // long-form lengths, "Không thời hạn" as expiry, an unknown field 20.
        const QString nfdName = QStringLiteral("Đặng Thị Huệ").normalized(QString::NormalizationForm_D);
        const QByteArray fields = field(20, Tlv::encode(0x13, "X")) +
                                  field(12, Tlv::encode(0x0C, QStringLiteral("Không thời hạn").toUtf8())) +
                                  field(2, Tlv::encode(0x0C, nfdName.toUtf8())) +
                                  field(1, Tlv::encode(0x0C, "001095012345")) + field(4, Tlv::encode(0x13, "Nam")) +
                                  hex("3083000006020103130131");
        auto dg = Dg13::parse(wrapDg13(fields));
        QVERIFY2(dg.ok(), qPrintable(dg.error().message));
        QCOMPARE(dg->text(Dg13::FullName), QStringLiteral("Đặng Thị Huệ").normalized(QString::NormalizationForm_C));
        QVERIFY(dg->text(Dg13::FullName) != nfdName);
        QCOMPARE(dg->text(Dg13::IdNumber), QStringLiteral("001095012345"));
        QCOMPARE(dg->text(Dg13::ExpiryDate), QStringLiteral("Không thời hạn"));
        QVERIFY(!dg->date(Dg13::ExpiryDate).isValid());
        QCOMPARE(dg->text(Dg13::DateOfBirth), QStringLiteral("1"));
        QCOMPARE(dg->text(20), QStringLiteral("X"));
        QVERIFY(!dg->has(Dg13::PlaceOfResidence));
        QCOMPARE(Dg13::fieldKey(16), QStringLiteral("field16"));
    }

    void dg13InvalidUtf8IsFlagged()
    {
        auto dg = Dg13::parse(
            wrapDg13(field(1, Tlv::encode(0x13, "001095012345")) + field(2, Tlv::encode(0x0C, hex("4EC3")))));
        QVERIFY(dg.ok());
        QVERIFY(dg->text(Dg13::FullName).contains(QChar(0xFFFD)));
        QCOMPARE(dg->warnings.size(), 1);
        QVERIFY(dg->warnings.first().contains("field 2"));
    }

    void dg13Malformed_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("wrong tag") << Tlv::encode(0x6E, Tlv::encode(0x30, Tlv::encodeInteger(1)));
        QTest::newRow("truncated") << Dg13Vector.left(200);
        QTest::newRow("no fields") << Tlv::encode(0x6D, Tlv::encode(0x30, Tlv::encodeInteger(1)));
        QTest::newRow("broken set") << Tlv::encode(0x6D, Tlv::encode(0x30, Tlv::encodeInteger(1) + hex("3105300302")));
        QTest::newRow("empty") << QByteArray();
    }
    void dg13Malformed()
    {
        QFETCH(QByteArray, file);
        auto dg = Dg13::parse(file);
        QVERIFY(!dg.ok());
        QCOMPARE(dg.error().code, QStringLiteral("card.file.malformed"));
    }

    void dg2Jpeg()
    {
        auto jpeg = SyntheticFace::jpeg(7);
        QVERIFY(jpeg.ok());
        const QByteArray file = CardFixtures::dg2(*jpeg, false, 240, 320);
        auto face = FaceImage::parseDg2(file);
        QVERIFY2(face.ok(), qPrintable(face.error().message));
        QCOMPARE(face->format, QStringLiteral("jpeg"));
        QCOMPARE(face->encoded, *jpeg);
        QCOMPARE(face->displayJpeg, *jpeg);
        QCOMPARE(face->width, 240);
        QCOMPARE(face->height, 320);
    }

    void dg2Jpeg2000Decodes()
    {
        auto jp2 = SyntheticFace::jpeg2000(3);
        QVERIFY2(jp2.ok(), qPrintable(jp2.error().message));
        QCOMPARE(FaceImage::sniffFormat(*jp2), QStringLiteral("jp2"));
        auto face = FaceImage::parseDg2(CardFixtures::dg2(*jp2, true, 240, 320));
        QVERIFY2(face.ok(), qPrintable(face.error().message));
        QCOMPARE(face->format, QStringLiteral("jp2"));
        QCOMPARE(face->width, 240);
        QCOMPARE(face->height, 320);
        QVERIFY(face->displayJpeg.startsWith(hex("FFD8FF")));
        const QImage shown = QImage::fromData(face->displayJpeg, "JPEG");
        QCOMPARE(shown.size(), QSize(240, 320));
        // Colours survive the JPEG 2000 round trip: compare with the drawn original.
        const QImage original = SyntheticFace::draw(3);
        const QRgb a = original.pixel(120, 150);
        const QRgb b = shown.pixel(120, 150);
        QVERIFY(qAbs(qRed(a) - qRed(b)) < 24 && qAbs(qGreen(a) - qGreen(b)) < 24 && qAbs(qBlue(a) - qBlue(b)) < 24);
    }

    void dg2Broken()
    {
        QCOMPARE(FaceImage::parseDg2(hex("7503020101")).error().code, QStringLiteral("card.file.malformed"));
        // A JPEG 2000 signature with garbage after it.
        const QByteArray fakeJp2 = hex("0000000C6A5020200D0A870A") + QByteArray(100, '\x55');
        auto face = FaceImage::parseDg2(CardFixtures::dg2(fakeJp2, true, 10, 10));
        QVERIFY(!face.ok());
        QCOMPARE(face.error().code, QStringLiteral("card.face.decode"));
        auto none = FaceImage::parseDg2(CardFixtures::dg2(QByteArray(64, 'z'), false, 10, 10));
        QCOMPARE(none.error().code, QStringLiteral("card.face.decode"));
        QVERIFY(!Jpeg2000Decoder::decode(hex("FF4FFF51") + QByteArray(40, '\0')).ok());
    }

    void mutatedFilesNeverCrash()
    {
        // Random byte changes and truncations of valid files: every parser answers with a value or a
        // typed error, never a crash or an overread (run under ASan/valgrind to see the latter).
        QRandomGenerator rng(4242);
        const SyntheticCitizen c = CardFixtures::citizen(1);
        const QByteArray jp2 = SyntheticFace::jpeg2000(5).value();
        const QList<QByteArray> files = {CardFixtures::dg13(c), CardFixtures::dg1(c), CardFixtures::efCom({1, 2, 13}),
                                         CardFixtures::dg2(jp2, true, 240, 320)};
        int accepted = 0;
        int rejected = 0;
        for (int round = 0; round < 1200; ++round) {
            const int which = round % files.size();
            QByteArray m = files[which];
            if (rng.bounded(4) == 0) {
                m.truncate(static_cast<int>(rng.bounded(static_cast<quint32>(m.size()))));
            } else {
                for (int i = 0, n = 1 + static_cast<int>(rng.bounded(4)); i < n; ++i)
                    m[static_cast<int>(rng.bounded(static_cast<quint32>(m.size())))] =
                        static_cast<char>(rng.bounded(256));
            }
            bool ok = false;
            switch (which) {
            case 0:
                ok = Dg13::parse(m).ok();
                break;
            case 1:
                ok = Dg1::parse(m).ok();
                break;
            case 2:
                ok = EfCom::parse(m).ok();
                break;
            default:
                ok = FaceImage::parseDg2(m).ok();
                break;
            }
            (ok ? accepted : rejected)++;
            QVERIFY(!SecurityObject::parse(m).ok());
        }
        QVERIFY(accepted > 0);
        QVERIFY(rejected > 0);
    }

    void faceOfRequestedSize()
    {
        auto jpeg = SyntheticFace::jpeg(11, 20000);
        QVERIFY(jpeg.ok());
        QVERIFY2(jpeg->size() > 14000 && jpeg->size() < 26000, qPrintable(QString::number(jpeg->size())));
    }
};

QTEST_GUILESS_MAIN(TestLdsFiles)
#include "tst_LdsFiles.moc"
