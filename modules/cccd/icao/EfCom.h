#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::cccd {

// EF.COM (tag 60): LDS and Unicode versions and the list of data groups present (ICAO 9303-10 §4.6.1).
struct EfCom
{
    QString ldsVersion;     // "0107"
    QString unicodeVersion; // "040000"
    QList<int> dataGroups;  // in the order of the tag list, unknown tags skipped

    bool has(int dataGroup) const { return dataGroups.contains(dataGroup); }
    static Result<EfCom> parse(const QByteArray& file);
    QByteArray encode() const;
};

} // namespace motcua::cccd
