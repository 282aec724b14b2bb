#pragma once

#include "KdfCost.h"
#include "LockoutPolicy.h"
#include "OnlineAuthority.h"
#include "SecretBytes.h"
#include "SignInResult.h"

#include <QObject>

namespace motcua::security {

// Signs officials in off the GUI thread: scrypt takes a few tenths of a second and 64 MiB per try.
// Each attempt runs on a worker with a Database connection of its own and reports `finished` on the
// thread that owns the service. The login dialog and the lock screen both use it, so unlocking the
// screen counts towards the lockout like a sign-in.
class SignInService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        KdfCost cost = KdfCost::production();
        LockoutPolicy lockout;
        int maxOfflineDays = 30;
        // Registry accounts are checked online when set (and the factory makes an authority).
        OnlineAuthorityFactory onlineAuthority;
    };

    explicit SignInService(QString databasePath, QObject* parent = nullptr);
    SignInService(QString databasePath, Options options, QObject* parent = nullptr);

    const QString& databasePath() const { return m_databasePath; }
    bool isBusy() const { return m_busy; }
    // From the next attempt on; the sync module offers the factory once it is loaded.
    void setOnlineAuthorityFactory(OnlineAuthorityFactory factory) { m_options.onlineAuthority = std::move(factory); }

    // One attempt at a time: false (and nothing started) while one is running.
    bool signIn(const QString& login, SecretBytes password);
    // The first start of a live profile: creates the administrator account, then signs it in.
    bool createAdministrator(const QString& login, const QString& displayName, SecretBytes password);

    // Blocking variants, for the CLI and tests.
    static SignInResult signInNow(const QString& databasePath, const Options& options, const QString& login,
                                  const SecretBytes& password);
    static SignInResult createAdministratorNow(const QString& databasePath, const Options& options,
                                               const QString& login, const QString& displayName,
                                               const SecretBytes& password);

signals:
    void finished(const motcua::security::SignInResult& result);

private:
    template <typename Work>
    bool start(Work work);

    QString m_databasePath;
    Options m_options;
    bool m_busy = false;
};

} // namespace motcua::security
