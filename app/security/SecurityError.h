#pragma once

namespace motcua::security_error {

// Stable error codes of the security library. The UI turns them into sentences; messages that come
// with them are technical and never contain personal data.
inline constexpr const char* WrongPassword = "security.wrong_password"; // or no such login: not told apart
inline constexpr const char* LockedOut = "security.locked_out";         // too many failures, wait
inline constexpr const char* AccountDisabled = "security.account_disabled";
inline constexpr const char* NeedsOnlineLogin = "security.needs_online_login"; // no cached verifier yet
inline constexpr const char* OfflineTooLong = "security.offline_too_long";     // cached verifier expired
inline constexpr const char* OnlineRefused = "security.online_refused";        // the registry said no
inline constexpr const char* BadAccount = "security.bad_account";              // invalid login, role, password
inline constexpr const char* AccountExists = "security.account_exists";
inline constexpr const char* NoAccount = "security.no_account";
inline constexpr const char* Denied = "security.denied"; // the role may not do this
inline constexpr const char* Kdf = "security.kdf";       // OpenSSL refused the KDF (memory)
inline constexpr const char* BadVerifier = "security.bad_verifier";

inline constexpr const char* NoKeychain = "security.no_keychain";   // no Secret Service / keychain
inline constexpr const char* KeyMissing = "security.key_missing";   // files are encrypted, key gone
inline constexpr const char* KeyMismatch = "security.key_mismatch"; // sealed under another key
inline constexpr const char* NotSealed = "security.not_sealed";     // not in the encrypted format
inline constexpr const char* Tampered = "security.tampered";        // authentication tag failed
inline constexpr const char* Truncated = "security.truncated";
inline constexpr const char* UnsupportedVersion = "security.unsupported_version";
inline constexpr const char* Crypto = "security.crypto"; // OpenSSL failure
inline constexpr const char* Io = "security.io";

inline constexpr const char* AuditBroken = "security.audit_broken";
inline constexpr const char* AuditWrite = "security.audit_write";

inline constexpr const char* BadSetting = "security.bad_setting"; // unknown setting or out of bounds
inline constexpr const char* Retention = "security.retention";    // a purge could not finish

} // namespace motcua::security_error
