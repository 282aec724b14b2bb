#pragma once

#include "CommandApdu.h"
#include "PaceProtocol.h"
#include "ResponseApdu.h"
#include "SessionKeys.h"

#include <optional>

namespace motcua::cccd {

class CardProfile;

// The chip's half of PACE generic mapping for the emulator: MSE:Set AT, then the four chained GENERAL
// AUTHENTICATE steps (encrypted nonce, mapping, key agreement, tokens). A wrong CAN shows at the last
// step as 63 00, as on real chips.
class PaceChipSide
{
public:
    void reset();
    ResponseApdu setAuthenticationTemplate(const CommandApdu& command, const CardProfile& profile);
    // When the last step succeeds, *established receives the AES session keys.
    ResponseApdu generalAuthenticate(const CommandApdu& command, std::optional<SessionKeys>* established);

private:
    enum class Step { Idle, Nonce, Map, Agree, Tokens };
    Step m_step = Step::Idle;
    PaceProtocol::Info m_info;
    QByteArray m_password;
    QByteArray m_nonce;
    QByteArray m_mapped;
    QByteArray m_chipEphemeralKey;
    QByteArray m_chipEphemeralPublic;
    QByteArray m_terminalEphemeralPublic;
};

} // namespace motcua::cccd
