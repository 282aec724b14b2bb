#include "EventEnvelope.h"

#include "DossierEvent.h"
#include "OutboxEntry.h"
#include "ProtocolTime.h"
#include "SyncError.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace motcua::sync {

QString EventEnvelope::eventType(const QString& action)
{
    if (action == QLatin1String(event_action::Create))
        return QStringLiteral("dossier.received");
    if (action.isEmpty() || action == QLatin1String(event_action::Edit) ||
        action == QLatin1String(event_action::OfficialCode))
        return QStringLiteral("dossier.updated");
    return QStringLiteral("dossier.action");
}

Result<EventEnvelope> EventEnvelope::fromEntry(const OutboxEntry& entry)
{
    using R = Result<EventEnvelope>;
    const QJsonObject dossier = entry.payload.value(QStringLiteral("dossier")).toObject();
    const QJsonObject event = entry.payload.value(QStringLiteral("event")).toObject();
    if (entry.idempotencyKey.isEmpty() || entry.dossierUuid.isEmpty() || entry.sequence < 1 || dossier.isEmpty())
        return R::failure(QLatin1String(sync_error::BadEntry),
                          QStringLiteral("entry without key, dossier or sequence"));

    EventEnvelope out;
    out.demo = dossier.value(QStringLiteral("demo")).toBool();
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> seen;
    QJsonArray attachments;
    for (const QJsonValue& c : dossier.value(QStringLiteral("components")).toArray()) {
        const QString hash = c.toObject().value(QStringLiteral("fileSha256")).toString();
        if (hash.isEmpty() || seen.contains(hash))
            continue;
        if (!sha.match(hash).hasMatch())
            return R::failure(QLatin1String(sync_error::BadEntry), QStringLiteral("component hash is not SHA-256"));
        seen.insert(hash);
        const qint64 size = c.toObject().value(QStringLiteral("bytes")).toInteger();
        out.attachments.append({hash, size});
        attachments.append(QJsonObject{{QStringLiteral("sha256"), hash}, {QStringLiteral("size"), size}});
    }

    QString occurredAt = event.value(QStringLiteral("at")).toString();
    if (!ProtocolTime::parse(occurredAt).isValid())
        occurredAt = entry.createdAt.isValid() ? entry.createdAt.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate)
                                               : dossier.value(QStringLiteral("receivedAt")).toString();
    if (!ProtocolTime::parse(occurredAt).isValid())
        return R::failure(QLatin1String(sync_error::BadEntry), QStringLiteral("entry without a time"));

    out.event = QJsonObject{{QStringLiteral("idempotencyKey"), entry.idempotencyKey},
                            {QStringLiteral("dossierUuid"), entry.dossierUuid},
                            {QStringLiteral("sequence"), entry.sequence},
                            {QStringLiteral("type"), eventType(event.value(QStringLiteral("action")).toString())},
                            {QStringLiteral("occurredAt"), occurredAt},
                            {QStringLiteral("attachments"), attachments},
                            {QStringLiteral("payload"), entry.payload}};
    return out;
}

} // namespace motcua::sync
