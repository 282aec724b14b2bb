#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::scan {

// A snapshot of one SANE option descriptor in plain Qt types, so the option mapping can be unit-tested
// from recorded option dumps without a scanner.
struct SaneOptionInfo
{
    enum class Type { Bool, Int, Fixed, String, Button, Group };
    enum class Unit { None, Pixel, Bit, Mm, Dpi, Percent, Microsecond };
    enum class Constraint { None, Range, WordList, StringList };

    int index = 0;
    QString name;
    QString title;
    Type type = Type::Int;
    Unit unit = Unit::None;
    Constraint constraint = Constraint::None;
    double rangeMin = 0;
    double rangeMax = 0;
    double rangeQuant = 0;
    QList<double> words;
    QStringList strings;
    bool active = true;
    bool settable = true;
};

} // namespace motcua::scan
