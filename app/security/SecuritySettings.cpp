#include "SecuritySettings.h"

#include "Database.h"
#include "SecurityError.h"

namespace motcua::security {

const QList<SecuritySettings::Tunable>& SecuritySettings::tunables()
{
    static const QList<Tunable> list{
        {kAutoLockMinutes, 5, 0, 240, "lock the desk after this many minutes without input (0 = never)"},
        {kFileRetentionDays, 30, 0, 3650,
         "delete local copies of scans this many days after the registry confirmed it holds them"},
        {kDraftRetentionDays, 14, 1, 3650, "delete unfinished work (interrupted scans, drafts) after this many days"},
        {kMaxOfflineDays, 30, 1, 365, "allow offline sign-in this many days after the last online one"},
    };
    return list;
}

const SecuritySettings::Tunable* SecuritySettings::tunable(const QString& key)
{
    for (const Tunable& t : tunables())
        if (key == QLatin1String(t.key))
            return &t;
    return nullptr;
}

Result<QString> SecuritySettings::text(const QString& key) const
{
    Statement& s = m_db.cached("SELECT value FROM security_settings WHERE key = ?1");
    s.bind(1, key);
    QString value;
    if (s.next())
        value = s.text(0);
    if (!s.status().ok())
        return s.status().error();
    s.reset();
    return value;
}

Status SecuritySettings::setText(const QString& key, const QString& value)
{
    Statement& s = m_db.cached("INSERT INTO security_settings (key, value) VALUES (?1, ?2)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value);
    return m_db.note(s.run());
}

int SecuritySettings::number(const char* key) const
{
    const Tunable* t = tunable(QLatin1String(key));
    if (!t)
        return 0;
    auto stored = text(QLatin1String(key));
    bool ok = false;
    const int value = stored ? stored->toInt(&ok) : 0;
    return ok && value >= t->min && value <= t->max ? value : t->defaultValue;
}

Status SecuritySettings::setNumber(const QString& key, int value)
{
    const Tunable* t = tunable(key);
    if (!t)
        return Status::failure(QLatin1String(security_error::BadSetting),
                               QStringLiteral("unknown setting %1").arg(key));
    if (value < t->min || value > t->max)
        return Status::failure(QLatin1String(security_error::BadSetting),
                               QStringLiteral("%1 must be between %2 and %3").arg(key).arg(t->min).arg(t->max));
    return setText(key, QString::number(value));
}

} // namespace motcua::security
