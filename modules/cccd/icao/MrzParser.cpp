#include "MrzParser.h"

#include "CardErrors.h"

#include <QRegularExpression>

namespace motcua::cccd {

namespace {

constexpr int Td1LineLength = 30;

int charValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.unicode() - 'A' + 10;
    if (c == QLatin1Char('<'))
        return 0;
    return -1;
}

// Scanners and people confuse O/0 and I/1 where only digits are allowed.
QString digitsOnly(QString s)
{
    for (QChar& c : s) {
        if (c == QLatin1Char('O') || c == QLatin1Char('Q') || c == QLatin1Char('D'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
    }
    return s;
}

QString stripFillers(const QString& s)
{
    QString out = s;
    while (out.endsWith(QLatin1Char('<')))
        out.chop(1);
    return out;
}

Error checkDigitError(const QString& field)
{
    return cardError(errc::MrzCheckDigit, QStringLiteral("MRZ check digit mismatch: %1").arg(field));
}

bool checkField(const QString& field, QChar digit)
{
    const int expected = MrzParser::checkDigit(field);
    if (expected < 0)
        return false;
    // A filler check digit is allowed for an all-filler field (unknown date).
    if (digit == QLatin1Char('<'))
        return expected == 0 && field.count(QLatin1Char('<')) == field.size();
    return digit.isDigit() && digit.unicode() - '0' == expected;
}

bool isDateOrFiller(const QString& yymmdd)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{6}|<{6})$"));
    if (!re.match(yymmdd).hasMatch())
        return false;
    if (yymmdd.startsWith(QLatin1Char('<')))
        return true;
    const int mm = yymmdd.mid(2, 2).toInt();
    const int dd = yymmdd.mid(4, 2).toInt();
    // 00 is tolerated: ICAO allows unknown month/day of birth.
    return mm <= 12 && dd <= 31;
}

} // namespace

int MrzParser::checkDigit(QStringView field)
{
    static constexpr int weights[3] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const int v = charValue(field[i]);
        if (v < 0)
            return -1;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

QString MrzParser::normalizeLine(const QString& line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        if (c.isSpace())
            continue;
        if (c == QChar(0x00AB) || c == QChar(0x2039) || c == QChar(0x3008) || c == QChar(0xFF1C))
            out.append(QLatin1Char('<')); // «, ‹, 〈, fullwidth <
        else
            out.append(c.toUpper());
    }
    return out;
}

Result<MrzData> MrzParser::parseTd1(const QString& text)
{
    const QStringList raw = text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString& l : raw) {
        const QString n = normalizeLine(l);
        if (!n.isEmpty())
            lines << n;
    }
    if (lines.size() == 1) {
        // One run of characters: cut it into lines.
        const QString all = lines.first();
        if (all.size() < 2 * Td1LineLength + 2)
            return cardError(errc::MrzFormat, QStringLiteral("MRZ too short: %1 characters").arg(all.size()));
        lines = {all.left(Td1LineLength), all.mid(Td1LineLength, Td1LineLength), all.mid(2 * Td1LineLength)};
    }
    return parseTd1(lines);
}

Result<MrzData> MrzParser::parseTd1(const QStringList& input)
{
    QStringList lines;
    for (const QString& l : input)
        lines << normalizeLine(l);
    if (lines.size() != 3)
        return cardError(errc::MrzFormat, QStringLiteral("TD1 MRZ needs 3 lines, got %1").arg(lines.size()));
    // The name line is often cut short by OCR or typing: pad it.
    if (lines[2].size() < Td1LineLength)
        lines[2] = lines[2].leftJustified(Td1LineLength, QLatin1Char('<'));
    for (int i = 0; i < 3; ++i) {
        if (lines[i].size() != Td1LineLength)
            return cardError(
                errc::MrzFormat,
                QStringLiteral("MRZ line %1 has %2 characters, expected 30").arg(i + 1).arg(lines[i].size()));
    }
    // Digits-only positions: dates and check digits (1-based: L1 15, 30; L2 1–7, 9–15, 30).
    QString& l1 = lines[0];
    QString& l2 = lines[1];
    l1.replace(14, 1, digitsOnly(l1.mid(14, 1)));
    l1.replace(29, 1, digitsOnly(l1.mid(29, 1)));
    l2.replace(0, 7, digitsOnly(l2.mid(0, 7)));
    l2.replace(8, 7, digitsOnly(l2.mid(8, 7)));
    l2.replace(29, 1, digitsOnly(l2.mid(29, 1)));
    // CCCD: optional data 1 holds the 12-digit ID; treat it as digits when the document is Vietnamese.
    if (l1.mid(2, 3) == QLatin1String("VNM")) {
        l1.replace(5, 9, digitsOnly(l1.mid(5, 9)));
        l1.replace(15, 12, digitsOnly(l1.mid(15, 12)));
    }
    for (int i = 0; i < 3; ++i) {
        for (int p = 0; p < Td1LineLength; ++p) {
            if (charValue(lines[i][p]) < 0)
                return cardError(
                    errc::MrzFormat,
                    QStringLiteral("MRZ line %1 position %2: character outside A-Z 0-9 <").arg(i + 1).arg(p + 1));
        }
    }

    MrzData d;
    d.lines = lines;
    d.documentCode = stripFillers(l1.mid(0, 2));
    d.issuingState = stripFillers(l1.mid(2, 3));
    const QString number = l1.mid(5, 9);
    if (!checkField(number, l1[14]))
        return checkDigitError(QStringLiteral("document number"));
    d.documentNumber = stripFillers(number);
    const QString optional1 = l1.mid(15, 15);
    d.optionalData1 = stripFillers(l1.mid(15, 14));

    const QString dob = l2.mid(0, 6);
    if (!isDateOrFiller(dob))
        return cardError(errc::MrzDate, QStringLiteral("MRZ date of birth is not a date"));
    if (!checkField(dob, l2[6]))
        return checkDigitError(QStringLiteral("date of birth"));
    d.dateOfBirth = dob;
    d.sex = l2.mid(7, 1);
    if (d.sex != QLatin1String("M") && d.sex != QLatin1String("F") && d.sex != QLatin1String("<"))
        return cardError(errc::MrzFormat, QStringLiteral("MRZ sex must be M, F or <"));
    const QString expiry = l2.mid(8, 6);
    if (!isDateOrFiller(expiry))
        return cardError(errc::MrzDate, QStringLiteral("MRZ date of expiry is not a date"));
    if (!checkField(expiry, l2[14]))
        return checkDigitError(QStringLiteral("date of expiry"));
    d.dateOfExpiry = expiry;
    d.nationality = stripFillers(l2.mid(15, 3));
    d.optionalData2 = stripFillers(l2.mid(18, 11));

    const QString composite = l1.mid(5, 25) + l2.mid(0, 7) + l2.mid(8, 7) + l2.mid(18, 11);
    if (!checkField(composite, l2[29]))
        return checkDigitError(QStringLiteral("composite"));

    // CCCD: ID in optional data 1, then "<<" and a check digit at position 30 [I: two public samples].
    static const QRegularExpression idRe(QStringLiteral("^[0-9]{12}$"));
    const QString id = optional1.left(12);
    if (d.issuingState == QLatin1String("VNM") && idRe.match(id).hasMatch()) {
        d.idNumber = id;
        if (!id.endsWith(d.documentNumber))
            d.warnings << QStringLiteral("document number is not the last 9 digits of the ID in optional data");
        if (!checkField(id, l1[29]) && !checkField(optional1.left(14), l1[29]))
            d.warnings << QStringLiteral("line 1 position 30 is not the check digit of the ID");
    }

    // Name: SURNAME<<GIVEN<NAMES.
    const QString name = lines[2];
    const int sep = name.indexOf(QLatin1String("<<"));
    const auto cleanName = [](QString s) {
        s = stripFillers(s);
        s.replace(QLatin1Char('<'), QLatin1Char(' '));
        return s.simplified();
    };
    if (sep < 0) {
        d.surname = cleanName(name);
    } else {
        d.surname = cleanName(name.left(sep));
        d.givenNames = cleanName(name.mid(sep + 2));
    }
    return d;
}

} // namespace motcua::cccd
