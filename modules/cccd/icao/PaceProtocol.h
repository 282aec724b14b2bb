#pragma once

#include "Result.h"
#include "SessionKeys.h"

#include <QByteArray>
#include <QString>

namespace motcua::cccd {

class ApduTransport;

// PACE with the card access number, generic mapping over ECDH, AES secure messaging (ICAO 9303-11 §4.4,
// CCCD.md §3.7): the CCCD advertises id-PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1, and its CAN is
// the last 6 digits of the 12-digit ID, so the QR code alone opens the chip. The EC steps are public so the
// ICAO Appendix G.1 vectors can be checked one by one; the emulator uses them for the chip side.
class PaceProtocol
{
public:
    static constexpr const char* DefaultProtocolOid = "0.4.0.127.0.7.2.2.4.2.2"; // ECDH-GM-AES-CBC-CMAC-128
    static constexpr int DefaultParameterId = 13;                                // brainpoolP256r1

    struct Info
    {
        QString protocolOid = QLatin1String(DefaultProtocolOid);
        int parameterId = DefaultParameterId;
        int keyLength = 16; // AES key bytes: 16, 24 or 32
    };
    // The first PACEInfo of EF.CardAccess this implementation supports (ECDH generic mapping with AES and a
    // standardised curve); errc::NotSupported when there is none.
    static Result<Info> parseCardAccess(const QByteArray& efCardAccess);
    // OpenSSL curve NID of a standardised domain parameter id (8…18); 0 when unknown.
    static int curveOf(int parameterId);

    // K_π from the password bytes: the CAN as ASCII digits, or SHA-1(MRZ_information) for the MRZ.
    static QByteArray passwordKey(const QByteArray& password, int keyLength = 16);
    // KDF for session keys from the shared secret (SHA-1 for AES-128, SHA-256 above).
    static QByteArray sessionKey(const QByteArray& secret, quint32 counter, int keyLength);

    // EC helpers on uncompressed points (04 ‖ X ‖ Y) and big-endian scalars.
    static Result<QByteArray> randomScalar(int parameterId);
    // scalar · generator (the curve's own generator when `generator` is empty).
    static Result<QByteArray> multiply(int parameterId, const QByteArray& scalar, const QByteArray& generator = {});
    // Generic mapping: G̃ = s·G + H.
    static Result<QByteArray> mapGenerator(int parameterId, const QByteArray& nonce, const QByteArray& sharedPoint);
    // X coordinate of a point.
    static QByteArray xCoordinate(const QByteArray& point);
    // Authentication token: AES-CMAC(KSMac, 7F49 { 06 OID, 86 point })[0..7].
    static Result<QByteArray> authenticationToken(const QByteArray& macKey, const QString& protocolOid,
                                                  const QByteArray& point);

    // The whole exchange on a transport: EF.CardAccess, MSE:Set AT, four GENERAL AUTHENTICATE steps.
    // Session keys are AES with a zero SSC. errc::AccessDenied when the chip rejects the CAN.
    static Result<SessionKeys> authenticate(ApduTransport& transport, const QString& can);
};

} // namespace motcua::cccd
