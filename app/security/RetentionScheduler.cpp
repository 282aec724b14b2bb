#include "RetentionScheduler.h"

#include "Database.h"
#include "SecurityLog.h"
#include "SecuritySettings.h"
#include "WorkerConnection.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace motcua::security {

RetentionScheduler::RetentionScheduler(QString databasePath, QString fileRoot, QStringList draftFolders,
                                       QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_fileRoot(std::move(fileRoot)),
      m_draftFolders(std::move(draftFolders))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RetentionScheduler::runNow);
}

void RetentionScheduler::start(int firstDelayMs, int intervalMs)
{
    m_intervalMs = intervalMs;
    m_timer.start(firstDelayMs);
}

void RetentionScheduler::stop()
{
    m_intervalMs = 0;
    m_timer.stop();
}

Result<RetentionReport> RetentionScheduler::runOnce(const QString& databasePath, const QString& fileRoot,
                                                    const QStringList& draftFolders, const QString& actor, bool dryRun,
                                                    const QDateTime& now)
{
    auto db = openWorkerConnection(databasePath);
    if (!db)
        return db.error();
    const SecuritySettings settings(**db);
    RetentionPurger purger(**db, fileRoot);
    purger.setDraftFolders(draftFolders);
    return purger.purgeAndRecord(actor, now, settings.fileRetentionDays(), settings.draftRetentionDays(), dryRun);
}

void RetentionScheduler::runNow()
{
    if (m_running)
        return;
    m_running = true;
    auto* watcher = new QFutureWatcher<Result<RetentionReport>>(this);
    connect(watcher, &QFutureWatcher<Result<RetentionReport>>::finished, this, [this, watcher] {
        m_running = false;
        const Result<RetentionReport> result = watcher->result();
        watcher->deleteLater();
        if (m_intervalMs > 0)
            m_timer.start(m_intervalMs);
        if (result) {
            emit finished(result.value());
        } else {
            qCWarning(lcSecurity) << "retention failed:" << result.error().code;
            emit failed(result.error().code);
        }
    });
    watcher->setFuture(QtConcurrent::run([path = m_databasePath, root = m_fileRoot, drafts = m_draftFolders] {
        return runOnce(path, root, drafts, QStringLiteral("system"), false);
    }));
}

} // namespace motcua::security
