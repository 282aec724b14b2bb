#pragma once

namespace motcua::security::action {

// Actions a role may be allowed (data/permissions.json). Dossier actions are also the audit trail's
// actions, so what is permitted and what is logged use one vocabulary.
inline constexpr const char* DossierView = "dossier.view";
inline constexpr const char* DossierReceive = "dossier.receive";
inline constexpr const char* DossierEdit = "dossier.edit";
inline constexpr const char* DossierPrint = "dossier.print";
inline constexpr const char* DossierExport = "dossier.export";
inline constexpr const char* CardRead = "card.read";
inline constexpr const char* ScanUse = "scan.use";
inline constexpr const char* SyncRun = "sync.run";
inline constexpr const char* ReviewView = "review.view";
inline constexpr const char* AccountsManage = "accounts.manage";
inline constexpr const char* AuditView = "audit.view";
inline constexpr const char* AuditExport = "audit.export";
inline constexpr const char* AuditVerify = "audit.verify";
inline constexpr const char* SettingsManage = "settings.manage";
inline constexpr const char* RetentionRun = "retention.run";

} // namespace motcua::security::action
