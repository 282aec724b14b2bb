#pragma once

#include <QString>

namespace motcua::sync {

// What a desk proves itself with to the registry. Held in memory only while needed; stored nowhere but
// the OS keychain (CredentialStore).
struct Credentials
{
    QString deskId; // e.g. "Q01": also the prefix of provisional dossier codes
    QString secret;

    bool isComplete() const { return !deskId.isEmpty() && !secret.isEmpty(); }
};

} // namespace motcua::sync
