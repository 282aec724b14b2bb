#pragma once

#include "ApduTransport.h"

namespace motcua::cccd {

// An ApduTransport that hands each APDU straight to an in-process CardResponder (the card emulator):
// demo mode and unit tests read a "card" with no reader. An empty answer from the card means it left
// the field; that is reported as errc::Transport and the card is powered up again on the next APDU, as
// when it is put back on the reader.
class LoopbackTransport : public ApduTransport
{
public:
    explicit LoopbackTransport(CardResponder& card, bool extendedLength = false);

    Result<QByteArray> transmit(const QByteArray& command) override;
    bool supportsExtendedLength() const override { return m_extendedLength; }

    // Traffic since construction (for the benchmark and tests).
    int commandCount() const { return m_commands; }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    CardResponder& m_card;
    bool m_extendedLength = false;
    bool m_powered = false;
    int m_commands = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace motcua::cccd
