#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace motcua {
class Database;
}

namespace motcua::security {

// The profile's security settings, kept in its database (`security_settings`, key → text) so they
// travel with the profile and an administrator sets them once per desk (motcua-cli security set).
// Tunable settings have a default, bounds and a one-line description; the rest (profile id, data key
// id, audit watermark) are written by the program itself.
class SecuritySettings
{
public:
    struct Tunable
    {
        const char* key;
        int defaultValue;
        int min;
        int max;
        const char* description;
    };

    static constexpr const char* kAutoLockMinutes = "auto_lock.minutes";        // 0 = never
    static constexpr const char* kFileRetentionDays = "retention.files_days";   // after the registry has it
    static constexpr const char* kDraftRetentionDays = "retention.drafts_days"; // unfinished work
    static constexpr const char* kMaxOfflineDays = "sign_in.max_offline_days";
    static constexpr const char* kProfileId = "profile.id";  // random, names the keychain entry
    static constexpr const char* kDataKeyId = "data_key.id"; // fingerprint of the data key (DataKey::id)

    static const QList<Tunable>& tunables();
    static const Tunable* tunable(const QString& key);

    explicit SecuritySettings(Database& db) : m_db(db) {}

    // The stored text, or an empty string when unset.
    Result<QString> text(const QString& key) const;
    Status setText(const QString& key, const QString& value);
    // A tunable's value: the stored one when it is a number within bounds, else the default.
    int number(const char* key) const;
    // Sets a tunable after checking the value against its bounds (security.bad_setting otherwise).
    Status setNumber(const QString& key, int value);

    int autoLockMinutes() const { return number(kAutoLockMinutes); }
    int fileRetentionDays() const { return number(kFileRetentionDays); }
    int draftRetentionDays() const { return number(kDraftRetentionDays); }
    int maxOfflineDays() const { return number(kMaxOfflineDays); }

private:
    Database& m_db;
};

} // namespace motcua::security
