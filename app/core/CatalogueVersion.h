#pragma once

#include <QString>

namespace motcua {

// Orders catalogue versions as people write them: "2026.11.1", "2026.03", "2027-01", "2026.11.1a".
// Runs of digits compare as numbers, other runs as text (case ignored); dots, dashes, underscores and
// spaces only separate. A version that is a prefix of another is the older one: "2026.11" < "2026.11.1".
// Returns <0, 0 or >0 like strcmp.
int compareCatalogueVersions(const QString& a, const QString& b);

} // namespace motcua
