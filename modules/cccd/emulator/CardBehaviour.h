#pragma once

#include <QJsonObject>

namespace motcua::cccd {

// How an emulated chip reacts where real chips differ (CCCD.md §3.6, §3.8). Part of a card profile.
struct CardBehaviour
{
    // What the chip answers to a READ BINARY asking for more than maxReadLength bytes.
    enum class LargeLe { Truncate, WrongLength, WrongParameters, ExactLength };

    int maxReadLength = 256;                 // plaintext bytes per READ BINARY the chip accepts
    LargeLe onLargeLe = LargeLe::Truncate;   // Truncate: serve maxReadLength bytes; else 6700 / 6B00 / 6Cxx
    bool extendedLength = false;             // accepts extended-length APDUs (otherwise answers 67 00 unprotected)
    bool protectErrors = true;               // errors inside a session come back in DO99 + MAC (else bare SW)
    bool endOfFileWarning = false;           // 62 82 when fewer bytes than Le remain (else 90 00)
    quint16 wrongKeyStatus = 0x6300;         // EXTERNAL AUTHENTICATE with wrong MRZ keys: 63 00 or 69 82
    quint16 selectMasterFileStatus = 0x6D00; // Vietnamese chips refuse SELECT MF (CCCD.md §3.2)

    QJsonObject toJson() const;
    static CardBehaviour fromJson(const QJsonObject& json);
};

} // namespace motcua::cccd
