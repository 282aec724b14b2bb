#pragma once

#include "Dossier.h"
#include "DossierEvent.h"

#include <QByteArray>
#include <QJsonObject>

namespace motcua {

class JsonWriter;

// JSON pictures of a dossier and of an event, as put in outbox payloads and exports. Times are ISO 8601
// with the +07:00 offset, dates YYYY-MM-DD, states both as key and national status code. The sync
// module maps this to the registry protocol.
class DossierSnapshot
{
public:
    // The payload of an outbox entry for `event` on `dossier` (state after the event):
    // {"event": {...}, "dossier": {...}}, compact UTF-8 JSON.
    static QByteArray outboxPayloadJson(const Dossier& dossier, const DossierEvent& event);

    static void write(JsonWriter& json, const Dossier& dossier);
    static void write(JsonWriter& json, const DossierEvent& event);
    static void write(JsonWriter& json, const Applicant& applicant);

    // The same as QJsonObject, for callers that edit or embed it.
    static QJsonObject dossier(const Dossier& dossier);
    static QJsonObject event(const DossierEvent& event);
    static QJsonObject outboxPayload(const Dossier& dossier, const DossierEvent& event);

    // "2026-02-13T15:30:00+07:00"; empty for an invalid time.
    static QString isoTime(const QDateTime& time);
};

} // namespace motcua
