#pragma once

#include "ProtocolConstants.h"

namespace motcua::sync {

// Knobs of one sync pass. Defaults suit a commune desk; tests shrink them to stay fast.
struct SyncOptions
{
    int batchSize = 100;          // outbox entries per push (the protocol allows 500)
    int maxBatchesPerPass = 1000; // bounds one pass; the next pass continues
    int changesPageSize = 200;
    int maxChangePagesPerPass = 100;
    qint64 chunkBytes = protocol::kDefaultChunkBytes;
    int timeoutMs = 30000;     // no progress for this long = timeout
    bool demoRegistry = false; // talking to the demo registry: demo dossiers may go
};

} // namespace motcua::sync
