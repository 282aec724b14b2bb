#include "SyncEngine.h"

#include "AttachmentSource.h"
#include "Backoff.h"
#include "Database.h"
#include "Outbox.h"
#include "ProtocolConstants.h"
#include "RegistryHttp.h"
#include "Sha256.h"
#include "StorageError.h"
#include "SyncError.h"
#include "SyncLog.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <utility>

namespace motcua::sync {

namespace {

Error storageError(const Error& e)
{
    return {QLatin1String(sync_error::Storage), QStringLiteral("%1: %2").arg(e.code, e.message)};
}

// What the official sees on the entry: the stable code first (the UI turns it into a sentence), then
// the technical detail.
QString reasonText(const Error& e)
{
    return e.message.isEmpty() ? e.code : QStringLiteral("%1: %2").arg(e.code, e.message);
}

bool isPermanentAttachmentError(const QString& code)
{
    return code == QLatin1String(sync_error::AttachmentMissing) || code == QLatin1String(sync_error::AttachmentCorrupt);
}

// Bytes [offset, offset + length) of an opened attachment; empty when they cannot be read. The desk's file
// store hands a file over already in memory (a QBuffer, its hash checked): then the chunk is a view of
// those bytes, valid while the file is open, and not a copy.
QByteArray chunkOf(QIODevice& file, qint64 offset, qint64 length)
{
    if (const auto* buffer = qobject_cast<const QBuffer*>(&file)) {
        const QByteArray& all = buffer->data();
        if (offset < 0 || length <= 0 || offset + length > all.size())
            return {};
        if (offset == 0 && length == all.size())
            return all;
        return QByteArray::fromRawData(all.constData() + offset, qsizetype(length));
    }
    if (!file.seek(offset))
        return {};
    return file.read(length);
}

} // namespace

SyncEngine::SyncEngine(Database& db, RegistryHttp& http, Credentials credentials, AttachmentSource& files,
                       SyncOptions options)
    : m_db(db), m_http(http), m_files(files), m_options(options), m_auth(http, std::move(credentials)), m_changes(db)
{}

Status SyncEngine::recoverInterrupted()
{
    if (Status s = m_changes.ensureSchema(); !s)
        return storageError(s.error());
    m_schemaReady = true;
    Outbox outbox(m_db);
    auto recovered = outbox.recoverInterrupted();
    if (!recovered)
        return storageError(recovered.error());
    if (recovered.value() > 0)
        qCInfo(lcSync) << recovered.value() << "outbox entries were left sending by an interrupted run; requeued";
    return {};
}

PassReport SyncEngine::runPass()
{
    PassReport report;
    if (!m_schemaReady) {
        if (Status s = m_changes.ensureSchema(); !s) {
            report.error = storageError(s.error());
            return report;
        }
        m_schemaReady = true;
    }
    Outbox outbox(m_db);
    // Nothing of this process is in flight between passes: entries still "sending" were left by a pass
    // that stopped half-way (or a killed process) and go back to the queue. A repeat is harmless.
    if (auto recovered = outbox.recoverInterrupted(); !recovered) {
        report.error = storageError(recovered.error());
        return report;
    }
    for (int batch = 0; batch < m_options.maxBatchesPerPass; ++batch) {
        auto claimed = outbox.claimBatch(m_options.batchSize, QDateTime::currentDateTime());
        if (!claimed) {
            report.error = storageError(claimed.error());
            break;
        }
        if (claimed->isEmpty())
            break;
        if (!pushBatch(outbox, claimed.value(), report))
            break;
    }
    if (report.completed())
        pull(report);
    report.clockSkewKnown = m_http.skew().known();
    report.clockSkewMs = m_http.skew().skewMs();
    return report;
}

void SyncEngine::fail(Outbox& outbox, const Pending& pending, const Error& error, bool permanent, qint64 retryAfterMs,
                      PassReport& report)
{
    const qint64 delay = Backoff::delayMs(qMax(1, pending.attempts), permanent, retryAfterMs);
    const QDateTime next = QDateTime::currentDateTime().addMSecs(delay);
    if (Status s = outbox.markFailed(pending.id, pending.revision, reasonText(error), next); !s) {
        // A stale revision means the dossier was edited meanwhile: the entry is queued again, fine.
        if (s.error().code != QLatin1String(storage_error::StaleOutbox))
            qCWarning(lcSync) << "cannot record a failed attempt:" << s.error().code;
        return;
    }
    ++report.failed;
}

bool SyncEngine::validResults(const QJsonArray& results, const QList<Pending>& sent)
{
    static const QSet<QString> known{QLatin1String(protocol::kAccepted), QLatin1String(protocol::kDuplicate),
                                     QLatin1String(protocol::kConflict), QLatin1String(protocol::kRejected),
                                     QLatin1String(protocol::kDeferred)};
    if (results.size() != sent.size())
        return false;
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        if (r.value(QStringLiteral("idempotencyKey")).toString() !=
                sent.at(i).envelope.event.value(QStringLiteral("idempotencyKey")).toString() ||
            !known.contains(r.value(QStringLiteral("status")).toString()))
            return false;
    }
    return true;
}

bool SyncEngine::pushBatch(Outbox& outbox, const QList<OutboxEntry>& entries, PassReport& report)
{
    QList<Pending> pending;
    for (const OutboxEntry& entry : entries) {
        Pending p{entry.id, entry.revision, entry.attempts, {}};
        auto envelope = EventEnvelope::fromEntry(entry);
        if (!envelope) {
            fail(outbox, p, envelope.error(), true, -1, report);
            continue;
        }
        p.envelope = std::move(envelope).value();
        if (p.envelope.demo && !m_options.demoRegistry) {
            fail(outbox, p, {QLatin1String(sync_error::DemoDossier), QStringLiteral("demo dossier")}, true, -1, report);
            continue;
        }
        pending.append(std::move(p));
    }

    // Attachments first: the registry defers an event whose files it does not hold.
    QSet<QString> uploaded;
    QHash<QString, Error> unusable; // local file missing or damaged: its entries fail, the others go on
    for (const Pending& p : std::as_const(pending)) {
        for (const auto& attachment : p.envelope.attachments) {
            if (uploaded.contains(attachment.sha256) || unusable.contains(attachment.sha256))
                continue;
            const Status s = uploadAttachment(attachment, report);
            if (s) {
                uploaded.insert(attachment.sha256);
            } else if (isPermanentAttachmentError(s.error().code)) {
                unusable.insert(attachment.sha256, s.error());
            } else {
                for (const Pending& q : std::as_const(pending))
                    fail(outbox, q, s.error(), false, -1, report);
                report.error = s.error();
                return false;
            }
        }
    }
    QList<Pending> sendable;
    for (const Pending& p : std::as_const(pending)) {
        const auto bad = std::find_if(p.envelope.attachments.begin(), p.envelope.attachments.end(),
                                      [&](const auto& a) { return unusable.contains(a.sha256); });
        if (bad != p.envelope.attachments.end()) {
            const Error& cause = unusable[bad->sha256];
            fail(outbox, p, {cause.code, QStringLiteral("%1 (%2)").arg(bad->sha256.left(12), cause.message)}, true, -1,
                 report);
        } else
            sendable.append(p);
    }
    if (sendable.isEmpty())
        return true;

    QJsonArray events;
    for (const Pending& p : std::as_const(sendable))
        events.append(p.envelope.event);
    const QJsonObject body{
        {QStringLiteral("deskId"), m_auth.deskId()},
        {QStringLiteral("sentAt"), QDateTime::currentDateTime().toOffsetFromUtc(7 * 3600).toString(Qt::ISODateWithMs)},
        {QStringLiteral("events"), events}};
    const HttpResponse r = m_auth.send(
        [&](const QString& token) { return m_http.postJson(QLatin1String(protocol::kPathBatch), body, token); });
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    if (!r.success() || !validResults(results, sendable)) {
        const Error error = r.success() ? Error{QLatin1String(sync_error::BadResponse),
                                                QStringLiteral("results do not match the batch")}
                                        : r.failure();
        const bool permanent = error.code == QLatin1String(sync_error::CredentialsRefused);
        for (const Pending& p : std::as_const(sendable))
            fail(outbox, p, error, permanent, r.retryAfterMs, report);
        report.error = error;
        report.retryAfterMs = r.retryAfterMs;
        return false;
    }

    QHash<QString, QString> codes;
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const Pending& p = sendable.at(i);
        const QString status = result.value(QStringLiteral("status")).toString();
        const QString detail = QStringLiteral("%1 %2")
                                   .arg(result.value(QStringLiteral("code")).toString(),
                                        result.value(QStringLiteral("message")).toString())
                                   .trimmed();
        if (status == QLatin1String(protocol::kAccepted) || status == QLatin1String(protocol::kDuplicate)) {
            if (Status s = outbox.markSynced(p.id, p.revision); !s) {
                if (s.error().code != QLatin1String(storage_error::StaleOutbox)) {
                    report.error = storageError(s.error());
                    return false;
                }
                continue; // edited meanwhile: queued again, the repeat will be a duplicate
            }
            ++report.sent;
            if (status == QLatin1String(protocol::kDuplicate))
                ++report.duplicates;
            const QString code = result.value(QStringLiteral("officialCode")).toString();
            const QJsonObject dossier = p.envelope.event.value(QStringLiteral("payload"))
                                            .toObject()
                                            .value(QStringLiteral("dossier"))
                                            .toObject();
            if (!code.isEmpty() && dossier.value(QStringLiteral("codeProvisional")).toBool(true))
                codes.insert(p.envelope.event.value(QStringLiteral("dossierUuid")).toString(), code);
        } else if (status == QLatin1String(protocol::kDeferred)) {
            ++report.deferred;
            fail(outbox, p, {QLatin1String(sync_error::Deferred), detail}, false, -1, report);
        } else {
            const char* code =
                status == QLatin1String(protocol::kConflict) ? sync_error::Conflict : sync_error::Rejected;
            fail(outbox, p, {QLatin1String(code), detail}, true, -1, report);
        }
    }
    auto assigned = m_changes.assignCodes(codes);
    if (!assigned) {
        report.error = storageError(assigned.error());
        return false;
    }
    report.codesAssigned += assigned->codes;
    report.assignedCodes += assigned->assignedCodes;
    return true;
}

Status SyncEngine::uploadAttachment(const EventEnvelope::Attachment& attachment, PassReport& report)
{
    const QString path = QLatin1String(protocol::kPathAttachments) + attachment.sha256;
    const HttpResponse status = m_auth.send([&](const QString& token) { return m_http.get(path, {}, token); });
    qint64 offset = 0;
    if (status.success()) {
        if (status.json.value(QStringLiteral("complete")).toBool()) {
            m_files.markUploaded(attachment.sha256);
            return {};
        }
        offset = status.json.value(QStringLiteral("received")).toInteger(-1);
    } else if (!(status.answered() && status.status == 404)) {
        return status.failure();
    }

    auto opened = m_files.open(attachment.sha256);
    if (!opened)
        return opened.error();
    QIODevice& file = *opened.value();
    const qint64 size = file.size();
    if (size <= 0 || size > protocol::kMaxAttachmentBytes)
        return Status::failure(QLatin1String(sync_error::AttachmentCorrupt), QStringLiteral("size out of range"));
    if (offset < 0 || offset > size)
        return Status::failure(QLatin1String(sync_error::BadResponse), QStringLiteral("received offset out of range"));

    bool rehashed = false;
    // Bounded: every round either moves the offset forward or is one of a few corrections.
    const qint64 maxRounds = size / m_options.chunkBytes + 16;
    for (qint64 round = 0; round < maxRounds; ++round) {
        const QByteArray chunk = chunkOf(file, offset, qMin(m_options.chunkBytes, size - offset));
        if (chunk.isEmpty())
            return Status::failure(QLatin1String(sync_error::AttachmentCorrupt), QStringLiteral("short read"));
        const QString query = QStringLiteral("offset=%1&size=%2").arg(offset).arg(size);
        const HttpResponse r = m_auth.send(
            [&](const QString& token) { return m_http.put(path, query, chunk, protocol::kOctetType, token); });
        if (r.success()) {
            const qint64 received = r.json.value(QStringLiteral("received")).toInteger(-1);
            const QJsonValue complete = r.json.value(QStringLiteral("complete"));
            if (!complete.isBool() || received <= offset || received > size)
                return Status::failure(QLatin1String(sync_error::BadResponse), QStringLiteral("bad chunk answer"));
            report.attachmentBytes += received - offset;
            offset = received;
            if (complete.toBool()) {
                ++report.attachmentsUploaded;
                m_files.markUploaded(attachment.sha256);
                return {};
            }
            continue;
        }
        if (r.answered() && r.status == 409 && r.serverCode() == QLatin1String(protocol::code::OffsetMismatch)) {
            const qint64 received = r.json.value(QStringLiteral("received")).toInteger(-1);
            if (received < 0 || received > size)
                return Status::failure(QLatin1String(sync_error::BadResponse), QStringLiteral("bad offset answer"));
            offset = received; // resume where the registry is
            continue;
        }
        if (r.answered() && r.status == 422 && !rehashed) {
            // The registry discarded the upload. Our file is the suspect: check it before starting over.
            rehashed = true;
            Sha256 hash;
            if (!file.seek(0) || !hash.addData(file) || hash.hexResult() != attachment.sha256)
                return Status::failure(QLatin1String(sync_error::AttachmentCorrupt), QStringLiteral("hash differs"));
            offset = 0;
            continue;
        }
        return r.failure();
    }
    return Status::failure(QLatin1String(sync_error::BadResponse), QStringLiteral("upload did not complete"));
}

void SyncEngine::pull(PassReport& report)
{
    auto cursor = m_changes.cursor();
    if (!cursor) {
        report.error = storageError(cursor.error());
        return;
    }
    QString since = cursor.value();
    for (int page = 0; page < m_options.maxChangePagesPerPass; ++page) {
        QString query = QStringLiteral("limit=%1").arg(m_options.changesPageSize);
        if (!since.isEmpty())
            query += QStringLiteral("&since=") + QString::fromLatin1(QUrl::toPercentEncoding(since));
        const HttpResponse r = m_auth.send(
            [&](const QString& token) { return m_http.get(QLatin1String(protocol::kPathChanges), query, token); });
        if (!r.success()) {
            report.error = r.failure();
            report.retryAfterMs = r.retryAfterMs;
            return;
        }
        const QJsonValue changes = r.json.value(QStringLiteral("changes"));
        const QString next = r.json.value(QStringLiteral("nextCursor")).toString();
        const QJsonValue more = r.json.value(QStringLiteral("hasMore"));
        bool shapeOk = changes.isArray() && !next.isEmpty() && more.isBool();
        for (const QJsonValue& c : changes.toArray())
            shapeOk = shapeOk && c.isObject() && c.toObject().value(QStringLiteral("kind")).isString();
        if (!shapeOk) {
            report.error = {QLatin1String(sync_error::BadResponse), QStringLiteral("change page of the wrong shape")};
            return;
        }
        auto applied = m_changes.applyPage(changes.toArray(), next);
        if (!applied) {
            report.error = storageError(applied.error());
            return;
        }
        report.pulled += changes.toArray().size();
        report.applied += applied->codes + applied->statuses + applied->decisions + applied->catalogues;
        report.ignored += applied->ignored;
        report.codesAssigned += applied->codes;
        report.assignedCodes += applied->assignedCodes;
        since = next;
        if (!more.toBool())
            return;
    }
}

} // namespace motcua::sync
