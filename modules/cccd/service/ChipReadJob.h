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

// One complete, synchronous read of a CCCD chip in the order CCCD.md §11 recommends: open (BAC/PACE),
// EF.COM, DG1 and DG13 (reported at once through personalDataRead, so the desk shows the citizen before
// the photo arrives), DG2, DG14/DG15 when listed, EF.SOD, then passive authentication and — when DG15 is
// present — Active Authentication. Runs on a worker thread (or the CLI's main thread); never the GUI's.
//
// Only data that passed secure messaging is used; verdicts stay NotChecked/Failed unless proven, so
// unverified data is never shown as verified.
class ChipReadJob
{
public:
    struct Callbacks
    {
        // file is a display name ("DG2"); percent of that file, 0–100.
        std::function<void(const QString& file, int percent)> progress;
        // DG1 + DG13 read and parsed; verdicts still NotChecked.
        std::function<void(const CitizenIdentity& identity)> personalDataRead;
    };

    ChipReadJob(ApduTransport& transport, AccessKey key, const CscaStore* trustStore,
                const std::atomic_bool* cancel = nullptr, ChipSession::Options options = {});

    Result<ChipReadResult> run(const Callbacks& callbacks = {});

    // Fills the identity's personal fields from DG13, with DG1 (MRZ) for what DG13 lacks.
    static void fillIdentity(CitizenIdentity& identity, const MrzData& mrz, const Dg13& dg13);

private:
    ApduTransport& m_transport;
    AccessKey m_key;
    const CscaStore* m_trustStore;
    const std::atomic_bool* m_cancel;
    ChipSession::Options m_options;
};

} // namespace motcua::cccd
