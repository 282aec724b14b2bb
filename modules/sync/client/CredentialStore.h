#pragma once

#include "Result.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace motcua::sync {

// The registry secret of a desk in the OS keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain. There is deliberately no fallback: without a
// keychain the answer is the error sync.no_keychain, which the desk shows as a warning.
//
// Use from the thread that owns the Qt event loop (QtKeychain's backends talk D-Bus there). The
// blocking calls wait in a local event loop: for the CLI and tests, never for widget code, which uses
// the asynchronous ones.
class CredentialStore
{
public:
    static QString serviceName();
    // One entry per registry and desk, so a trainer's laptop can hold the classroom's and the real one.
    static QString key(const QUrl& registry, const QString& deskId);

    static Result<QString> readSecret(const QUrl& registry, const QString& deskId);
    static Status writeSecret(const QUrl& registry, const QString& deskId, const QString& secret);
    static Status removeSecret(const QUrl& registry, const QString& deskId);

    static void readSecretAsync(const QUrl& registry, const QString& deskId, QObject* context,
                                std::function<void(Result<QString>)> done);
    static void writeSecretAsync(const QUrl& registry, const QString& deskId, const QString& secret, QObject* context,
                                 std::function<void(Status)> done);
};

} // namespace motcua::sync
