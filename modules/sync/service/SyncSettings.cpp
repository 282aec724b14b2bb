#include "SyncSettings.h"

#include <QSettings>

namespace motcua::sync {

SyncSettings SyncSettings::load()
{
    QSettings s;
    SyncSettings out;
    out.registryUrl = QUrl(s.value(QStringLiteral("sync/registryUrl")).toString());
    out.deskId = s.value(QStringLiteral("sync/deskId")).toString();
    out.caBundlePath = s.value(QStringLiteral("sync/caBundle")).toString();
    out.batchSize = qBound(1, s.value(QStringLiteral("sync/batchSize"), out.batchSize).toInt(), 500);
    out.timeoutMs = qBound(1000, s.value(QStringLiteral("sync/timeoutMs"), out.timeoutMs).toInt(), 600000);
    out.pollSeconds = qBound(10, s.value(QStringLiteral("sync/pollSeconds"), out.pollSeconds).toInt(), 3600);
    return out;
}

void SyncSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("sync/registryUrl"), registryUrl.toString());
    s.setValue(QStringLiteral("sync/deskId"), deskId);
    s.setValue(QStringLiteral("sync/caBundle"), caBundlePath);
    s.setValue(QStringLiteral("sync/batchSize"), batchSize);
    s.setValue(QStringLiteral("sync/timeoutMs"), timeoutMs);
    s.setValue(QStringLiteral("sync/pollSeconds"), pollSeconds);
}

} // namespace motcua::sync
