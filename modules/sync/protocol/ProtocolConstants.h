#pragma once

#include <QtGlobal>

// Names and limits of the sync protocol (docs/SYNC-PROTOCOL.md), shared by the desk client and the
// registry simulator so both sides agree by construction.
namespace motcua::sync::protocol {

inline constexpr auto kApiPrefix = "/v1";
inline constexpr auto kPathTime = "/v1/time";
inline constexpr auto kPathToken = "/v1/auth/token";
inline constexpr auto kPathBatch = "/v1/events:batch";
inline constexpr auto kPathAttachments = "/v1/attachments/";
inline constexpr auto kPathChanges = "/v1/changes";
inline constexpr auto kPathDossiers = "/v1/dossiers";
inline constexpr auto kPathCatalogue = "/v1/catalogue";
inline constexpr auto kPathOfficialsVerify = "/v1/officials:verify";

inline constexpr auto kHeaderServerTime = "X-Server-Time";
inline constexpr auto kJsonType = "application/json";
inline constexpr auto kOctetType = "application/octet-stream";

inline constexpr int kMaxBatchEvents = 500;
inline constexpr qint64 kMaxBatchBytes = 8 * 1024 * 1024;
inline constexpr qint64 kMaxChunkBytes = 4 * 1024 * 1024;
inline constexpr qint64 kDefaultChunkBytes = 1024 * 1024;
inline constexpr qint64 kMaxAttachmentBytes = 100 * 1024 * 1024;
inline constexpr qint64 kMaxResponseBytes = 16 * 1024 * 1024;
inline constexpr int kMaxChangesPage = 1000;

// Event result statuses (§5.3).
inline constexpr auto kAccepted = "accepted";
inline constexpr auto kDuplicate = "duplicate";
inline constexpr auto kConflict = "conflict";
inline constexpr auto kRejected = "rejected";
inline constexpr auto kDeferred = "deferred";

// Stable error codes sent by the server (§2, §5.3).
namespace code {
inline constexpr auto Malformed = "request.malformed";
inline constexpr auto NotFound = "request.not_found";
inline constexpr auto TooLarge = "request.too_large";
inline constexpr auto MediaType = "request.unsupported_media_type";
inline constexpr auto InvalidCredentials = "auth.invalid_credentials";
inline constexpr auto TokenExpired = "auth.token_expired";
inline constexpr auto TokenInvalid = "auth.token_invalid";
inline constexpr auto Forbidden = "auth.forbidden";
inline constexpr auto OfficialRefused = "auth.official_refused";
inline constexpr auto AttachmentUnknown = "attachment.unknown";
inline constexpr auto OffsetMismatch = "attachment.offset_mismatch";
inline constexpr auto HashMismatch = "attachment.hash_mismatch";
inline constexpr auto AttachmentTooLarge = "attachment.too_large";
inline constexpr auto DossierUnknown = "dossier.unknown";
inline constexpr auto IdempotencyConflict = "idempotency.conflict";
inline constexpr auto EventInvalid = "event.invalid";
inline constexpr auto OutOfOrder = "event.out_of_order";
inline constexpr auto AttachmentMissing = "event.attachment_missing";
inline constexpr auto RateLimited = "rate.limited";
inline constexpr auto Internal = "server.internal";
inline constexpr auto Unavailable = "server.unavailable";
} // namespace code

// Change kinds of the pull (§7).
namespace change {
inline constexpr auto CodeAssigned = "dossier.code_assigned";
inline constexpr auto Status = "dossier.status";
inline constexpr auto Decision = "supervisor.decision";
inline constexpr auto Catalogue = "catalogue.updated";
} // namespace change

} // namespace motcua::sync::protocol
