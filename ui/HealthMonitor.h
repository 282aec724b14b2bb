#pragma once

#include "ShellOptions.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace motcua {

class CardReader;
class RegistryClient;
class ServiceRegistry;

// Watches the desk's services and environment for persistent problems the official must know about
// (no card reader or PC/SC service, synchronisation failing, keychain unavailable, database trouble)
// and lists them, already translated, for the warning strip.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    struct Problem
    {
        QString id;   // stable, e.g. "card.no-service"
        QString text; // what happened
        QString hint; // what to do next
        bool operator==(const Problem&) const = default;
    };

    HealthMonitor(ServiceRegistry& services, const ShellOptions& options, QObject* parent = nullptr);

    QList<Problem> problems() const { return m_problems; }

    // Asks D-Bus for the Secret Service on a worker thread (live desks only: demo never uses it).
    void startKeychainProbe();
    void setKeychainUsable(std::optional<bool> usable);
    // Runs ShellOptions::deferredDatabaseCheck on a worker thread after `delayMs` (so it does not compete
    // with the start itself); damage it finds stays on the warning strip for the session.
    void startDeferredDatabaseCheck(int delayMs);
    void setDatabaseProblems(const QStringList& problems);

public slots:
    // Recomputes the list (also after a language switch, to retranslate it).
    void refresh();

signals:
    void problemsChanged();
    // The deferred database check is over; `ran` is false when it could not run.
    void deferredDatabaseCheckFinished(bool ran);

private:
    void bindServices();

    ServiceRegistry& m_services;
    ShellOptions m_options;
    QPointer<CardReader> m_cardReader;
    QPointer<RegistryClient> m_registry;
    std::optional<bool> m_keychainUsable;
    QStringList m_databaseProblems; // from the deferred integrity check
    QList<Problem> m_problems;
};

} // namespace motcua
