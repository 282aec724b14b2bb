#pragma once

#include "ApduTransport.h"

namespace motcua::cccd {

// A card with no data, for checking the PC/SC path alone (reader lists, insertion, removal, APDU
// round trips): SELECT answers 90 00, GET CHALLENGE 8 random bytes, "echo" (CLA 80 INS EE) returns the
// command data, everything else 6D 00. Its ATR advertises extended length so the transport's detection
// can be exercised.
class SimpleTestCard : public CardResponder
{
public:
    QByteArray atr() const override;
    void powerOn() override { m_powered = true; }
    void powerOff() override { m_powered = false; }
    QByteArray respond(const QByteArray& command) override;
    bool isPowered() const { return m_powered; }

private:
    bool m_powered = false;
};

} // namespace motcua::cccd
