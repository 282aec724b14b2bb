#pragma once

#include "Credentials.h"
#include "PassReport.h"
#include "QueueSnapshot.h"
#include "SyncOptions.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace motcua {
class Database;
}

namespace motcua::sync {

class FileStoreAttachmentSource;
class RegistryHttp;
class SyncEngine;

// The sync engine's home on the worker thread: its own connection to the desk database, its own
// network access manager, and the blocking passes. Every slot is called through queued connections
// from SyncService; results come back as signals carrying values.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString databasePath, QString filesRoot);
    ~SyncWorker() override;

public slots:
    // (Re)builds the engine; an error comes back through configured().
    void configure(const QUrl& registry, const QString& caBundle, const motcua::sync::Credentials& credentials,
                   const motcua::sync::SyncOptions& options);
    void runPass();
    void refreshQueue();
    void retryNow(const QString& dossierUuid);
    void exportEntry(qint64 id, const QString& path);

signals:
    void configured(const QString& errorCode, const QString& message);
    void passStarted();
    void passFinished(const motcua::sync::PassReport& report);
    void queueChanged(const motcua::sync::QueueSnapshot& snapshot);
    void exported(qint64 id, const QString& path, const QString& errorCode);

private:
    bool ensureDatabase(QString* errorCode);

    QString m_databasePath;
    QString m_filesRoot;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileStoreAttachmentSource> m_files;
    std::unique_ptr<RegistryHttp> m_http;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace motcua::sync

Q_DECLARE_METATYPE(motcua::sync::PassReport)
Q_DECLARE_METATYPE(motcua::sync::Credentials)
Q_DECLARE_METATYPE(motcua::sync::SyncOptions)
