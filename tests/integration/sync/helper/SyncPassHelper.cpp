// One sync pass over a desk database, like `motcua-cli sync --once` but linked with the sync module only:
// the kill test starts it again and again and SIGKILLs it at random moments.
//
//   motcua-sync-pass-helper DB URL [BATCH] [TIMEOUT_MS] [CHUNK_BYTES]
// Exit: 0 the outbox is empty, 3 entries remain, 1 the pass could not run.
#include "AttachmentSource.h"
#include "Database.h"
#include "FileStore.h"
#include "Outbox.h"
#include "RegistryHttp.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <cstdio>

using namespace motcua;
using namespace motcua::sync;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: motcua-sync-pass-helper DB URL [BATCH] [TIMEOUT_MS] [CHUNK_BYTES]\n");
        return 2;
    }
    DatabaseOptions options;
    options.create = false;
    options.check = IntegrityCheck::None;
    options.synchronous = Synchronous::Normal;
    auto db = Database::open(args[1], options);
    if (!db)
        return 1;
    auto endpoint = RegistryEndpoint::create(QUrl(args[2]));
    if (!endpoint)
        return 1;
    SyncOptions sync;
    sync.batchSize = args.value(3, QStringLiteral("5")).toInt();
    sync.timeoutMs = args.value(4, QStringLiteral("2000")).toInt();
    sync.chunkBytes = args.value(5, QStringLiteral("4096")).toLongLong();
    RegistryHttp http(endpoint.value(), sync.timeoutMs);
    FileStoreAttachmentSource files(**db, FileStore::defaultRoot(args[1]));
    SyncEngine engine(**db, http, {QStringLiteral("Q01"), QStringLiteral("demo-desk-secret")}, files, sync);
    if (!engine.recoverInterrupted() || !Outbox(**db).retryNow())
        return 1;
    const PassReport report = engine.runPass();
    const auto counts = (*db)->outboxCounts();
    const qint64 pending = counts.value(QStringLiteral("queued")) + counts.value(QStringLiteral("sending")) +
                           counts.value(QStringLiteral("failed"));
    std::printf("sent %d failed %d pending %lld %s\n", report.sent, report.failed, pending,
                qPrintable(report.error.code));
    return pending == 0 && report.completed() ? 0 : 3;
}
