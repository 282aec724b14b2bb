#pragma once

#include "CardProfile.h"
#include "ChipReadJob.h"
#include "CscaStore.h"
#include "Result.h"

namespace motcua::cccd {

// Demo mode's card: a synthetic citizen's profile from the fixture generator, with a TEST-ONLY CSCA that
// the demo trusts, read in-process through the emulator (no reader, no pcscd).
class DemoCard
{
public:
    // Generates the profile of fixture citizen `citizenIndex` (modulo the number of citizens).
    static Result<DemoCard> create(int citizenIndex);

    const CardProfile& profile() const { return m_profile; }
    const CscaStore& trustStore() const { return m_trust; }

    // Reads the card as a desk would (BAC with the profile's MRZ unless `key` says otherwise).
    Result<ChipReadResult> read(const AccessKey& key, const std::atomic_bool* cancel,
                                const ChipReadJob::Callbacks& callbacks) const;

private:
    CardProfile m_profile;
    CscaStore m_trust;
};

} // namespace motcua::cccd
