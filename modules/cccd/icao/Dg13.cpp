#include "Dg13.h"

#include "CardErrors.h"
#include "Tlv.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace motcua::cccd {

namespace {

constexpr int MaxDepth = 8;

Error malformed(const QString& what)
{
    return cardError(errc::FileMalformed, QStringLiteral("DG13: %1").arg(what));
}

bool isStringTag(quint32 tag)
{
    // UTF8String, PrintableString, T61String, IA5String, VisibleString, BMPString
    return tag == 0x0C || tag == 0x13 || tag == 0x14 || tag == 0x16 || tag == 0x1A || tag == 0x1E;
}

// Decodes one string element; *invalid is set when the bytes are not valid in their declared type.
QString decodeString(const TlvElement& e, bool* invalid)
{
    QString s;
    if (e.tag == 0x0C) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        s = decoder.decode(e.value);
        if (decoder.hasError())
            *invalid = true;
    } else if (e.tag == 0x1E) {
        QStringDecoder decoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        s = decoder.decode(e.value);
        if (decoder.hasError() || e.value.size() % 2 != 0)
            *invalid = true;
    } else {
        for (const char c : e.value) {
            if (static_cast<quint8>(c) > 0x7E || static_cast<quint8>(c) < 0x20)
                *invalid = true;
        }
        s = QString::fromLatin1(e.value);
    }
    return s.normalized(QString::NormalizationForm_C).trimmed();
}

// Every string leaf under `e`, depth first, in order.
void collectStrings(const TlvElement& e, int depth, QStringList& out, bool* invalid)
{
    if (isStringTag(e.tag)) {
        out << decodeString(e, invalid);
        return;
    }
    if (!e.isConstructed() || depth >= MaxDepth)
        return;
    auto kids = e.children();
    if (!kids)
        return;
    for (const TlvElement& k : *kids)
        collectStrings(k, depth + 1, out, invalid);
}

// A field is SEQUENCE { INTEGER n, … }.
std::optional<int> fieldNumber(const TlvElement& e)
{
    if (e.tag != 0x30)
        return std::nullopt;
    auto kids = e.children();
    if (!kids || kids->isEmpty() || kids->first().tag != 0x02)
        return std::nullopt;
    const auto n = Tlv::integerValue(kids->first().value);
    if (!n || *n < 1 || *n > 255)
        return std::nullopt;
    return static_cast<int>(*n);
}

} // namespace

QString Dg13::text(int field) const
{
    return fields.value(field).value(0);
}

QDate Dg13::parseDate(const QString& text)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString t = text.trimmed();
    if (auto m = dmy.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

QString Dg13::fieldKey(int field)
{
    switch (field) {
    case IdNumber:
        return QStringLiteral("idNumber");
    case FullName:
        return QStringLiteral("fullName");
    case DateOfBirth:
        return QStringLiteral("dateOfBirth");
    case Sex:
        return QStringLiteral("sex");
    case Nationality:
        return QStringLiteral("nationality");
    case Ethnicity:
        return QStringLiteral("ethnicity");
    case Religion:
        return QStringLiteral("religion");
    case PlaceOfOrigin:
        return QStringLiteral("placeOfOrigin");
    case PlaceOfResidence:
        return QStringLiteral("placeOfResidence");
    case PersonalMarks:
        return QStringLiteral("personalMarks");
    case IssueDate:
        return QStringLiteral("issuedOn");
    case ExpiryDate:
        return QStringLiteral("expiresOn");
    case Parents:
        return QStringLiteral("parents");
    case Spouse:
        return QStringLiteral("spouse");
    case OldIdNumber:
        return QStringLiteral("oldIdNumber");
    default:
        return QStringLiteral("field%1").arg(field);
    }
}

Result<Dg13> Dg13::parse(const QByteArray& file)
{
    auto outer = Tlv::parseSingle(file, true);
    if (!outer)
        return malformed(outer.error().message);
    if (outer->tag != 0x6D)
        return malformed(QStringLiteral("outer tag is not 6D"));
    auto top = outer->children();
    if (!top)
        return malformed(top.error().message);
    // Normally one SEQUENCE { version, OID, SET }; tolerate the three directly under 6D.
    QList<TlvElement> body = *top;
    if (body.size() == 1 && body.first().tag == 0x30) {
        auto inner = body.first().children();
        if (!inner)
            return malformed(inner.error().message);
        body = *inner;
    }

    // The field container: a SET (or SEQUENCE) whose children are field SEQUENCEs. Tolerate fields
    // listed directly in the body as well.
    QList<TlvElement> fieldElements;
    for (const TlvElement& e : body) {
        if ((e.tag == 0x31 || e.tag == 0x30) && !fieldNumber(e)) {
            auto kids = e.children();
            if (!kids)
                return malformed(kids.error().message);
            fieldElements += *kids;
        } else if (fieldNumber(e) && e.tag == 0x30) {
            fieldElements << e;
        }
    }
    if (fieldElements.isEmpty())
        return malformed(QStringLiteral("no fields found"));

    Dg13 dg;
    for (const TlvElement& f : fieldElements) {
        const auto n = fieldNumber(f);
        if (!n) {
            dg.warnings << QStringLiteral("an element that is not a numbered field was skipped");
            continue;
        }
        if (dg.fields.contains(*n)) {
            dg.warnings << QStringLiteral("field %1 appears twice; the first is kept").arg(*n);
            continue;
        }
        auto kids = f.children();
        QStringList strings;
        bool invalid = false;
        for (qsizetype i = 1; i < kids->size(); ++i)
            collectStrings(kids->at(i), 1, strings, &invalid);
        if (invalid)
            dg.warnings << QStringLiteral("field %1 holds bytes invalid for its string type").arg(*n);
        dg.fields.insert(*n, strings);
    }
    if (!dg.has(IdNumber))
        dg.warnings << QStringLiteral("field 1 (ID number) is absent");
    return dg;
}

} // namespace motcua::cccd
