#pragma once

namespace motcua {

// How thoroughly the file is checked when it is opened.
enum class IntegrityCheck {
    None,  // trust the file (tests, tools that run their own check)
    Quick, // PRAGMA quick_check: b-tree structure, O(N) but skips index cross-checks (default)
    Full,  // PRAGMA integrity_check: also verifies every index against its table (motcua-cli db check)
};

// When a commit reaches the disk. In WAL mode NORMAL survives a crash of the program but may lose the
// last commits on power loss; FULL syncs the WAL on every commit so a receipt handed to a citizen is
// never for a dossier the desk forgot after a power cut (docs/STORAGE.md).
enum class Synchronous { Normal, Full };

struct DatabaseOptions
{
    bool create = true;  // create the file (and its folder) when missing; else error db.missing
    bool migrate = true; // apply pending migrations; false opens the schema as found (check, stats)
    IntegrityCheck check = IntegrityCheck::Quick;
    Synchronous synchronous = Synchronous::Full;
    int busyTimeoutMs = 5000; // how long a write waits for another connection's write to finish
};

} // namespace motcua
