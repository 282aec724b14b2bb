#pragma once

#include "DeskIdentity.h"
#include "Result.h"
#include "Sha256.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace motcua::sync {

// The registry simulator's data in one SQLite file: dossiers with their official codes, every event by
// idempotency key, attachments in chunks, and the change feed desks pull. Each public write is one
// transaction, so "committed" in the protocol means committed here.
class RegistryStore
{
public:
    RegistryStore();
    ~RegistryStore();
    RegistryStore(const RegistryStore&) = delete;
    RegistryStore& operator=(const RegistryStore&) = delete;

    Status open(const QString& path);
    void close();

    // Applies a batch in one transaction; one result object per event (SYNC-PROTOCOL.md §5.3).
    Result<QJsonArray> pushBatch(const DeskIdentity& desk, const QJsonArray& events, const QDateTime& serverNow,
                                 qint64 skewMs);

    struct UploadStatus
    {
        bool known = false;
        qint64 size = 0;
        qint64 received = 0;
        bool complete = false;
    };
    Result<UploadStatus> attachmentStatus(const QString& sha256);
    // Stores one chunk. Errors carry protocol codes (attachment.offset_mismatch, attachment.hash_mismatch…).
    Result<UploadStatus> putChunk(const QString& sha256, qint64 offset, qint64 size, const QByteArray& data);

    struct ChangePage
    {
        QJsonArray changes;
        qint64 nextCursor = 0;
        bool hasMore = false;
    };
    Result<ChangePage> changes(const QString& agencyId, qint64 since, int limit);

    Result<QJsonArray> dossiers(const QString& agencyId, int state, const QString& after, int limit);
    // Records a supervisor decision; answers "accepted" or "duplicate" (errors: dossier.unknown,
    // idempotency.conflict).
    Result<QString> decide(const DeskIdentity& supervisor, const QString& dossierUuid, const QJsonObject& decision,
                           const QDateTime& serverNow);
    Status publishCatalogue(const QJsonObject& catalogue, const QDateTime& serverNow);

    // Counts for `motcua-registry-sim stats`.
    Result<QJsonObject> stats();

private:
    QSqlQuery& query(const char* sql);
    Status exec(const char* sql);
    Status createSchema();
    Status addCounter(const char* name, qint64 delta);
    Status addChange(const QString& agencyId, const char* kind, const QString& dossierUuid, QJsonObject body,
                     const QDateTime& at);
    Result<QString> issueCode(const QString& agencyId, const QDate& receivedOn);
    Result<QJsonObject> applyEvent(const DeskIdentity& desk, const QJsonObject& event, const QDateTime& serverNow,
                                   qint64 skewMs);

    QString m_connection;
    QSqlDatabase m_db;
    QHash<const char*, std::shared_ptr<QSqlQuery>> m_queries;
    // Uploads in progress: the SHA-256 of the bytes committed so far (received, state), so the last chunk
    // is checked without reading the attachment back. Lost on a restart; then read back once.
    static constexpr qsizetype kMaxKeptHashes = 1024;
    QHash<QString, std::pair<qint64, Sha256>> m_uploadHashes;
};

} // namespace motcua::sync
