#pragma once

#include <QJsonObject>
#include <QString>

namespace motcua::sync {

// "Same payload" of the idempotency rule (SYNC-PROTOCOL.md §5.3): SHA-256 (hex) of the event without its
// idempotency key, as compact JSON with object keys sorted. QJsonObject keeps keys sorted, so the
// compact serialisation is canonical for both the desk and the simulator.
class EventFingerprint
{
public:
    static QString of(const QJsonObject& event);
};

} // namespace motcua::sync
