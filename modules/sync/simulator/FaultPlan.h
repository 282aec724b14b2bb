#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace motcua::sync {

// The faults the registry simulator injects, chosen on its command line. Rates are probabilities per
// request (0..1). Every fault is one the desk must survive without losing or duplicating a dossier.
struct FaultPlan
{
    int latencyMs = 0;                // each answer delayed by a random time in [latency/2, latency]
    double errorRate = 0;             // HTTP 500 server.internal before doing anything
    double throttleRate = 0;          // HTTP 429 rate.limited with Retry-After
    double unavailableRate = 0;       // HTTP 503 server.unavailable with Retry-After
    int retryAfterSeconds = 1;        // the Retry-After sent with 429/503
    double resetBeforeCommitRate = 0; // connection reset before the request is applied
    double resetAfterCommitRate = 0;  // request applied and committed, then the connection reset
    double duplicateRate = 0;         // a push applied twice; a pull page delivered again
    double malformedRate = 0;         // a 200 answer with a broken body (garbage, truncated, HTML, wrong shape)
    double redirectRate = 0;          // a 307 to another (loopback) host
    qint64 uploadBytesPerSecond = 0;  // slow attachment uploads; 0 = full speed
    quint32 seed = 0;                 // 0 = a random seed

    bool any() const;
    QJsonObject toJson() const;
};

} // namespace motcua::sync
