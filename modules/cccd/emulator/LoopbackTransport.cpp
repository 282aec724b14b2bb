#include "LoopbackTransport.h"

#include "CardErrors.h"

namespace motcua::cccd {

LoopbackTransport::LoopbackTransport(CardResponder& card, bool extendedLength)
    : m_card(card), m_extendedLength(extendedLength)
{}

Result<QByteArray> LoopbackTransport::transmit(const QByteArray& command)
{
    if (!m_powered) {
        m_card.powerOn();
        m_powered = true;
    }
    ++m_commands;
    m_bytesSent += command.size();
    const QByteArray response = m_card.respond(command);
    if (response.size() < 2) {
        m_powered = false;
        return cardError(errc::Transport, QStringLiteral("card did not answer (removed from the reader?)"));
    }
    m_bytesReceived += response.size();
    return response;
}

} // namespace motcua::cccd
