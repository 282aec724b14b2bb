#include "PaceProtocol.h"

#include "CardErrors.h"

namespace motcua::cccd {

Result<SessionKeys> PaceProtocol::authenticate(ApduTransport& transport, const QString& can)
{
    Q_UNUSED(transport);
    Q_UNUSED(can);
    return cardError(errc::NotSupported, QStringLiteral("PACE is not implemented yet; use the MRZ (BAC)"));
}

} // namespace motcua::cccd
