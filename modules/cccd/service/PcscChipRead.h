#pragma once

#include "ChipReadJob.h"
#include "PcscTransport.h"

#include <QString>

namespace motcua::cccd {

// A whole chip read on one PC/SC reader, blocking (worker thread or CLI): connect, hold a PC/SC
// transaction for the duration of the read, run ChipReadJob, and when the card is lifted wait up to
// reinsertWaitMs for it to come back (reconnecting) so the session can re-authenticate and resume.
class PcscChipRead
{
public:
    struct Options
    {
        int reinsertWaitMs = 3000;
        PcscTransport::ExtendedLength extendedLength = PcscTransport::ExtendedLength::Auto;
    };

    static Result<ChipReadResult> run(const QString& reader, const AccessKey& key, const CscaStore* trustStore,
                                      const std::atomic_bool* cancel, const ChipReadJob::Callbacks& callbacks,
                                      const Options& options);
};

} // namespace motcua::cccd
