#include "SyncWorker.h"

#include "AttachmentSource.h"
#include "Database.h"
#include "Outbox.h"
#include "RegistryHttp.h"
#include "SyncEngine.h"
#include "SyncError.h"
#include "SyncLog.h"

namespace motcua::sync {

SyncWorker::SyncWorker(QString databasePath, QString filesRoot)
    : m_databasePath(std::move(databasePath)), m_filesRoot(std::move(filesRoot))
{}

SyncWorker::~SyncWorker() = default;

bool SyncWorker::ensureDatabase(QString* errorCode)
{
    if (m_db)
        return true;
    DatabaseOptions options;
    options.create = false;
    options.migrate = false; // the desk migrated it when it opened the profile
    options.check = IntegrityCheck::None;
    auto opened = Database::open(m_databasePath, options);
    if (!opened) {
        *errorCode = QLatin1String(sync_error::Storage);
        qCWarning(lcSync) << "sync worker cannot open the desk database:" << opened.error().code;
        return false;
    }
    m_db = std::move(opened).value();
    m_files = std::make_unique<FileStoreAttachmentSource>(*m_db, m_filesRoot);
    return true;
}

void SyncWorker::configure(const QUrl& registry, const QString& caBundle, const Credentials& credentials,
                           const SyncOptions& options)
{
    m_engine.reset();
    m_http.reset();
    QString code;
    if (!ensureDatabase(&code)) {
        emit configured(code, QStringLiteral("cannot open the desk database"));
        return;
    }
    auto endpoint = RegistryEndpoint::create(registry, caBundle);
    if (!endpoint) {
        emit configured(endpoint.error().code, endpoint.error().message);
        return;
    }
    m_http = std::make_unique<RegistryHttp>(endpoint.value(), options.timeoutMs);
    m_engine = std::make_unique<SyncEngine>(*m_db, *m_http, credentials, *m_files, options);
    if (Status s = m_engine->recoverInterrupted(); !s) {
        m_engine.reset();
        emit configured(s.error().code, s.error().message);
        return;
    }
    emit configured({}, {});
    refreshQueue();
}

void SyncWorker::runPass()
{
    if (!m_engine) {
        PassReport report;
        report.error = {QLatin1String(sync_error::NoCredentials), QStringLiteral("sync not configured")};
        emit passFinished(report);
        return;
    }
    emit passStarted();
    const PassReport report = m_engine->runPass();
    qCInfo(lcSync).nospace() << "pass: sent " << report.sent << ", failed " << report.failed << ", pulled "
                             << report.pulled << (report.completed() ? "" : ", stopped: ") << report.error.code;
    emit passFinished(report);
    refreshQueue();
}

void SyncWorker::refreshQueue()
{
    QString code;
    if (!ensureDatabase(&code))
        return;
    Outbox outbox(*m_db);
    QueueSnapshot snapshot;
    const auto counts = outbox.countByState();
    if (counts) {
        snapshot.queued = counts->value(OutboxState::Queued);
        snapshot.sending = counts->value(OutboxState::Sending);
        snapshot.failed = counts->value(OutboxState::Failed);
        snapshot.synced = counts->value(OutboxState::Synced);
    }
    if (const auto pending = outbox.pending(1000); pending) {
        for (const OutboxEntry& e : pending.value()) {
            QueueItem item;
            item.id = e.id;
            item.dossierUuid = e.dossierUuid;
            item.dossierCode =
                e.payload.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("code")).toString();
            item.sequence = e.sequence;
            item.state = outboxStateKey(e.state);
            item.attempts = e.attempts;
            item.lastError = e.lastError;
            item.nextAttemptAt = e.nextAttemptAt;
            item.exportedAt = e.exportedAt;
            snapshot.items.append(item);
        }
    }
    emit queueChanged(snapshot);
}

void SyncWorker::retryNow(const QString& dossierUuid)
{
    QString code;
    if (!ensureDatabase(&code))
        return;
    if (auto due = Outbox(*m_db).retryNow(dossierUuid); !due)
        qCWarning(lcSync) << "retry now failed:" << due.error().code;
    refreshQueue();
}

void SyncWorker::exportEntry(qint64 id, const QString& path)
{
    // A connection of its own, closed right after: single-row reads of the store may leave a cached
    // statement on its row, which would pin an old snapshot on the engine's connection.
    DatabaseOptions options;
    options.create = false;
    options.migrate = false;
    options.check = IntegrityCheck::None;
    auto db = Database::open(m_databasePath, options);
    if (!db) {
        emit exported(id, path, QLatin1String(sync_error::Storage));
        return;
    }
    const Status s = Outbox(**db).exportEntryToFile(id, path);
    emit exported(id, path, s ? QString() : s.error().code);
    refreshQueue();
}

} // namespace motcua::sync
