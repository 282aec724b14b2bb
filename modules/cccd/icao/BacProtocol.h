#pragma once

#include "BacKeySeed.h"
#include "Result.h"
#include "SessionKeys.h"

#include <QByteArray>

namespace motcua::cccd {

class ApduTransport;

// Basic Access Control, terminal side (ICAO 9303-11 §4.3, Appendix D). The pure steps are public so the
// Appendix D vectors can be checked one by one; authenticate() runs GET CHALLENGE and EXTERNAL
// AUTHENTICATE over a transport (the eMRTD applet must already be selected).
class BacProtocol
{
public:
    struct Keys
    {
        QByteArray encKey; // KEnc (16 bytes, parity not adjusted: DES ignores it)
        QByteArray macKey; // KMac
    };
    static Keys deriveKeys(const QByteArray& keySeed);
    static Keys deriveKeys(const BacKeySeed& seed) { return deriveKeys(seed.keySeed()); }

    // E.IFD ‖ M.IFD (40 bytes) for EXTERNAL AUTHENTICATE.
    static Result<QByteArray> authenticationData(const Keys& keys, const QByteArray& rndIfd, const QByteArray& rndIc,
                                                 const QByteArray& kIfd);
    // Checks the chip's E.IC ‖ M.IC and derives the session keys and SSC.
    static Result<SessionKeys> completeAuthentication(const Keys& keys, const QByteArray& rndIfd,
                                                      const QByteArray& rndIc, const QByteArray& kIfd,
                                                      const QByteArray& chipResponse);
    // KSseed = K.IFD ⊕ K.IC → KSEnc, KSMac; SSC = RND.IC[4..7] ‖ RND.IFD[4..7].
    static SessionKeys sessionKeys(const QByteArray& kIfd, const QByteArray& kIc, const QByteArray& rndIc,
                                   const QByteArray& rndIfd);

    static Result<SessionKeys> authenticate(ApduTransport& transport, const BacKeySeed& seed);
};

} // namespace motcua::cccd
