#pragma once

#include "Result.h"

#include <QByteArray>

namespace motcua::cccd {

// A channel to a card: sends one command APDU and returns the response APDU (data ‖ SW1 SW2).
// Implemented over PC/SC (PcscTransport) and in-process over the card emulator (LoopbackTransport).
class ApduTransport
{
public:
    virtual ~ApduTransport() = default;
    virtual Result<QByteArray> transmit(const QByteArray& command) = 0;
    // Whether reader and card accept extended-length APDUs (Lc/Le over 255 bytes).
    virtual bool supportsExtendedLength() const { return false; }
};

// Something that answers APDUs as a card does: the project's card emulator, served in-process for demo
// mode and unit tests, or through vsmartcard-vpcd so tests go through the real pcscd.
class CardResponder
{
public:
    virtual ~CardResponder() = default;
    virtual QByteArray atr() const = 0;
    virtual void powerOn() = 0;
    virtual void powerOff() = 0;
    virtual QByteArray respond(const QByteArray& command) = 0;
};

} // namespace motcua::cccd
