#pragma once

#include <QString>

namespace motcua {

// Whether a Secret Service (org.freedesktop.secrets, e.g. gnome-keyring) is reachable on the session
// bus; QtKeychain stores the registry credentials there. probe() blocks on D-Bus: call it on a worker
// thread only.
class SecretServiceProbe
{
public:
    enum class Status { Running, Activatable, Absent, NoSessionBus };

    struct Result
    {
        Status status = Status::NoSessionBus;
        QString detail; // technical, for Diagnostics
        bool usable() const { return status == Status::Running || status == Status::Activatable; }
    };

    static constexpr const char* serviceName() { return "org.freedesktop.secrets"; }

    static Result probe(int timeoutMs = 2000);
};

} // namespace motcua
