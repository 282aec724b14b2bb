#include "IdentityCrossCheck.h"

#include "TextFold.h"

#include <functional>

namespace motcua::cccd {

namespace {

// The MRZ name line holds 30 characters; longer names are cut, so a long MRZ name may be a prefix.
constexpr int kMrzNameLength = 30;

bool sameName(const IdentityClaims& a, const IdentityClaims& b)
{
    const QString fa = foldForSearch(a.fullName);
    const QString fb = foldForSearch(b.fullName);
    if (fa == fb)
        return true;
    const auto truncatedPrefix = [](const IdentityClaims& mrz, const QString& mrzName, const QString& other) {
        // surname + "<<" + given names filling (nearly) the whole line means it may have been cut.
        return mrz.nameHasNoDiacritics && mrzName.size() + 1 >= kMrzNameLength - 1 && other.startsWith(mrzName);
    };
    return truncatedPrefix(a, fa, fb) || truncatedPrefix(b, fb, fa);
}

QString showDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString showSex(const QString& sex)
{
    return sex == QLatin1String("M") ? QStringLiteral("Nam") : QStringLiteral("Nữ");
}

struct FieldRule
{
    QString key;
    std::function<QString(const IdentityClaims&)> shown; // empty = the source does not say
    std::function<bool(const IdentityClaims&, const IdentityClaims&)> same;
};

} // namespace

QString IdentityCrossCheck::sourceName(IdentityClaims::Source source)
{
    switch (source) {
    case IdentityClaims::Source::Qr:
        return tr("QR code");
    case IdentityClaims::Source::Chip:
        return tr("chip");
    case IdentityClaims::Source::Mrz:
        return tr("MRZ");
    }
    return {};
}

QMap<QString, QString> IdentityCrossCheck::compare(const QList<IdentityClaims>& claims)
{
    const auto text = [](auto member) { return [member](const IdentityClaims& c) { return c.*member; }; };
    const auto exact = [](auto member) {
        return [member](const IdentityClaims& a, const IdentityClaims& b) { return a.*member == b.*member; };
    };
    const auto date = [](QDate IdentityClaims::*member) {
        return [member](const IdentityClaims& c) { return (c.*member).isValid() ? showDate(c.*member) : QString(); };
    };
    const QList<FieldRule> rules = {
        {QStringLiteral("idNumber"), text(&IdentityClaims::idNumber), exact(&IdentityClaims::idNumber)},
        {QStringLiteral("oldIdNumber"), text(&IdentityClaims::oldIdNumber), exact(&IdentityClaims::oldIdNumber)},
        {QStringLiteral("documentNumber"), text(&IdentityClaims::documentNumber),
         exact(&IdentityClaims::documentNumber)},
        {QStringLiteral("fullName"), text(&IdentityClaims::fullName), sameName},
        {QStringLiteral("dateOfBirth"), date(&IdentityClaims::dateOfBirth), exact(&IdentityClaims::dateOfBirth)},
        {QStringLiteral("sex"), [](const IdentityClaims& c) { return c.sex.isEmpty() ? QString() : showSex(c.sex); },
         exact(&IdentityClaims::sex)},
        {QStringLiteral("expiresOn"), date(&IdentityClaims::expiresOn), exact(&IdentityClaims::expiresOn)},
        {QStringLiteral("issuedOn"), date(&IdentityClaims::issuedOn), exact(&IdentityClaims::issuedOn)},
        {QStringLiteral("placeOfResidence"), text(&IdentityClaims::address),
         [](const IdentityClaims& a, const IdentityClaims& b) {
             return foldForSearch(a.address) == foldForSearch(b.address);
         }},
    };

    QMap<QString, QString> mismatches;
    for (const FieldRule& rule : rules) {
        QList<const IdentityClaims*> saying;
        for (const IdentityClaims& c : claims)
            if (!rule.shown(c).isEmpty())
                saying << &c;
        bool differ = false;
        for (int i = 1; i < saying.size() && !differ; ++i)
            differ = !rule.same(*saying[0], *saying[i]);
        if (!differ)
            continue;
        QStringList parts;
        for (const IdentityClaims* c : saying)
            parts << tr("%1: “%2”").arg(sourceName(c->source), rule.shown(*c));
        mismatches.insert(rule.key, parts.join(QStringLiteral(" · ")));
    }

    // Within and across sources: the MRZ document number of a CCCD is the last 9 digits of the ID.
    for (const IdentityClaims& withNumber : claims) {
        if (withNumber.documentNumber.isEmpty() || mismatches.contains(QStringLiteral("documentNumber")))
            continue;
        for (const IdentityClaims& withId : claims) {
            if (withId.idNumber.size() != 12 || withId.idNumber.right(9) == withNumber.documentNumber)
                continue;
            mismatches.insert(QStringLiteral("documentNumber"),
                              tr("%1 document number “%2” is not the last 9 digits of the ID “%3” (%4)")
                                  .arg(sourceName(withNumber.source), withNumber.documentNumber, withId.idNumber,
                                       sourceName(withId.source)));
            break;
        }
    }
    return mismatches;
}

void IdentityCrossCheck::apply(CitizenIdentity& identity, const QList<IdentityClaims>& claims)
{
    identity.mismatches = compare(claims);
}

} // namespace motcua::cccd
