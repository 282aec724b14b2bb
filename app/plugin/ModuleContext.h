#pragma once

#include "ServiceRegistry.h"

#include <QString>

namespace motcua {

// What a module receives at initialize(): the shared service registry and the desk's environment.
class ModuleContext
{
public:
    ModuleContext(ServiceRegistry& services, QString dataDirectory, bool demoMode)
        : m_services(services), m_dataDirectory(std::move(dataDirectory)), m_demoMode(demoMode)
    {}

    ServiceRegistry& services() { return m_services; }
    const QString& dataDirectory() const { return m_dataDirectory; }
    // Demo mode swaps devices and the registry for simulated ones and can never reach a real registry.
    bool demoMode() const { return m_demoMode; }

private:
    ServiceRegistry& m_services;
    QString m_dataDirectory;
    bool m_demoMode;
};

} // namespace motcua
