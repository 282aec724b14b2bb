#pragma once

#include "AccessKey.h"
#include "ChipReadResult.h"
#include "ChipSession.h"
#include "Result.h"

#include <atomic>
#include <functional>

namespace motcua::cccd {

class ApduTransport;
class CscaStore;

// Reads a CCCD chip end to end over any ApduTransport (PC/SC, or the emulator through LoopbackTransport):
// open (BAC with the MRZ data, or PACE-CAN), EF.COM, DG1, DG13 → `personalDataRead` (shown before the
// photo arrives), EF.SOD, DG2 → `faceRead`, DG14/DG15 when listed, Active Authentication when DG15 is
// present, then passive authentication against the trust store. Synchronous: run it on a worker thread;
// callbacks run on that thread. Set the cancel flag from any thread to stop at the next APDU.
class ChipReader
{
public:
    struct Options
    {
        ChipSession::Options session;
        bool readFace = true;
        bool readSecurityInfos = true;    // DG14 and DG15 when EF.COM lists them
        bool activeAuthentication = true; // INTERNAL AUTHENTICATE when DG15 was read
    };
    struct Callbacks
    {
        // Per file: its name ("DG2"), bytes read, total (-1 until known).
        std::function<void(const QString& file, int done, int total)> progress;
        // DG1 and DG13 parsed; verdicts are still NotChecked at this point.
        std::function<void(const CitizenIdentity& partial)> personalDataRead;
        std::function<void(const FaceImage& face)> faceRead;
    };

    explicit ChipReader(ApduTransport& transport);
    ChipReader(ApduTransport& transport, Options options);

    void setCallbacks(Callbacks callbacks) { m_callbacks = std::move(callbacks); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // Not owned; may be null (issuerTrusted stays NotChecked).
    void setTrustStore(const CscaStore* store) { m_trustStore = store; }

    Result<ChipReadResult> read(const AccessKey& key);

    // Fills a CitizenIdentity from DG13 (preferred) and the MRZ of DG1.
    static CitizenIdentity identityFrom(const MrzData* mrz, const Dg13* dg13);

private:
    Options m_options;
    ApduTransport& m_transport;
    Callbacks m_callbacks;
    const std::atomic_bool* m_cancel = nullptr;
    const CscaStore* m_trustStore = nullptr;
};

} // namespace motcua::cccd
