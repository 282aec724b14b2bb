#pragma once

#include "Result.h"

namespace motcua::cccd {

// Stable error codes of the chip protocol layer. The UI maps each code to a Vietnamese sentence; the
// message that travels with it is technical English and never carries personal data or APDU payloads.
namespace errc {
// MRZ input
inline constexpr const char* MrzFormat = "card.mrz.format";          // wrong line count/length, bad characters
inline constexpr const char* MrzCheckDigit = "card.mrz.check_digit"; // a check digit does not match
inline constexpr const char* MrzDate = "card.mrz.date";              // date field is not a date
inline constexpr const char* AccessKeyInvalid = "card.key.invalid";  // ID/DOB/expiry/CAN typed wrongly
// Encoding
inline constexpr const char* TlvMalformed = "card.tlv.malformed"; // truncated or absurd TLV
// Crypto
inline constexpr const char* Crypto = "card.crypto.failed"; // OpenSSL refused an operation
// Transport and card status
inline constexpr const char* Transport = "card.transport"; // no answer: card lifted, reader gone
inline constexpr const char* Cancelled = "card.cancelled";
inline constexpr const char* Status = "card.status";              // unexpected status word
inline constexpr const char* NotSupported = "card.not_supported"; // applet missing, instruction refused
// Access control and secure messaging
inline constexpr const char* AccessDenied = "card.access.denied";       // wrong MRZ/CAN (63 00 / 69 82)
inline constexpr const char* AuthResponse = "card.access.bad_response"; // chip's authentication answer invalid
inline constexpr const char* SmMac = "card.sm.bad_mac";                 // response MAC wrong: never accepted
inline constexpr const char* SmMalformed = "card.sm.malformed";         // protected response not well formed
inline constexpr const char* SmSessionLost = "card.sm.session_lost";    // 69 87 / 69 88 or unprotected answer
inline constexpr const char* RecoveryExhausted = "card.recovery_exhausted";
// Files
inline constexpr const char* FileNotFound = "card.file.not_found";
inline constexpr const char* FileAccessDenied = "card.file.access_denied";
inline constexpr const char* FileTooLarge = "card.file.too_large";
inline constexpr const char* FileMalformed = "card.file.malformed"; // a data group does not parse
inline constexpr const char* FaceMissing = "card.face.missing";
inline constexpr const char* FaceDecode = "card.face.decode";
inline constexpr const char* SodMalformed = "card.sod.malformed";
// Trust store, profiles, fixtures
inline constexpr const char* TrustStore = "card.trust_store";
inline constexpr const char* Profile = "card.profile";
inline constexpr const char* Fixture = "card.fixture";
} // namespace errc

inline Error cardError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace motcua::cccd
