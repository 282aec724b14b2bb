#pragma once

#include "PcscTransport.h"

#include <QString>

namespace motcua::cccd {

// The desk's card-reader settings (QSettings, so an administrator can preset or lock them):
//   cccd/reader          the reader chosen at this desk; empty = automatic (the reader a card is put on)
//   cccd/cscaFolder      folder of trusted CSCA certificates (PEM/DER); default the bundled :/csca
//   cccd/extendedLength  auto | off | on — extended-length APDUs (off works around readers that fail)
class CardReaderSettings
{
public:
    static QString reader();
    static void setReader(const QString& name);
    static QString cscaFolder();
    static void setCscaFolder(const QString& folder);
    static QString defaultCscaFolder() { return QStringLiteral(":/csca"); }
    static PcscTransport::ExtendedLength extendedLength();
};

} // namespace motcua::cccd
