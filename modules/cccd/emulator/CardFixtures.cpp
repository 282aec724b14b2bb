#include "CardFixtures.h"

#include "ActiveAuthentication.h"
#include "CardErrors.h"
#include "Dg1.h"
#include "EfCom.h"
#include "LdsFile.h"
#include "MrzParser.h"
#include "Oid.h"
#include "SecurityObject.h"
#include "SyntheticFace.h"
#include "TextFold.h"
#include "Tlv.h"

#include <QImage>
#include <openssl/evp.h>

namespace motcua::cccd {

namespace {

QByteArray utf8(const QString& s)
{
    return Tlv::encode(0x0C, s.normalized(QString::NormalizationForm_C).toUtf8());
}

QByteArray printable(const QString& s)
{
    return Tlv::encode(0x13, s.toLatin1());
}

QByteArray field(int number, const QByteArray& value)
{
    return Tlv::encode(0x30, Tlv::encodeInteger(number) + value);
}

QString ddmmyyyy(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString yymmdd(const QDate& d)
{
    return d.toString(QStringLiteral("yyMMdd"));
}

QString withCheck(const QString& field)
{
    return field + QString::number(MrzParser::checkDigit(field));
}

QByteArray digestOf(const QString& name, const QByteArray& data)
{
    const EVP_MD* md = EVP_get_digestbyname(name.toLatin1().constData());
    if (!md)
        return {};
    QByteArray out(EVP_MD_get_size(md), '\0');
    unsigned int n = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &n, md,
               nullptr);
    return out;
}

QList<SyntheticCitizen> makeCitizens()
{
    QList<SyntheticCitizen> list;
    SyntheticCitizen a; // CCCD.md §2.3 / §4.5
    a.idNumber = QStringLiteral("001095012345");
    a.oldIdNumber = QStringLiteral("123456789");
    a.fullName = QStringLiteral("Nguyễn Văn An");
    a.dateOfBirth = QDate(1995, 3, 15);
    a.placeOfOrigin = QStringLiteral("Xã Thử Nghiệm, Huyện Mẫu, Tỉnh Ví Dụ");
    a.placeOfResidence = QStringLiteral("Số 1 Đường Mẫu, Phường Thử Nghiệm, Quận Ví Dụ, Hà Nội");
    a.personalMarks = QStringLiteral("Nốt ruồi C:1cm dưới trước mép phải");
    a.issuedOn = QDate(2021, 7, 10);
    a.expiresOn = QDate(2035, 3, 15);
    a.fatherName = QStringLiteral("Nguyễn Văn Bình");
    a.motherName = QStringLiteral("Trần Thị Cúc");
    list << a;

    SyntheticCitizen b;
    b.idNumber = QStringLiteral("079188000123");
    b.fullName = QStringLiteral("Trần Thị Bích Ngọc");
    b.dateOfBirth = QDate(1988, 9, 2);
    b.female = true;
    b.religion = QStringLiteral("Phật giáo");
    b.placeOfOrigin = QStringLiteral("Xã Ví Dụ, Huyện Thử Nghiệm, Tỉnh Mẫu");
    b.placeOfResidence = QStringLiteral("Số 25 Ngõ Mẫu, Phường Đông Thử, Quận Ví Dụ, TP Hồ Chí Minh");
    b.personalMarks = QStringLiteral("Sẹo chấm C:2cm trên sau đuôi mắt trái");
    b.issuedOn = QDate(2021, 4, 20);
    b.expiresOn = QDate(2028, 9, 2);
    b.fatherName = QStringLiteral("Trần Văn Hùng");
    b.motherName = QStringLiteral("Phạm Thị Lan");
    b.spouseName = QStringLiteral("Lê Văn Đức");
    b.field16 = QStringLiteral("0A1B2C3D4E5F6071");
    list << b;

    SyntheticCitizen c; // no expiry: issued at 60+ ("Không thời hạn")
    c.idNumber = QStringLiteral("036050000777");
    c.oldIdNumber = QStringLiteral("987654321");
    c.fullName = QStringLiteral("Hoàng Văn Đạt");
    c.dateOfBirth = QDate(1950, 1, 1);
    c.ethnicity = QStringLiteral("Tày");
    c.placeOfOrigin = QStringLiteral("Xã Mẫu Sơn, Huyện Thử Nghiệm, Tỉnh Ví Dụ");
    c.placeOfResidence = QStringLiteral("Thôn Ví Dụ, Xã Mẫu Sơn, Huyện Thử Nghiệm, Tỉnh Ví Dụ");
    c.personalMarks = QStringLiteral("Nốt ruồi C:0,5cm trên trước cánh mũi phải");
    c.issuedOn = QDate(2022, 1, 5);
    c.fatherName = QStringLiteral("Hoàng Văn Mẫu");
    c.motherName = QStringLiteral("Nông Thị Thử");
    c.spouseName = QStringLiteral("Lương Thị Ví");
    list << c;

    SyntheticCitizen d;
    d.idNumber = QStringLiteral("014305009999");
    d.fullName = QStringLiteral("Lò Thị Mai");
    d.dateOfBirth = QDate(2005, 11, 30);
    d.female = true;
    d.ethnicity = QStringLiteral("Thái");
    d.placeOfOrigin = QStringLiteral("Bản Thử, Xã Ví Dụ, Huyện Mẫu, Tỉnh Thử Nghiệm");
    d.placeOfResidence = QStringLiteral("Bản Thử, Xã Ví Dụ, Huyện Mẫu, Tỉnh Thử Nghiệm");
    d.personalMarks = QStringLiteral("Sẹo chấm C:1cm dưới cằm");
    d.issuedOn = QDate(2021, 12, 1);
    d.expiresOn = QDate(2030, 11, 30);
    d.fatherName = QStringLiteral("Lò Văn Thử");
    d.motherName = QStringLiteral("Cầm Thị Mẫu");
    list << d;
    return list;
}

} // namespace

SyntheticCitizen CardFixtures::citizen(int index)
{
    static const QList<SyntheticCitizen> citizens = makeCitizens();
    return citizens.at(std::clamp<qsizetype>(index, 0, citizens.size() - 1));
}

int CardFixtures::citizenCount()
{
    return 4;
}

QString CardFixtures::mrzName(const QString& fullName)
{
    // Diacritics off, Đ → D, upper case; surname first, then given names.
    const QStringList words = foldForSearch(fullName).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString name = words.value(0) + QStringLiteral("<<") + words.mid(1).join(QLatin1Char('<'));
    return name.left(30).leftJustified(30, QLatin1Char('<'));
}

QStringList CardFixtures::mrzLines(const SyntheticCitizen& c)
{
    const QString number = c.idNumber.right(9);
    const QString optional = c.idNumber + QStringLiteral("<<") + QString::number(MrzParser::checkDigit(c.idNumber));
    const QString line1 = QStringLiteral("IDVNM") + withCheck(number) + optional;
    const QString expiry = c.expiresOn.isValid() ? yymmdd(c.expiresOn) : QStringLiteral("991231");
    QString line2 = withCheck(yymmdd(c.dateOfBirth)) + (c.female ? QStringLiteral("F") : QStringLiteral("M")) +
                    withCheck(expiry) + QStringLiteral("VNM") + QString(11, QLatin1Char('<'));
    const QString composite = line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11);
    line2 += QString::number(MrzParser::checkDigit(composite));
    return {line1, line2, mrzName(c.fullName)};
}

QByteArray CardFixtures::efCom(const QList<int>& dataGroups)
{
    EfCom com;
    com.ldsVersion = QStringLiteral("0107");
    com.unicodeVersion = QStringLiteral("040000");
    com.dataGroups = dataGroups;
    return com.encode();
}

QByteArray CardFixtures::dg1(const SyntheticCitizen& c)
{
    return Dg1::encode(mrzLines(c));
}

QByteArray CardFixtures::dg2(const QByteArray& image, bool jpeg2000, int width, int height)
{
    const auto be = [](quint32 v, int bytes) {
        QByteArray out;
        for (int i = bytes - 1; i >= 0; --i)
            out.append(static_cast<char>((v >> (8 * i)) & 0xFF));
        return out;
    };
    // ISO/IEC 19794-5 facial record: general header, one facial record header, image information, image.
    const int recordLength = 14 + 20 + 12 + static_cast<int>(image.size());
    QByteArray record = QByteArray("FAC\0"
                                   "010\0",
                                   8) +
                        be(static_cast<quint32>(recordLength), 4) + be(1, 2);
    record += be(static_cast<quint32>(recordLength - 14), 4) + be(0, 2); // block length, feature points
    record += QByteArray::fromHex("01"
                                  "00"
                                  "00"
                                  "000000"
                                  "0000"
                                  "000000"
                                  "000000");                                     // gender, eyes, hair, …
    record += QByteArray(1, '\x01') + QByteArray(1, jpeg2000 ? '\x01' : '\x00'); // full frontal, JPEG/JP2
    record += be(static_cast<quint32>(width), 2) + be(static_cast<quint32>(height), 2);
    record += QByteArray::fromHex("01"
                                  "02"
                                  "0000"
                                  "0000"); // RGB24, digital still, device, quality
    record += image;
    const QByteArray header = Tlv::encode(
        0xA1, Tlv::encode(0x80, QByteArray::fromHex("0101")) + Tlv::encode(0x81, QByteArray::fromHex("02")) +
                  Tlv::encode(0x87, QByteArray::fromHex("0101")) + Tlv::encode(0x88, QByteArray::fromHex("0008")));
    const QByteArray bit = Tlv::encode(0x7F60, header + Tlv::encode(0x5F2E, record));
    return Tlv::encode(0x75, Tlv::encode(0x7F61, Tlv::encodeInteger(1) + bit));
}

QByteArray CardFixtures::dg13(const SyntheticCitizen& c, Dg13Nesting nesting)
{
    QByteArray fields;
    fields += field(1, printable(c.idNumber));
    fields += field(2, utf8(c.fullName));
    fields += field(3, printable(ddmmyyyy(c.dateOfBirth)));
    fields += field(4, utf8(c.sexText()));
    fields += field(5, utf8(c.nationality));
    fields += field(6, utf8(c.ethnicity));
    fields += field(7, utf8(c.religion));
    fields += field(8, utf8(c.placeOfOrigin));
    fields += field(9, utf8(c.placeOfResidence));
    fields += field(10, utf8(c.personalMarks));
    fields += field(11, printable(ddmmyyyy(c.issuedOn)));
    fields += field(12, utf8(c.expiresOn.isValid() ? ddmmyyyy(c.expiresOn) : QStringLiteral("Không thời hạn")));
    if (nesting == Dg13Nesting::SeparateSequences)
        fields += field(13, Tlv::encode(0x30, utf8(c.fatherName)) + Tlv::encode(0x30, utf8(c.motherName)));
    else
        fields += field(13, Tlv::encode(0x30, utf8(c.fatherName) + utf8(c.motherName)));
    fields += field(14, c.spouseName.isEmpty() ? QByteArray() : Tlv::encode(0x30, utf8(c.spouseName)));
    if (!c.oldIdNumber.isEmpty())
        fields += field(15, printable(c.oldIdNumber));
    if (!c.field16.isEmpty())
        fields += field(16, printable(c.field16));
    const QByteArray body =
        Tlv::encodeInteger(1) + Oid::encodeElement(QStringLiteral("1.0.10646.1.0.8")) + Tlv::encode(0x31, fields);
    return Tlv::encode(0x6D, Tlv::encode(0x30, body));
}

QByteArray CardFixtures::dg14()
{
    // SecurityInfos with one ChipAuthenticationInfo (id-CA-ECDH-AES-CBC-CMAC-128, version 1).
    const QByteArray caInfo =
        Tlv::encode(0x30, Oid::encodeElement(QStringLiteral("0.4.0.127.0.7.2.2.3.2.2")) + Tlv::encodeInteger(1));
    return Tlv::encode(0x6E, Tlv::encode(0x31, caInfo));
}

QByteArray CardFixtures::cardAccess()
{
    return QByteArray::fromHex("3134"
                               "300D060804007F00070202020201"
                               "01"
                               "300F060A04007F000702020302020201"
                               "01"
                               "3012060A04007F0007020204020202010202010D");
}

Result<QByteArray> CardFixtures::sod(const QMap<int, QByteArray>& dataGroups, const TestPki& pki, const QString& digest,
                                     bool rsaPss)
{
    QMap<int, QByteArray> hashes;
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it) {
        const QByteArray h = digestOf(digest, it.value());
        if (h.isEmpty())
            return cardError(errc::Fixture, QStringLiteral("unknown digest %1").arg(digest));
        hashes.insert(it.key(), h);
    }
    auto signedData = pki.signSecurityObject(SecurityObject::encodeLdsSecurityObject(digest, hashes), digest, rsaPss);
    if (!signedData)
        return signedData;
    return Tlv::encode(0x77, *signedData);
}

Result<CardProfile> CardFixtures::profile(const SyntheticCitizen& c, const TestPki& pki, const Options& options)
{
    const int seed = c.idNumber.right(4).toInt();
    Result<QByteArray> image = options.face == FaceFormat::Jpeg2000 ? SyntheticFace::jpeg2000(seed)
                                                                    : SyntheticFace::jpeg(seed, options.faceBytes);
    if (!image)
        return image.error();
    const QImage decoded =
        options.face == FaceFormat::Jpeg ? QImage::fromData(*image, "JPEG") : SyntheticFace::draw(seed);

    QMap<int, QByteArray> groups;
    groups.insert(1, dg1(c));
    groups.insert(2, dg2(*image, options.face == FaceFormat::Jpeg2000, decoded.width(), decoded.height()));
    if (options.includeDg3)
        groups.insert(3, Tlv::encode(0x63, Tlv::encode(0x7F61, Tlv::encodeInteger(0))));
    groups.insert(13, dg13(c, options.nesting));
    if (options.includeDg14)
        groups.insert(14, dg14());
    CardProfile p;
    if (options.activeAuthentication) {
        auto key = TestPki::generateRsaPrivateKeyPem(1024);
        if (!key)
            return key.error();
        auto dg15 = ActiveAuthentication::dg15ForPrivateKey(*key);
        if (!dg15)
            return dg15.error();
        groups.insert(15, *dg15);
        p.activeAuthenticationKeyPem = *key;
    }
    auto sodFile = sod(groups, pki, options.digest, options.rsaPss);
    if (!sodFile)
        return sodFile.error();

    p.label = QStringLiteral("TEST ONLY synthetic citizen %1").arg(c.idNumber);
    p.mrzLines = mrzLines(c);
    p.can = c.can();
    p.behaviour = options.behaviour;
    // EF.COM lists DGs in the order seen on real cards: 1, 2, 3, 13, 15, 14.
    QList<int> listed;
    for (const int dg : {1, 2, 3, 13, 15, 14}) {
        if (groups.contains(dg))
            listed << dg;
    }
    p.files.insert(LdsFile::Com, efCom(listed));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        p.files.insert(LdsFile::fidOfDataGroup(it.key()), it.value());
    p.files.insert(LdsFile::Sod, *sodFile);
    p.files.insert(LdsFile::CardAccess, cardAccess());
    return p;
}

} // namespace motcua::cccd
