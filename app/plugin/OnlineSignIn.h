#pragma once

#include <QObject>
#include <functional>
#include <memory>

namespace motcua {

namespace security {
class OnlineAuthority;
}

// Offered by the module that talks to the registry (sync): a way for the desk's sign-in to have
// officials' registry accounts checked online (docs/SECURITY.md "Accounts"). Absent in demo mode and
// when no such module is loaded; sign-in then uses cached verifiers only.
class OnlineSignIn : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* serviceId() { return "vn.motcua.OnlineSignIn/1"; }

    using QObject::QObject;

    // Asked on the GUI thread. The function it returns is called on the sign-in worker thread, once per
    // attempt (security::OnlineAuthorityFactory): self-contained, it must not use this object, which may
    // be gone by then. It returns null when the desk cannot reach a registry (not configured).
    virtual std::function<std::unique_ptr<security::OnlineAuthority>()> authorityFactory() const = 0;
};

} // namespace motcua
