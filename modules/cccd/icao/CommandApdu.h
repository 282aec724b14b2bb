#pragma once

#include "Result.h"

#include <QByteArray>

namespace motcua::cccd {

// A command APDU (ISO/IEC 7816-4): header, optional data, optional Le. `le` is the number of bytes
// expected (1…65536) or NoLe; encode() picks short or extended form.
struct CommandApdu
{
    static constexpr int NoLe = -1;

    quint8 cla = 0x00;
    quint8 ins = 0x00;
    quint8 p1 = 0x00;
    quint8 p2 = 0x00;
    QByteArray data;
    int le = NoLe;
    bool forceExtended = false; // extended encoding even when short would do

    CommandApdu() = default;
    CommandApdu(quint8 cla_, quint8 ins_, quint8 p1_, quint8 p2_, QByteArray data_ = {}, int le_ = NoLe)
        : cla(cla_), ins(ins_), p1(p1_), p2(p2_), data(std::move(data_)), le(le_)
    {}

    bool needsExtended() const;
    QByteArray encode() const;
    // Parses any of the four ISO cases, short or extended (card side).
    static Result<CommandApdu> parse(const QByteArray& bytes);
    // Whether the parsed bytes used extended length (set by parse()).
    bool extended = false;
};

} // namespace motcua::cccd
