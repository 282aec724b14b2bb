#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::cccd {

// One-shot look at the PC/SC readers (CLI, diagnostics): names, whether a card is present, its ATR.
// Blocking but short; the desk itself uses ReaderMonitor instead.
class PcscReaderList
{
public:
    struct Reader
    {
        QString name;
        bool cardPresent = false;
        QByteArray atr;
    };

    // Errors: card.no_service. No readers is an empty list, not an error.
    static Result<QList<Reader>> list();
    // Polls until `reader` (or, when empty, any reader) holds a card, for up to waitMs. Returns its name.
    // Errors: card.no_service, card.no_reader, card.reader_gone (named reader absent), card.no_card.
    static Result<QString> waitForCard(const QString& reader, int waitMs);
};

} // namespace motcua::cccd
