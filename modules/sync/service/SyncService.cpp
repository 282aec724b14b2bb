#include "SyncService.h"

#include "Backoff.h"
#include "ClockSkew.h"
#include "CredentialStore.h"
#include "RegistryEndpoint.h"
#include "SyncError.h"
#include "SyncLog.h"
#include "SyncWorker.h"

#include <QDir>
#include <QLocale>
#include <QNetworkInformation>

namespace motcua::sync {

SyncService::SyncService(bool demoMode, QString demoDataDirectory, QObject* parent)
    : RegistryClient(parent), m_demoMode(demoMode), m_demoDirectory(std::move(demoDataDirectory))
{
    qRegisterMetaType<PassReport>();
    qRegisterMetaType<QueueSnapshot>();
    qRegisterMetaType<Credentials>();
    qRegisterMetaType<SyncOptions>();
    m_thread.setObjectName(QStringLiteral("motcua-sync"));
    m_passTimer.setSingleShot(true);
    connect(&m_passTimer, &QTimer::timeout, this, &SyncService::syncNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(2000);
    connect(&m_debounce, &QTimer::timeout, this, &SyncService::syncNow);
    if (!m_demoMode)
        m_settings = SyncSettings::load();
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start(const QString& databasePath, const QString& filesRoot)
{
    if (m_worker)
        return;
    m_worker = new SyncWorker(databasePath, filesRoot);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::configured, this, &SyncService::onConfigured);
    connect(m_worker, &SyncWorker::passFinished, this, &SyncService::onPassFinished);
    connect(m_worker, &SyncWorker::queueChanged, this, &SyncService::onQueue);
    connect(m_worker, &SyncWorker::exported, this, &SyncService::entryExported);
    m_thread.start();
    watchNetwork();

    if (m_demoMode) {
        m_demo = std::make_unique<DemoRegistry>();
        auto url = m_demo->start(QDir(m_demoDirectory).filePath(QStringLiteral("demo-registry.sqlite")));
        if (!url) {
            qCWarning(lcSync) << "demo registry did not start:" << url.error().message;
            setWarning(tr("The training registry could not start. Dossiers stay queued on this computer."));
            setState(State::Failing);
            return;
        }
    }
    configureWorker();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::refreshQueue);
}

void SyncService::stop()
{
    m_passTimer.stop();
    m_debounce.stop();
    if (m_thread.isRunning()) {
        // Ends a request in flight as well: its entries go back to failed/queued, nothing is lost.
        m_thread.quit();
        m_thread.wait();
    }
    if (m_demo)
        m_demo->stop();
}

void SyncService::configureWorker()
{
    if (!m_worker)
        return;
    m_configured = false;
    SyncOptions options;
    if (m_demoMode) {
        options.demoRegistry = true;
        const Credentials credentials{QString::fromLatin1(DemoRegistry::kDeskId),
                                      QString::fromLatin1(DemoRegistry::kSecret)};
        QMetaObject::invokeMethod(m_worker, "configure", Q_ARG(QUrl, m_demo->url()), Q_ARG(QString, QString()),
                                  Q_ARG(motcua::sync::Credentials, credentials),
                                  Q_ARG(motcua::sync::SyncOptions, options));
        return;
    }
    if (!m_settings.isConfigured()) {
        setWarning(tr("Synchronisation is not set up: enter the registry address and this desk's id on the "
                      "synchronisation page."));
        setState(State::Offline);
        return;
    }
    options.batchSize = m_settings.batchSize;
    options.timeoutMs = m_settings.timeoutMs;
    const SyncSettings settings = m_settings;
    CredentialStore::readSecretAsync(
        settings.registryUrl, settings.deskId, this, [this, settings, options](Result<QString> secret) {
            if (!secret) {
                onConfigured(secret.error().code, secret.error().message);
                return;
            }
            const Credentials credentials{settings.deskId, secret.value()};
            QMetaObject::invokeMethod(
                m_worker, "configure", Q_ARG(QUrl, settings.registryUrl), Q_ARG(QString, settings.caBundlePath),
                Q_ARG(motcua::sync::Credentials, credentials), Q_ARG(motcua::sync::SyncOptions, options));
        });
}

void SyncService::onConfigured(const QString& errorCode, const QString& message)
{
    if (!errorCode.isEmpty()) {
        qCWarning(lcSync).noquote() << "sync not configured:" << errorCode << message;
        m_configError = errorCode;
        setWarning(SyncError::describe(errorCode));
        setState(State::Failing);
        return;
    }
    m_configError.clear();
    m_configured = true;
    setWarning({});
    syncNow();
}

void SyncService::syncNow()
{
    if (!m_configured) {
        // "Retry now" after fixing the keychain or the settings: try the configuration again.
        if (!m_configError.isEmpty())
            configureWorker();
        return;
    }
    m_debounce.stop();
    if (m_passRunning) {
        m_passAgain = true;
        return;
    }
    m_passTimer.stop();
    m_passRunning = true;
    setState(State::Syncing);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::runPass);
}

void SyncService::retryNow(const QString& dossierUuid)
{
    m_consecutiveFailures = 0;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "retryNow", Q_ARG(QString, dossierUuid));
    syncNow();
}

void SyncService::outboxChanged()
{
    if (m_configured && !m_passRunning && m_consecutiveFailures == 0)
        m_debounce.start();
    else if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::refreshQueue);
}

void SyncService::onPassFinished(const PassReport& report)
{
    m_passRunning = false;
    m_lastReport = report;
    for (const auto& [uuid, code] : report.assignedCodes)
        emit dossierCodeAssigned(uuid, code);

    qint64 delay = qint64(m_settings.pollSeconds) * 1000;
    if (report.completed()) {
        m_consecutiveFailures = 0;
        m_lastSuccess = QDateTime::currentDateTime();
        setState(State::Idle);
        setWarning(report.clockSkewKnown && qAbs(report.clockSkewMs) > ClockSkew::kWarnMs
                       ? tr("This computer's clock differs from the registry's by %n minute(s). Reception times "
                            "on receipts come from this clock: ask the IT contact to set it.",
                            nullptr, int(qAbs(report.clockSkewMs) / 60000))
                       : QString());
        if (m_passAgain)
            delay = 0;
    } else {
        ++m_consecutiveFailures;
        const QString code = report.error.code;
        const bool offline = code == QLatin1String(sync_error::Offline);
        setState(offline ? State::Offline : State::Failing);
        setWarning(offline ? QString() : SyncError::describe(code));
        delay = Backoff::delayMs(m_consecutiveFailures, !SyncError::isTransient(code), report.retryAfterMs);
    }
    m_passAgain = false;
    scheduleNext(delay);
}

void SyncService::onQueue(const QueueSnapshot& snapshot)
{
    m_queue = snapshot;
    emit countsChanged(pendingCount(), failedCount());
    emit queueChanged();
}

void SyncService::scheduleNext(qint64 delayMs)
{
    // Entries that failed wait for their own next attempt: wake up for the earliest one.
    for (const QueueItem& item : std::as_const(m_queue.items)) {
        if (item.state == QLatin1String("failed") && item.nextAttemptAt.isValid())
            delayMs = qMin(delayMs, qMax<qint64>(1000, QDateTime::currentDateTime().msecsTo(item.nextAttemptAt)));
    }
    if (m_consecutiveFailures > 0)
        delayMs = qMax(delayMs, Backoff::delayMs(m_consecutiveFailures, false, 0.0));
    m_nextPassAt = QDateTime::currentDateTime().addMSecs(delayMs);
    m_passTimer.start(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void SyncService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncService::setWarning(const QString& text)
{
    if (m_warning == text)
        return;
    m_warning = text;
    emit warningChanged(text);
}

void SyncService::watchNetwork()
{
    // Where the platform reports reachability, coming back online starts a pass at once; elsewhere the
    // backoff timer is the probe.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online ||
                    reachability == QNetworkInformation::Reachability::Site) {
                    m_consecutiveFailures = 0;
                    syncNow();
                }
            });
}

int SyncService::pendingCount() const
{
    return int(m_queue.queued + m_queue.sending + m_queue.failed);
}

QString SyncService::statusText() const
{
    const QString prefix = m_demoMode ? tr("Training registry: ") : QString();
    const QLocale locale;
    switch (m_state) {
    case State::Syncing:
        return prefix + tr("Sending… %n change(s) waiting.", nullptr, pendingCount());
    case State::Idle:
        if (pendingCount() == 0)
            return prefix + tr("Everything sent. Last synchronisation %1.")
                                .arg(locale.toString(m_lastSuccess.time(), QLocale::ShortFormat));
        return prefix + tr("%n change(s) waiting; %1 failed.", nullptr, pendingCount()).arg(failedCount());
    case State::Offline:
        if (!m_settings.isConfigured() && !m_demoMode)
            return tr("Synchronisation is not set up.");
        return prefix + tr("Offline: %n change(s) kept on this computer; next try at %1.", nullptr, pendingCount())
                            .arg(locale.toString(m_nextPassAt.time(), QLocale::ShortFormat));
    case State::Failing:
        return prefix + (m_warning.isEmpty() ? tr("Synchronisation is failing.") : m_warning);
    }
    return {};
}

void SyncService::applySettings(const SyncSettings& settings, const QString& secret)
{
    if (m_demoMode) {
        emit settingsApplied(QLatin1String(sync_error::DemoGuard));
        return;
    }
    if (auto endpoint = RegistryEndpoint::create(settings.registryUrl, settings.caBundlePath); !endpoint) {
        emit settingsApplied(endpoint.error().code);
        return;
    }
    settings.save();
    m_settings = settings;
    if (secret.isEmpty()) {
        configureWorker();
        emit settingsApplied({});
        return;
    }
    CredentialStore::writeSecretAsync(settings.registryUrl, settings.deskId, secret, this, [this](Status s) {
        if (!s) {
            setWarning(SyncError::describe(s.error().code));
            emit settingsApplied(s.error().code);
            return;
        }
        configureWorker();
        emit settingsApplied({});
    });
}

void SyncService::exportEntry(qint64 id, const QString& path)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "exportEntry", Q_ARG(qint64, id), Q_ARG(QString, path));
}

} // namespace motcua::sync
