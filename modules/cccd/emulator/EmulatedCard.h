#pragma once

#include "ApduTransport.h"
#include "CardFaults.h"
#include "CardProfile.h"
#include "CommandApdu.h"
#include "PaceChipSide.h"
#include "ResponseApdu.h"

#include <QMap>
#include <memory>

namespace motcua::cccd {

class SecureMessaging;

// A CCCD chip in software: the eMRTD applet (AID A0 00 00 02 47 10 01) with BAC, 3DES secure messaging,
// PACE-CAN (generic mapping, AES), SELECT by FID, READ BINARY with offsets (and SFI), INTERNAL AUTHENTICATE when the
// profile has an AA key. Behaves as CCCD.md describes the real card: wrong MRZ keys → 63 00 (or 69 82), READ before BAC
// → 69 82, a plain command inside a session → 69 88 (session dropped), SELECT MF → 6D 00, too-large Le per the
// profile's CardBehaviour. Used in-process (LoopbackTransport) and behind the vpcd bridge.
class EmulatedCard : public CardResponder
{
public:
    static const QByteArray Aid;

    explicit EmulatedCard(CardProfile profile);
    ~EmulatedCard() override;

    QByteArray atr() const override;
    void powerOn() override;
    void powerOff() override;
    // An empty answer means the card is out of the field (CardFaults::lift).
    QByteArray respond(const QByteArray& command) override;

    void setFaults(const CardFaults& faults) { m_faults = faults; }
    const CardProfile& profile() const { return m_profile; }

    // What the card saw, for tests and the benchmark.
    struct Counters
    {
        int commands = 0;
        int protectedCommands = 0;
        int readBinaries = 0;
        int bacSucceeded = 0;
        int bacFailed = 0;
        int paceSucceeded = 0;
        int paceFailed = 0;
        int sessionsDropped = 0;
        int largestLeServed = 0;
        qint64 bytesServed = 0; // plaintext file bytes returned by READ BINARY
    };
    const Counters& counters() const { return m_counters; }
    bool hasSession() const { return m_sm != nullptr; }

private:
    QByteArray plainCommand(const CommandApdu& c);
    QByteArray protectedCommand(const QByteArray& raw);
    ResponseApdu select(const CommandApdu& c, bool secure);
    ResponseApdu readBinary(const CommandApdu& c);
    ResponseApdu externalAuthenticate(const CommandApdu& c);
    ResponseApdu internalAuthenticate(const CommandApdu& c);
    QByteArray servedFile(quint16 fid) const;
    void dropSession();
    void resetState();
    bool fires(const ReadTrigger& trigger, quint16 fid, int occurrence) const;

    CardProfile m_profile;
    CardFaults m_faults;
    Counters m_counters;
    QMap<quint16, int> m_readsPerFile;
    bool m_powered = false;
    bool m_appletSelected = false;
    quint16 m_selectedFid = 0;
    QByteArray m_challenge;
    std::unique_ptr<SecureMessaging> m_sm;
    PaceChipSide m_pace;
    int m_liftedRemaining = 0;
};

} // namespace motcua::cccd
