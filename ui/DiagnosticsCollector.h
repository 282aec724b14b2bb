#pragma once

#include "DiagnosticsReport.h"
#include "ShellOptions.h"

#include <QObject>

namespace motcua {

class ModuleManager;
class ServiceRegistry;

// Gathers the Diagnostics report. What the GUI thread already holds (versions, services' cached
// state, modules, last errors) is read directly; what may block (D-Bus, the database file) runs on a
// worker thread, and finished() arrives on the GUI thread.
class DiagnosticsCollector : public QObject
{
    Q_OBJECT
public:
    DiagnosticsCollector(const ModuleManager& modules, ServiceRegistry& services, ShellOptions options,
                         QObject* parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }

signals:
    void finished(const motcua::DiagnosticsReport& report);

private:
    DiagnosticsSection programSection() const;
    DiagnosticsSection cardReaderSection() const;
    DiagnosticsSection scannerSection() const;
    DiagnosticsSection syncSection() const;
    DiagnosticsSection modulesSection() const;
    DiagnosticsSection lastErrorsSection() const;

    const ModuleManager& m_modules;
    ServiceRegistry& m_services;
    ShellOptions m_options;
    bool m_running = false;
};

} // namespace motcua
