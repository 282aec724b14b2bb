#include "MrzLiveCheck.h"

#include "MrzParser.h"

#include <QStringList>

namespace motcua::cccd {

namespace {

constexpr int kLineLength = 30;

MrzLiveCheck::State digitState(const QString& line, int from, int length, int digitPos)
{
    if (line.size() <= digitPos)
        return MrzLiveCheck::State::Incomplete;
    const int expected = MrzParser::checkDigit(QStringView(line).mid(from, length));
    const QChar digit = line.at(digitPos);
    return expected >= 0 && digit.isDigit() && digit.unicode() - '0' == expected ? MrzLiveCheck::State::Valid
                                                                                 : MrzLiveCheck::State::Invalid;
}

} // namespace

QList<MrzLiveCheck::Field> MrzLiveCheck::check(int lineIndex, const QStringList& lines)
{
    const QString line = MrzParser::normalizeLine(lines.value(lineIndex));
    QList<Field> fields;
    switch (lineIndex) {
    case 0:
        fields << Field{tr("document number"), digitState(line, 5, 9, 14)};
        // Position 30 is the check digit of the 12-digit ID in optional data (CCCD.md §2.1, [I]).
        fields << Field{tr("ID number"), digitState(line, 15, 14, 29)};
        break;
    case 1: {
        fields << Field{tr("date of birth"), digitState(line, 0, 6, 6)};
        fields << Field{tr("expiry date"), digitState(line, 8, 6, 14)};
        const QString l1 = MrzParser::normalizeLine(lines.value(0));
        State composite = State::Incomplete;
        if (l1.size() == kLineLength && line.size() == kLineLength) {
            const QString data = l1.mid(5, 25) + line.mid(0, 7) + line.mid(8, 7) + line.mid(18, 11);
            const int expected = MrzParser::checkDigit(data);
            const QChar digit = line.at(29);
            composite =
                expected >= 0 && digit.isDigit() && digit.unicode() - '0' == expected ? State::Valid : State::Invalid;
        }
        fields << Field{tr("composite"), composite};
        break;
    }
    case 2:
        fields << Field{tr("name"), line.isEmpty()              ? State::Incomplete
                                    : line.size() > kLineLength ? State::Invalid
                                                                : State::Valid};
        break;
    default:
        break;
    }
    if (line.size() > kLineLength)
        for (Field& f : fields)
            f.state = State::Invalid;
    return fields;
}

QString MrzLiveCheck::summary(const QList<Field>& fields)
{
    QStringList parts;
    for (const Field& f : fields) {
        const QString mark = f.state == State::Valid     ? QStringLiteral("✓")
                             : f.state == State::Invalid ? QStringLiteral("✗")
                                                         : QStringLiteral("…");
        parts << mark + QLatin1Char(' ') + f.name;
    }
    return parts.join(QStringLiteral(" · "));
}

bool MrzLiveCheck::allValid(const QList<Field>& fields)
{
    for (const Field& f : fields)
        if (f.state != State::Valid)
            return false;
    return !fields.isEmpty();
}

} // namespace motcua::cccd
