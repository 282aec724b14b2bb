#pragma once

#include "DossierState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace motcua {

// One entry of a dossier's timeline: who did what, when, and the state before and after. Each event
// written with a dossier change also becomes one outbox entry for the registry.
struct DossierEvent
{
    QString uuid;        // minted by the store when empty; also the outbox idempotency key
    QString dossierUuid; // filled in by the store
    QString action;      // actionKey(DossierAction), or "create", "edit", "official_code", …
    std::optional<DossierState> fromState;
    std::optional<DossierState> toState;
    QString actor;       // user name of the official (never a citizen's data)
    QDateTime at;        // when it happened; the store uses "now" when invalid
    QJsonObject payload; // action details: reasons, new due date, who received the result, …
};

// Action keys of events that are not life-cycle transitions.
namespace event_action {
inline constexpr auto Create = "create";              // the dossier was received (or registered)
inline constexpr auto Edit = "edit";                  // data corrected without a state change
inline constexpr auto OfficialCode = "official_code"; // the registry assigned the official code
} // namespace event_action

} // namespace motcua
