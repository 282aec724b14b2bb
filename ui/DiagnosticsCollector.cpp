#include "DiagnosticsCollector.h"

#include "CardReader.h"
#include "LastErrors.h"
#include "ModuleManager.h"
#include "RegistryClient.h"
#include "Roles.h"
#include "Scanner.h"
#include "SecretServiceProbe.h"
#include "ServiceRegistry.h"

#include <QDir>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QMetaEnum>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua {

namespace {
template <typename Enum>
QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

QString stateName(ModuleStatus::State state)
{
    switch (state) {
    case ModuleStatus::State::Loaded:
        return QStringLiteral("loaded");
    case ModuleStatus::State::Failed:
        return QStringLiteral("failed");
    case ModuleStatus::State::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

struct SlowParts
{
    DiagnosticsSection keychain;
    DiagnosticsSection database;
};
} // namespace

DiagnosticsCollector::DiagnosticsCollector(const ModuleManager& modules, ServiceRegistry& services,
                                           ShellOptions options, QObject* parent)
    : QObject(parent), m_modules(modules), m_services(services), m_options(std::move(options))
{
    qRegisterMetaType<motcua::DiagnosticsReport>();
}

void DiagnosticsCollector::start()
{
    if (m_running)
        return;
    m_running = true;

    DiagnosticsReport report;
    report.sections = {programSection(), {}, cardReaderSection(), scannerSection(),
                       syncSection(),    {}, modulesSection(),    lastErrorsSection()};

    // The worker gets copies only: it never touches objects of the GUI thread.
    const auto databaseDiagnostics = m_options.databaseDiagnostics;
    const QString notAvailable = tr("not available");
    const QString keychainTitle = tr("Key store (QtKeychain backend)");
    const QString databaseTitle = tr("Database");
    const QString serviceLabel = tr("Secret Service (%1)").arg(QString::fromLatin1(SecretServiceProbe::serviceName()));
    const QStringList statusTexts = {tr("running"), tr("can be started on demand"), tr("absent"),
                                     tr("no D-Bus session bus")};
    const QString detailLabel = tr("Detail");
    const QString databaseLabel = tr("Database");

    auto work = [=] {
        SlowParts parts;
        parts.keychain.title = keychainTitle;
        const SecretServiceProbe::Result probe = SecretServiceProbe::probe();
        parts.keychain.add(serviceLabel, statusTexts.value(int(probe.status)));
        if (!probe.detail.isEmpty())
            parts.keychain.add(detailLabel, probe.detail);
        if (databaseDiagnostics) {
            parts.database = databaseDiagnostics();
        } else {
            parts.database.add(databaseLabel, notAvailable);
        }
        if (parts.database.title.isEmpty())
            parts.database.title = databaseTitle;
        return parts;
    };

    auto* watcher = new QFutureWatcher<SlowParts>(this);
    connect(watcher, &QFutureWatcher<SlowParts>::finished, this, [this, watcher, report]() mutable {
        const SlowParts parts = watcher->result();
        watcher->deleteLater();
        report.sections[1] = parts.keychain;
        report.sections[5] = parts.database;
        m_running = false;
        emit finished(report);
    });
    watcher->setFuture(QtConcurrent::run(work));
}

DiagnosticsSection DiagnosticsCollector::programSection() const
{
    DiagnosticsSection section;
    section.title = tr("Program");
    section.add(tr("Version"), QGuiApplication::applicationVersion());
    section.add(tr("Mode"), m_options.demoMode ? tr("demo (training)") : tr("live"));
    section.add(tr("Profile"), m_options.profileName);
    section.add(tr("Role"), Roles::displayName(m_options.role));
    section.add(tr("Language"), QLocale().name());
    section.add(tr("Data folder"), QDir::toNativeSeparators(m_options.dataDirectory));
    section.add(tr("Qt"),
                tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    section.add(tr("Platform"), QGuiApplication::platformName());
    section.add(tr("Operating system"), QStringLiteral("%1, %2 %3, %4")
                                            .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                                 QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture()));
    return section;
}

DiagnosticsSection DiagnosticsCollector::cardReaderSection() const
{
    DiagnosticsSection section;
    section.title = tr("Card reader (PC/SC)");
    auto* reader = m_services.get<CardReader>();
    if (!reader) {
        section.add(tr("Service"), tr("not available"));
        return section;
    }
    section.add(tr("State"), enumName(reader->state()));
    section.add(tr("Status"), reader->statusText());
    const QStringList readers = reader->readers();
    section.add(tr("Readers"), readers.isEmpty() ? tr("none") : readers.join(QStringLiteral("; ")));
    section.add(tr("Selected reader"), reader->currentReader());
    return section;
}

DiagnosticsSection DiagnosticsCollector::scannerSection() const
{
    DiagnosticsSection section;
    section.title = tr("Scanner (SANE)");
    auto* scanner = m_services.get<Scanner>();
    if (!scanner) {
        section.add(tr("Service"), tr("not available"));
        return section;
    }
    section.add(tr("State"), enumName(scanner->state()));
    section.add(tr("Status"), scanner->statusText());
    const QStringList devices = scanner->devices();
    section.add(tr("Devices"), devices.isEmpty() ? tr("none") : devices.join(QStringLiteral("; ")));
    return section;
}

DiagnosticsSection DiagnosticsCollector::syncSection() const
{
    DiagnosticsSection section;
    section.title = tr("Synchronisation");
    auto* client = m_services.get<RegistryClient>();
    if (!client) {
        section.add(tr("Service"), tr("not available"));
        return section;
    }
    section.add(tr("State"), enumName(client->state()));
    section.add(tr("Status"), client->statusText());
    section.add(tr("Waiting"), QLocale().toString(client->pendingCount()));
    section.add(tr("Failed"), QLocale().toString(client->failedCount()));
    const QDateTime last = client->lastSuccess();
    section.add(tr("Last success"), last.isValid() ? last.toString(Qt::ISODate) : tr("never"));
    return section;
}

DiagnosticsSection DiagnosticsCollector::modulesSection() const
{
    DiagnosticsSection section;
    section.title = tr("Modules");
    for (const ModuleStatus& status : m_modules.statuses()) {
        QString line = QStringLiteral("%1 %2: %3")
                           .arg(status.metadata.id, status.metadata.version.toString(), stateName(status.state));
        if (!status.reason.isEmpty())
            line += QStringLiteral(" (%1)").arg(status.reason);
        line += QStringLiteral(" [%1]").arg(status.location);
        section.add(QString(), line);
    }
    if (section.lines.isEmpty())
        section.add(QString(), tr("none found"));
    section.add(tr("Services"), m_services.ids().join(QStringLiteral(", ")));
    return section;
}

DiagnosticsSection DiagnosticsCollector::lastErrorsSection() const
{
    DiagnosticsSection section;
    section.title = tr("Last errors");
    const QList<LastErrors::Entry> entries = LastErrors::entries();
    for (const LastErrors::Entry& entry : entries)
        section.add(QString(), QStringLiteral("%1 %2 [%3] %4")
                                   .arg(entry.time.toString(Qt::ISODate), entry.level, entry.category, entry.message));
    if (entries.isEmpty())
        section.add(QString(), tr("none"));
    return section;
}

} // namespace motcua
