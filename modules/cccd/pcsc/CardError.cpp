#include "CardError.h"

#include <winscard.h>

namespace motcua::cccd {

namespace {

enum class Kind {
    NoService,
    NoReader,
    NoCard,
    Removed,
    ReaderGone,
    ReaderBusy,
    Unresponsive,
    Transport,
    NoAccessKey,
    NotSupported,
    AccessDenied,
    MrzInvalid,
    KeyInvalid,
    Unverifiable,
    SessionLost,
    FileMissing,
    Face,
    TrustStore,
    Cancelled,
    DemoCard,
    QrNotCccd,
    QrInvalid,
    Internal
};

Kind kindOf(const QString& code)
{
    static const QList<QPair<QLatin1String, Kind>> exact = {
        {QLatin1String("card.no_service"), Kind::NoService},
        {QLatin1String("card.no_reader"), Kind::NoReader},
        {QLatin1String("card.no_card"), Kind::NoCard},
        {QLatin1String("card.removed"), Kind::Removed},
        {QLatin1String("card.reader_gone"), Kind::ReaderGone},
        {QLatin1String("card.reader_busy"), Kind::ReaderBusy},
        {QLatin1String("card.unresponsive"), Kind::Unresponsive},
        {QLatin1String("card.transport"), Kind::Transport},
        {QLatin1String("card.no_access_key"), Kind::NoAccessKey},
        {QLatin1String("card.not_supported"), Kind::NotSupported},
        {QLatin1String("card.access.denied"), Kind::AccessDenied},
        {QLatin1String("card.key.invalid"), Kind::KeyInvalid},
        {QLatin1String("card.sm.session_lost"), Kind::SessionLost},
        {QLatin1String("card.recovery_exhausted"), Kind::SessionLost},
        {QLatin1String("card.trust_store"), Kind::TrustStore},
        {QLatin1String("card.cancelled"), Kind::Cancelled},
        {QLatin1String("card.profile"), Kind::DemoCard},
        {QLatin1String("card.fixture"), Kind::DemoCard},
        {QLatin1String("qr.empty"), Kind::QrNotCccd},
        {QLatin1String("qr.not_cccd"), Kind::QrNotCccd},
    };
    for (const auto& [name, kind] : exact)
        if (code == name)
            return kind;
    static const QList<QPair<QLatin1String, Kind>> prefixes = {
        {QLatin1String("card.mrz."), Kind::MrzInvalid},
        {QLatin1String("card.sm."), Kind::Unverifiable},
        {QLatin1String("card.access."), Kind::Unverifiable},
        {QLatin1String("card.tlv."), Kind::Unverifiable},
        {QLatin1String("card.sod."), Kind::Unverifiable},
        {QLatin1String("card.crypto."), Kind::Unverifiable},
        {QLatin1String("card.file.malformed"), Kind::Unverifiable},
        {QLatin1String("card.file."), Kind::FileMissing},
        {QLatin1String("card.face."), Kind::Face},
        {QLatin1String("card.status"), Kind::Transport},
        {QLatin1String("qr."), Kind::QrInvalid},
    };
    for (const auto& [prefix, kind] : prefixes)
        if (code.startsWith(prefix))
            return kind;
    return Kind::Internal;
}

} // namespace

QString CardError::userMessage(const QString& code)
{
    switch (kindOf(code)) {
    case Kind::NoService:
        return tr("The smart-card service of the computer (PC/SC) is not running.");
    case Kind::NoReader:
        return tr("No card reader is connected.");
    case Kind::NoCard:
        return tr("There is no card on the reader.");
    case Kind::Removed:
        return tr("The card was moved away from the reader before reading finished.");
    case Kind::ReaderGone:
        return tr("The card reader was unplugged.");
    case Kind::ReaderBusy:
        return tr("Another program is using the card reader.");
    case Kind::Unresponsive:
        return tr("The card does not answer.");
    case Kind::Transport:
        return tr("Communication with the card failed.");
    case Kind::NoAccessKey:
        return tr("The chip opens only with data printed on the card.");
    case Kind::NotSupported:
        return tr("This card cannot be opened this way yet.");
    case Kind::AccessDenied:
        return tr("The chip refused the data entered (MRZ, or ID number, date of birth and expiry date).");
    case Kind::MrzInvalid:
        return tr("The MRZ lines are not valid: a character or a check digit is wrong.");
    case Kind::KeyInvalid:
        return tr("The ID number or a date entered is not valid.");
    case Kind::Unverifiable:
        return tr("The card's answers could not be verified, so nothing from this read was accepted.");
    case Kind::SessionLost:
        return tr("The secure connection to the chip was lost.");
    case Kind::FileMissing:
        return tr("A data file expected on a chip ID card is missing or locked.");
    case Kind::Face:
        return tr("The photo stored in the chip could not be read.");
    case Kind::TrustStore:
        return tr("The list of trusted card issuers (CSCA) could not be loaded.");
    case Kind::Cancelled:
        return tr("Reading was cancelled.");
    case Kind::DemoCard:
        return tr("The demo card could not be prepared.");
    case Kind::QrNotCccd:
        return tr("This is not the QR code of a citizen ID card.");
    case Kind::QrInvalid:
        return tr("The QR code holds an invalid ID number or date.");
    case Kind::Internal:
        break;
    }
    return tr("An unexpected error occurred while reading the card.");
}

QString CardError::nextStep(const QString& code)
{
    switch (kindOf(code)) {
    case Kind::NoService:
        return tr("Restart the computer; if this message stays, call the IT contact (service “pcscd”).");
    case Kind::NoReader:
        return tr("Plug the card reader into a USB port; it is detected automatically.");
    case Kind::NoCard:
        return tr("Place the card flat on the reader.");
    case Kind::Removed:
    case Kind::SessionLost:
        return tr("Place the card back on the reader and keep it still until reading finishes.");
    case Kind::ReaderGone:
        return tr("Plug the reader back in, then place the card again.");
    case Kind::ReaderBusy:
        return tr("Close other programs that use the card reader, then place the card again.");
    case Kind::Unresponsive:
    case Kind::Transport:
        return tr("Place the card again; if it keeps failing, try another reader.");
    case Kind::NoAccessKey:
        return tr("Scan the QR code on the card, or type the three MRZ lines from the back of the card.");
    case Kind::NotSupported:
        return tr("Type the three MRZ lines from the back of the card.");
    case Kind::AccessDenied:
    case Kind::MrzInvalid:
    case Kind::KeyInvalid:
        return tr("Compare every character with the card and correct it, then read again.");
    case Kind::Unverifiable:
        return tr("Read the card again. If this repeats, the card may be damaged or altered: check the paper "
                  "documents and report the card.");
    case Kind::FileMissing:
        return tr("Check that this is a chip ID card (CCCD); other cards cannot be read here.");
    case Kind::Face:
        return tr("The other data was read: compare the person with the photo printed on the card.");
    case Kind::TrustStore:
        return tr("Ask the IT contact to check the CSCA folder in the settings.");
    case Kind::Cancelled:
        return tr("Place the card again to read it.");
    case Kind::DemoCard:
        return tr("Restart the desk in demo mode; if this repeats, call the IT contact.");
    case Kind::QrNotCccd:
        return tr("Scan the QR code on the card (front of a CCCD, back of a 2024 card).");
    case Kind::QrInvalid:
        return tr("Scan again, or type the data by hand.");
    case Kind::Internal:
        break;
    }
    return tr("Try again; if it repeats, copy the details and call the IT contact.");
}

Error CardError::fromPcsc(long rv, const char* operation)
{
    const QString detail = QStringLiteral("%1 failed: %2 (0x%3)")
                               .arg(QLatin1String(operation), QString::fromLatin1(pcsc_stringify_error(LONG(rv))))
                               .arg(quint32(rv), 8, 16, QLatin1Char('0'));
    const char* code = "card.transport";
    switch (LONG(rv)) {
    case LONG(SCARD_E_NO_SERVICE):
    case LONG(SCARD_E_SERVICE_STOPPED):
        code = "card.no_service";
        break;
    case LONG(SCARD_E_NO_READERS_AVAILABLE):
        code = "card.no_reader";
        break;
    case LONG(SCARD_E_UNKNOWN_READER):
    case LONG(SCARD_E_READER_UNAVAILABLE):
        code = "card.reader_gone";
        break;
    case LONG(SCARD_E_NO_SMARTCARD):
        code = "card.no_card";
        break;
    case LONG(SCARD_W_REMOVED_CARD):
    case LONG(SCARD_W_RESET_CARD):
        code = "card.removed";
        break;
    case LONG(SCARD_E_SHARING_VIOLATION):
        code = "card.reader_busy";
        break;
    case LONG(SCARD_W_UNRESPONSIVE_CARD):
    case LONG(SCARD_W_UNPOWERED_CARD):
    case LONG(SCARD_E_PROTO_MISMATCH):
        code = "card.unresponsive";
        break;
    case LONG(SCARD_E_CANCELLED):
        code = "card.cancelled";
        break;
    default:
        break;
    }
    return Error{QString::fromLatin1(code), detail};
}

bool CardError::isCardContactLost(const QString& code)
{
    const Kind kind = kindOf(code);
    return kind == Kind::Removed || kind == Kind::SessionLost || kind == Kind::Transport ||
           kind == Kind::Unresponsive || code == QLatin1String("card.no_card");
}

} // namespace motcua::cccd
