#include "QrCodeParser.h"

#include "Applicant.h"
#include "TextFold.h"

#include <QStringDecoder>

namespace motcua::cccd {

namespace {

// Windows-1252 characters for bytes 0x80–0x9F: scanners and Windows hosts often show UTF-8 through it.
char16_t cp1252High(unsigned byte)
{
    static const char16_t table[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    return table[byte - 0x80];
}

int byteForChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
        return u;
    for (unsigned b = 0x80; b <= 0x9F; ++b)
        if (cp1252High(b) == u)
            return int(b);
    return -1;
}

// Keyboard wedges append CR/LF/Tab and sometimes emit stray control characters; remove them.
QString stripControls(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            out.append(c);
    return out.trimmed();
}

QString simplifiedField(const QString& field)
{
    return normalizeNfc(field.simplified());
}

bool isAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

} // namespace

QString QrCodeParser::repairMojibake(const QString& text, bool* repaired)
{
    if (repaired)
        *repaired = false;
    QByteArray bytes;
    bytes.reserve(text.size());
    bool hasLeadByte = false;
    for (const QChar c : text) {
        const int b = byteForChar(c);
        if (b < 0)
            return text; // a character no single-byte code page produces: the text is genuine Unicode
        if (b >= 0xC2 && b <= 0xF4)
            hasLeadByte = true;
        bytes.append(char(b));
    }
    if (!hasLeadByte)
        return text;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError() || decoded == text)
        return text;
    if (repaired)
        *repaired = true;
    return decoded;
}

QDate QrCodeParser::parseDate(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() <= '9')
            digits.append(c);
        else if (c != QLatin1Char('/') && c != QLatin1Char('-') && c != QLatin1Char('.') && !c.isSpace())
            return {};
    }
    if (digits.size() != 8)
        return {};
    return QDate(digits.mid(4, 4).toInt(), digits.mid(2, 2).toInt(), digits.left(2).toInt());
}

Result<QrCodeData> QrCodeParser::parse(const QString& text, const QDate& today)
{
    QrCodeData data;
    // Repair first: Latin-1 mojibake may contain C1 control characters that stripping would destroy.
    bool repaired = false;
    QString cleaned = normalizeNfc(stripControls(repairMojibake(text, &repaired)));
    if (cleaned.isEmpty())
        return Error{QStringLiteral("qr.empty"), QStringLiteral("QR text is empty")};
    if (repaired)
        data.warnings << QStringLiteral("qr.mojibake_repaired");
    if (!cleaned.contains(QLatin1Char('|')))
        return Error{QStringLiteral("qr.not_cccd"), QStringLiteral("QR text has no '|' separated fields")};
    data.raw = cleaned;

    const QStringList fields = cleaned.split(QLatin1Char('|'), Qt::KeepEmptyParts);
    const auto field = [&fields](int i) { return i < fields.size() ? fields[i].trimmed() : QString(); };

    data.idNumber = field(0);
    const QString idProblem = validatePersonalId(data.idNumber);
    if (!idProblem.isEmpty())
        return Error{QStringLiteral("qr.invalid_id"),
                     QStringLiteral("field 0 is not a valid 12-digit personal ID (%1)").arg(idProblem)};

    // Old 9-digit CMND, or on 2024 cards possibly a cancelled 12-digit number: kept raw, never validated.
    data.oldIdNumber = field(1);
    data.fullName = simplifiedField(field(2));

    const QString dob = field(3);
    if (!dob.isEmpty()) {
        data.dateOfBirth = parseDate(dob);
        if (!data.dateOfBirth.isValid() || data.dateOfBirth > today || data.dateOfBirth.year() < 1880)
            return Error{QStringLiteral("qr.invalid_date"), QStringLiteral("field 3 (date of birth) is not a date")};
    }

    const QString sex = simplifiedField(field(4));
    const QString foldedSex = foldForSearch(sex);
    if (foldedSex == QLatin1String("nam") || foldedSex == QLatin1String("male") || foldedSex == QLatin1String("m"))
        data.sex = QStringLiteral("Nam");
    else if (foldedSex == QLatin1String("nu") || foldedSex == QLatin1String("female") ||
             foldedSex == QLatin1String("f"))
        data.sex = QStringLiteral("Nữ");
    else {
        data.sex = sex;
        if (!sex.isEmpty())
            data.warnings << QStringLiteral("qr.sex_unknown");
    }

    data.address = simplifiedField(field(5));

    const QString issued = field(6);
    if (!issued.isEmpty()) {
        data.issuedOn = parseDate(issued);
        if (!data.issuedOn.isValid() || data.issuedOn > today.addDays(1) ||
            (data.dateOfBirth.isValid() && data.issuedOn < data.dateOfBirth))
            return Error{QStringLiteral("qr.invalid_date"), QStringLiteral("field 6 (date of issue) is not a date")};
    }

    for (int i = 7; i < fields.size(); ++i)
        data.extraFields << simplifiedField(fields[i]);

    if (fields.size() < 7) {
        data.format = QrCodeData::Format::Unknown;
        data.warnings << QStringLiteral("qr.missing_fields");
    } else {
        data.format = fields.size() == 7 ? QrCodeData::Format::Cccd2021 : QrCodeData::Format::Card2024;
    }
    if (data.dateOfBirth.isNull() || data.fullName.isEmpty())
        data.warnings << QStringLiteral("qr.field_empty");
    if (!data.fullName.isEmpty() && isAscii(data.fullName + data.address))
        data.warnings << QStringLiteral("qr.diacritics_missing");
    if (cleaned.contains(QChar(0xFFFD)) || data.fullName.contains(QLatin1Char('?')))
        data.warnings << QStringLiteral("qr.damaged_characters");
    return data;
}

} // namespace motcua::cccd
