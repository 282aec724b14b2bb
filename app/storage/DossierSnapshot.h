#pragma once

#include "Dossier.h"
#include "DossierEvent.h"

#include <QJsonObject>

namespace motcua {

// JSON pictures of a dossier and of an event, as put in outbox payloads and exports. Times are ISO 8601
// with the +07:00 offset, dates YYYY-MM-DD, states both as key and national code. The sync module maps
// this to the registry protocol.
class DossierSnapshot
{
public:
    static QJsonObject dossier(const Dossier& dossier);
    static QJsonObject applicant(const Applicant& applicant);
    static QJsonObject event(const DossierEvent& event);
    // The payload of an outbox entry for `event` on `dossier` (state after the event).
    static QJsonObject outboxPayload(const Dossier& dossier, const DossierEvent& event);
};

} // namespace motcua
