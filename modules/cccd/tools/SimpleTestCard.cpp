#include "SimpleTestCard.h"

#include <QRandomGenerator>

namespace motcua::cccd {

QByteArray SimpleTestCard::atr() const
{
    // TS T0 TD1 TD2 (T=0, T=1) | historical: 80 (compact-TLV) 73 (card capabilities, 3 bytes) 00 00 C0
    // (command chaining + extended Lc/Le) | TCK
    QByteArray atr = QByteArray::fromHex("3B85800180730000C0");
    atr[1] = char(0x80 | (atr.size() - 4)); // number of historical bytes after TS T0 TD1 TD2
    quint8 tck = 0;
    for (int i = 1; i < atr.size(); ++i)
        tck ^= quint8(atr.at(i));
    return atr + char(tck);
}

QByteArray SimpleTestCard::respond(const QByteArray& command)
{
    if (command.size() < 4)
        return QByteArray::fromHex("6700");
    const quint8 cla = quint8(command.at(0));
    const quint8 ins = quint8(command.at(1));
    if (ins == 0xA4)
        return QByteArray::fromHex("9000");
    if (ins == 0x84) {
        QByteArray challenge(8, Qt::Uninitialized);
        for (char& c : challenge)
            c = char(QRandomGenerator::global()->bounded(256));
        return challenge + QByteArray::fromHex("9000");
    }
    if (cla == 0x80 && ins == 0xEE) {
        if (command.size() < 5)
            return QByteArray::fromHex("9000");
        // Short (Lc 1 byte) or extended (00 Lc Lc) command data.
        const bool extended = command.size() > 7 && command.at(4) == 0;
        const int lc = extended ? (quint8(command.at(5)) << 8 | quint8(command.at(6))) : quint8(command.at(4));
        const int offset = extended ? 7 : 5;
        return command.mid(offset, lc) + QByteArray::fromHex("9000");
    }
    return QByteArray::fromHex("6D00");
}

} // namespace motcua::cccd
