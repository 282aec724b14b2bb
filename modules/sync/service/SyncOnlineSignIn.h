#pragma once

#include "OnlineSignIn.h"

namespace motcua::sync {

// The sync module's OnlineSignIn service: officials' registry accounts are checked by the registry this
// desk syncs with, using the desk's own credentials (SYNC-PROTOCOL.md §3.1).
class SyncOnlineSignIn : public OnlineSignIn
{
    Q_OBJECT
public:
    using OnlineSignIn::OnlineSignIn;

    std::function<std::unique_ptr<security::OnlineAuthority>()> authorityFactory() const override;
    // What the factory does, on the calling (worker) thread: the sync settings and the desk's secret
    // from the keychain, both read afresh so a desk configured after start is used at once.
    static std::unique_ptr<security::OnlineAuthority> makeAuthority();
};

} // namespace motcua::sync
