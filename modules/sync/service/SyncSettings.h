#pragma once

#include <QString>
#include <QUrl>

namespace motcua::sync {

// Where this desk syncs to. Nothing secret here (the secret is in the OS keychain); kept in the desk's
// QSettings under "sync/".
struct SyncSettings
{
    QUrl registryUrl;
    QString deskId;
    QString caBundlePath;
    int batchSize = 100;
    int timeoutMs = 30000;
    int pollSeconds = 60; // pull changes this often when nothing else happens

    bool isConfigured() const { return registryUrl.isValid() && !registryUrl.isEmpty() && !deskId.isEmpty(); }
    static SyncSettings load();
    void save() const;
};

} // namespace motcua::sync
