#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace motcua::sync {

// One outbox entry as the sync page shows it (no payload: the page never needs citizens' data).
struct QueueItem
{
    qint64 id = 0;
    QString dossierUuid;
    QString dossierCode;
    qint64 sequence = 0;
    QString state; // "queued", "sending", "failed", "synced"
    int attempts = 0;
    QString lastError; // "sync.code: detail"
    QDateTime nextAttemptAt;
    QDateTime exportedAt;

    QString errorCode() const { return lastError.section(QLatin1Char(':'), 0, 0); }
};

// The queue as read by the worker, handed to the GUI thread by value.
struct QueueSnapshot
{
    qint64 queued = 0;
    qint64 sending = 0;
    qint64 failed = 0;
    qint64 synced = 0;
    QList<QueueItem> items; // not yet synced, oldest first
};

} // namespace motcua::sync

Q_DECLARE_METATYPE(motcua::sync::QueueSnapshot)
