#include "QrCodeData.h"

namespace motcua::cccd {

QString QrCodeData::formatName(Format format)
{
    switch (format) {
    case Format::Cccd2021:
        return QStringLiteral("cccd-2021");
    case Format::Card2024:
        return QStringLiteral("can-cuoc-2024");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace motcua::cccd
