#include "SyncOnlineSignIn.h"

#include "CredentialStore.h"
#include "RegistryOfficialAuthority.h"
#include "SyncLog.h"
#include "SyncSettings.h"

#include <algorithm>

namespace motcua::sync {

std::function<std::unique_ptr<security::OnlineAuthority>()> SyncOnlineSignIn::authorityFactory() const
{
    return &SyncOnlineSignIn::makeAuthority;
}

std::unique_ptr<security::OnlineAuthority> SyncOnlineSignIn::makeAuthority()
{
    const SyncSettings settings = SyncSettings::load();
    if (!settings.isConfigured())
        return nullptr;
    auto endpoint = RegistryEndpoint::create(settings.registryUrl, settings.caBundlePath);
    if (!endpoint) {
        qCInfo(lcSync) << "official sign-in offline only: registry URL refused:" << endpoint.error().code;
        return nullptr;
    }
    auto secret = CredentialStore::readSecret(settings.registryUrl, settings.deskId);
    if (!secret) {
        qCInfo(lcSync) << "official sign-in offline only: no desk secret:" << secret.error().code;
        return nullptr;
    }
    const int timeoutMs = std::min(settings.timeoutMs, RegistryOfficialAuthority::kDefaultTimeoutMs);
    return std::make_unique<RegistryOfficialAuthority>(endpoint.value(), Credentials{settings.deskId, secret.value()},
                                                       timeoutMs);
}

} // namespace motcua::sync
