#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace motcua::cccd {

// Check-digit feedback while the official types one MRZ line (TD1, CCCD.md §2.1): which fields of the
// line are complete and whether their check digits match. Pure; the card page renders it.
class MrzLiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(motcua::cccd::MrzLiveCheck)
public:
    enum class State { Incomplete, Valid, Invalid };
    struct Field
    {
        QString name; // translated: "document number", "ID number", …
        State state = State::Incomplete;
    };

    // lineIndex 0, 1 or 2; `line` as typed (normalised here). `lines` gives all three for the composite digit.
    static QList<Field> check(int lineIndex, const QStringList& lines);
    // "✓ document number · ✗ ID number" for display.
    static QString summary(const QList<Field>& fields);
    static bool allValid(const QList<Field>& fields);
};

} // namespace motcua::cccd
