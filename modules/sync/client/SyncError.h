#pragma once

#include <QCoreApplication>
#include <QString>

namespace motcua::sync {

// Stable codes of what can go wrong while syncing (Error::code), and the sentence an official reads
// for each: what happened, and what to do next. The technical message beside a code is for logs.
namespace sync_error {
inline constexpr auto InsecureUrl = "sync.insecure_url";       // plain HTTP to a non-loopback host
inline constexpr auto BadUrl = "sync.bad_url";                 // not an http(s) URL with a host
inline constexpr auto CaBundle = "sync.ca_bundle";             // the CA bundle cannot be read
inline constexpr auto DemoGuard = "sync.demo_guard";           // demo mode may only reach its own registry
inline constexpr auto Offline = "sync.offline";                // connection refused, host unreachable, DNS
inline constexpr auto Timeout = "sync.timeout";                // no answer in time
inline constexpr auto ConnectionLost = "sync.connection_lost"; // reset or closed before the answer
inline constexpr auto Tls = "sync.tls";                        // certificate refused (expired, unknown CA)
inline constexpr auto Redirect = "sync.redirect";              // 3xx: never followed
inline constexpr auto BadResponse = "sync.bad_response";       // not the JSON the protocol promises
inline constexpr auto TooLarge = "sync.response_too_large";    // answer over 16 MiB
inline constexpr auto RateLimited = "sync.rate_limited";       // 429
inline constexpr auto ServerError = "sync.server_error";       // 5xx
inline constexpr auto HttpStatus = "sync.http_status";         // another unexpected status
inline constexpr auto NoCredentials = "sync.no_credentials";   // nothing stored for this desk
inline constexpr auto CredentialsRefused = "sync.credentials_refused";
inline constexpr auto NoKeychain = "sync.no_keychain";               // no OS keychain reachable
inline constexpr auto Conflict = "sync.conflict";                    // idempotency.conflict for an entry
inline constexpr auto Rejected = "sync.rejected";                    // event.invalid for an entry
inline constexpr auto Deferred = "sync.deferred";                    // the registry asked to send it later
inline constexpr auto AttachmentMissing = "sync.attachment_missing"; // file not on this computer
inline constexpr auto AttachmentCorrupt = "sync.attachment_corrupt"; // file's bytes no longer match its hash
inline constexpr auto DemoDossier = "sync.demo_dossier";             // a demo dossier never goes to a real registry
inline constexpr auto BadEntry = "sync.bad_entry";                   // outbox payload unreadable
inline constexpr auto Storage = "sync.storage";                      // the desk database failed
} // namespace sync_error

class SyncError
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::SyncError)
public:
    // "What happened. What to do." in the UI language; falls back to a generic sentence.
    static QString describe(const QString& code);
    // Whether retrying later can help without anyone acting.
    static bool isTransient(const QString& code);
};

} // namespace motcua::sync
