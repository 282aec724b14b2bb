#pragma once

namespace motcua {

// How thoroughly the file is checked when it is opened.
enum class IntegrityCheck {
    None,  // trust the file (tests, tools that run their own check)
    Quick, // PRAGMA quick_check: b-tree structure, O(N) but skips index cross-checks (default)
    Full,  // PRAGMA integrity_check: also verifies every index against its table (motcua-cli db check)
};

// When a commit reaches the disk (docs/STORAGE.md, "Durability").
//  Normal: a commit is safe from a crash of the program at once, and from a power cut once the WAL is
//          synced: by the background checkpoint, at most checkpointIntervalMs later. No fsync in the
//          save path, so a save costs a fraction of a millisecond.
//  Full:   the WAL is synced on every commit; each save waits for one fsync (milliseconds on a slow
//          disk). For an office that prefers it; nothing else changes.
enum class Synchronous { Normal, Full };

struct DatabaseOptions
{
    bool create = true;  // create the file (and its folder) when missing; else error db.missing
    bool migrate = true; // apply pending migrations; false opens the schema as found (check, stats)
    IntegrityCheck check = IntegrityCheck::Quick;
    Synchronous synchronous = Synchronous::Normal;
    // With Normal: a background thread (own connection) checkpoints the WAL this often, which syncs it,
    // bounding what a power cut can take to the last interval; commits never run a checkpoint
    // themselves. 0 leaves SQLite's own checkpoint-on-commit (every 1000 pages) in place.
    int checkpointIntervalMs = 1000;
    int busyTimeoutMs = 5000; // how long a write waits for another connection's write to finish
};

} // namespace motcua
