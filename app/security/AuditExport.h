#pragma once

#include "Result.h"

#include <QString>

class QIODevice;

namespace motcua::security {

class AuditTrail;

// Writes the whole audit trail, in chain order with both hashes, so the export can be verified away
// from the desk (each row's hash can be recomputed from the row and the previous hash).
class AuditExport
{
public:
    enum class Format { Csv, Json };

    // csv or json from the file name's suffix; Csv when it is neither.
    static Format formatForPath(const QString& path);
    static Status write(const AuditTrail& trail, QIODevice& out, Format format);
    // Writes to a temporary file next to `path` and renames it, so a failed export leaves no half file.
    static Status writeFile(const AuditTrail& trail, const QString& path, Format format);
};

} // namespace motcua::security
