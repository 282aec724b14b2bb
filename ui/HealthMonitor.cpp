#include "HealthMonitor.h"

#include "CardReader.h"
#include "RegistryClient.h"
#include "SecretServiceProbe.h"
#include "ServiceRegistry.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcHealth, "motcua.health")

namespace motcua {

HealthMonitor::HealthMonitor(ServiceRegistry& services, const ShellOptions& options, QObject* parent)
    : QObject(parent), m_services(services), m_options(options)
{
    connect(&m_services, &ServiceRegistry::serviceAdded, this, [this] { bindServices(); });
    connect(&m_services, &ServiceRegistry::serviceRemoved, this, [this] { bindServices(); });
    bindServices();
}

void HealthMonitor::bindServices()
{
    auto* card = m_services.get<CardReader>();
    if (card != m_cardReader) {
        if (m_cardReader)
            disconnect(m_cardReader, nullptr, this, nullptr);
        m_cardReader = card;
        if (card)
            connect(card, &CardReader::stateChanged, this, &HealthMonitor::refresh);
    }
    auto* registry = m_services.get<RegistryClient>();
    if (registry != m_registry) {
        if (m_registry)
            disconnect(m_registry, nullptr, this, nullptr);
        m_registry = registry;
        if (registry) {
            connect(registry, &RegistryClient::stateChanged, this, &HealthMonitor::refresh);
            connect(registry, &RegistryClient::countsChanged, this, &HealthMonitor::refresh);
        }
    }
    refresh();
}

void HealthMonitor::startKeychainProbe()
{
    if (m_options.demoMode)
        return;
    auto* watcher = new QFutureWatcher<SecretServiceProbe::Result>(this);
    connect(watcher, &QFutureWatcher<SecretServiceProbe::Result>::finished, this, [this, watcher] {
        setKeychainUsable(watcher->result().usable());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([] { return SecretServiceProbe::probe(); }));
}

void HealthMonitor::startDeferredDatabaseCheck(int delayMs)
{
    if (!m_options.deferredDatabaseCheck)
        return;
    QTimer::singleShot(delayMs, this, [this] {
        using Found = std::optional<QStringList>;
        auto* watcher = new QFutureWatcher<Found>(this);
        connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher] {
            const Found found = watcher->result();
            watcher->deleteLater();
            if (!found) {
                qCWarning(lcHealth) << "the background database check could not run";
                emit deferredDatabaseCheckFinished(false);
                return;
            }
            // SQLite's findings name tables and pages, never a row's content.
            if (!found->isEmpty())
                qCWarning(lcHealth) << "the background database check found" << found->size()
                                    << "problem(s), first:" << found->first();
            setDatabaseProblems(*found);
            emit deferredDatabaseCheckFinished(true);
        });
        watcher->setFuture(QtConcurrent::run(m_options.deferredDatabaseCheck));
    });
}

void HealthMonitor::setDatabaseProblems(const QStringList& problems)
{
    m_databaseProblems = problems;
    refresh();
}

void HealthMonitor::setKeychainUsable(std::optional<bool> usable)
{
    m_keychainUsable = usable;
    refresh();
}

void HealthMonitor::refresh()
{
    QList<Problem> problems;
    if (m_cardReader) {
        switch (m_cardReader->state()) {
        case CardReader::State::NoService:
            problems.append({QStringLiteral("card.no-service"),
                             tr("The smart card service (PC/SC) is not running: chip ID cards cannot be read."),
                             tr("Restart the computer or call the IT contact. The QR code on the card can still "
                                "be scanned.")});
            break;
        case CardReader::State::NoReader:
            problems.append({QStringLiteral("card.no-reader"), tr("No card reader is connected."),
                             tr("Plug the card reader into a USB port. The QR code on the card can still be "
                                "scanned.")});
            break;
        default:
            break;
        }
    }
    if (m_registry && m_registry->state() == RegistryClient::State::Failing) {
        problems.append({QStringLiteral("sync.failing"), tr("Synchronisation with the provincial registry is failing."),
                         tr("Dossiers are kept on this computer and sent again automatically (%1 waiting, "
                            "%2 failed). If this lasts, call the IT contact.")
                             .arg(m_registry->pendingCount())
                             .arg(m_registry->failedCount())});
    }
    if (!m_options.demoMode && m_keychainUsable == false) {
        problems.append({QStringLiteral("keychain.unavailable"),
                         tr("The secure key store (Secret Service) is not available."),
                         tr("The registry password cannot be kept, so synchronisation cannot sign in. Call "
                            "the IT contact.")});
    }
    switch (m_options.databaseState) {
    case ShellOptions::DatabaseState::Open:
        break;
    case ShellOptions::DatabaseState::OpenCopy:
        problems.append({QStringLiteral("database.copy"),
                         tr("The desk is not working on its usual database: that file is damaged or not a "
                            "desk database."),
                         tr("The original file was left untouched: %1. Call the IT contact before "
                            "receiving more dossiers.")
                             .arg(m_options.originalDatabasePath)});
        break;
    case ShellOptions::DatabaseState::Unavailable:
        problems.append({QStringLiteral("database.unavailable"), tr("The desk database is not available."),
                         tr("Dossiers cannot be saved. Restart the program; if this lasts, call the IT "
                            "contact.")});
        break;
    }
    if (!m_databaseProblems.isEmpty()) {
        problems.append({QStringLiteral("database.damaged"), tr("A check of the desk database found damage."),
                         tr("Finish the dossier in hand and call the IT contact. Do not delete or copy over the "
                            "file: %1")
                             .arg(m_options.databasePath)});
    }
    if (problems != m_problems) {
        m_problems = problems;
        emit problemsChanged();
    }
}

} // namespace motcua
