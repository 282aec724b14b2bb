#include "DemoCard.h"

#include "CardFixtures.h"
#include "EmulatedCard.h"
#include "LoopbackTransport.h"
#include "TestPki.h"

namespace motcua::cccd {

Result<DemoCard> DemoCard::create(int citizenIndex)
{
    auto pki = TestPki::create();
    if (!pki.ok())
        return pki.error();
    const int count = CardFixtures::citizenCount();
    const SyntheticCitizen citizen = CardFixtures::citizen(count > 0 ? citizenIndex % count : 0);
    auto profile = CardFixtures::profile(citizen, pki.value());
    if (!profile.ok())
        return profile.error();
    DemoCard card;
    card.m_profile = profile.value();
    card.m_trust.addCertificates(pki->cscaCertificatePem());
    return card;
}

Result<ChipReadResult> DemoCard::read(const AccessKey& key, const std::atomic_bool* cancel,
                                      const ChipReadJob::Callbacks& callbacks) const
{
    EmulatedCard card(m_profile);
    LoopbackTransport transport(card, m_profile.behaviour.extendedLength);
    ChipReadJob job(transport, key, &m_trust, cancel);
    auto result = job.run(callbacks);
    if (result.ok())
        result.value().identity.source = CitizenIdentity::Source::Demo;
    return result;
}

} // namespace motcua::cccd
