#include "CardFixtures.h"
#include "ChipReader.h"
#include "CscaStore.h"
#include "EmulatedCard.h"
#include "LdsFile.h"
#include "LoopbackTransport.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTest>

using namespace motcua;
using namespace motcua::cccd;

namespace {
// Damages the n-th response on its way back: truncation, a flipped bit, or an absurd TLV length.
class DamagingTransport : public ApduTransport
{
public:
    DamagingTransport(ApduTransport& inner, int victim, int mode, quint32 seed)
        : m_inner(inner), m_victim(victim), m_mode(mode), m_rng(seed)
    {}
    Result<QByteArray> transmit(const QByteArray& command) override
    {
        auto r = m_inner.transmit(command);
        if (!r || ++m_count != m_victim)
            return r;
        QByteArray bytes = *r;
        const int at = static_cast<int>(m_rng.bounded(static_cast<quint32>(bytes.size())));
        switch (m_mode) {
        case 0:
            bytes.truncate(at);
            break;
        case 1:
            bytes[at] = static_cast<char>(bytes[at] ^ (1 << m_rng.bounded(8)));
            break;
        default:
            if (bytes.size() > 4)
                bytes[1] = static_cast<char>(0x84); // 87 84 … : a four-byte length of nonsense
            break;
        }
        return bytes;
    }

private:
    ApduTransport& m_inner;
    int m_victim;
    int m_mode;
    int m_count = 0;
    QRandomGenerator m_rng;
};
} // namespace

// Full chip reads of emulated CCCDs through LoopbackTransport: identity equals the profile, the three
// PA verdicts, Active Authentication, and every recovery and refusal path (bad MAC, 69 88, lifted card,
// adaptive Le, extended length, wrong MRZ, cancellation).
class TestChipReader : public QObject
{
    Q_OBJECT
private:
    std::optional<TestPki> m_pki;
    std::optional<TestPki> m_otherPki;
    CscaStore m_store;
    std::optional<CardProfile> m_profile; // citizen 0, defaults

    Result<ChipReadResult> readCard(EmulatedCard& card, bool extended = false, ChipReader::Options options = {},
                                    const CscaStore* store = nullptr)
    {
        LoopbackTransport transport(card, extended);
        ChipReader reader(transport, options);
        reader.setTrustStore(store ? store : &m_store);
        auto r = reader.read(AccessKey::fromMrz(card.profile().bacKeySeed()));
        if (r)
            [&] { QCOMPARE(r->stats.apdus, transport.commandCount()); }();
        return r;
    }

    static int expectedApdus(const CardProfile& p, const QList<quint16>& fids, int le)
    {
        int n = 3; // SELECT applet, GET CHALLENGE, EXTERNAL AUTHENTICATE
        for (const quint16 fid : fids) {
            const int size = static_cast<int>(p.file(fid).size());
            n += 2 + (size - 4 + le - 1) / le; // SELECT, 4-byte header, then chunks
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        auto pki = TestPki::create(TestPki::KeyType::EcBrainpoolP256r1, TestPki::KeyType::EcBrainpoolP256r1);
        QVERIFY(pki.ok());
        m_pki = *pki;
        auto other = TestPki::create(TestPki::KeyType::EcP256, TestPki::KeyType::EcP256);
        QVERIFY(other.ok());
        m_otherPki = *other;
        QVERIFY(m_store.addCertificates(m_pki->cscaCertificatePem()));
        auto profile = CardFixtures::profile(CardFixtures::citizen(0), *m_pki);
        QVERIFY2(profile.ok(), qPrintable(profile.error().message));
        m_profile = *profile;
    }

    void fullReadMatchesProfile()
    {
        EmulatedCard card(*m_profile);
        LoopbackTransport transport(card);
        ChipReader reader(transport);
        reader.setTrustStore(&m_store);
        QStringList events;
        QStringList files;
        ChipReader::Callbacks callbacks;
        callbacks.progress = [&](const QString& file, int done, int total) {
            if (files.isEmpty() || files.last() != file)
                files << file;
            QVERIFY(total < 0 || (done >= 0 && done <= total));
        };
        callbacks.personalDataRead = [&](const CitizenIdentity& partial) {
            events << QStringLiteral("personal");
            QCOMPARE(partial.fullName, QStringLiteral("Nguyễn Văn An"));
            QCOMPARE(partial.dataIntact, Verdict::NotChecked); // never shown as verified before PA
            QVERIFY(partial.faceImage.isEmpty());
        };
        callbacks.faceRead = [&](const FaceImage& face) {
            events << QStringLiteral("face");
            QCOMPARE(face.format, QStringLiteral("jpeg"));
        };
        reader.setCallbacks(callbacks);
        auto result = reader.read(AccessKey::fromMrz(m_profile->bacKeySeed()));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(events, (QStringList{"personal", "face"}));
        QCOMPARE(files, (QStringList{"EF.COM", "DG1", "DG13", "EF.SOD", "DG2", "DG14"}));

        const SyntheticCitizen c = CardFixtures::citizen(0);
        const CitizenIdentity& id = result->identity;
        QCOMPARE(id.source, CitizenIdentity::Source::Chip);
        QCOMPARE(id.idNumber, c.idNumber);
        QCOMPARE(id.oldIdNumber, c.oldIdNumber);
        QCOMPARE(id.fullName, c.fullName);
        QCOMPARE(id.dateOfBirth, c.dateOfBirth);
        QCOMPARE(id.sex, QStringLiteral("Nam"));
        QCOMPARE(id.nationality, QStringLiteral("Việt Nam"));
        QCOMPARE(id.ethnicity, c.ethnicity);
        QCOMPARE(id.religion, c.religion);
        QCOMPARE(id.placeOfOrigin, c.placeOfOrigin);
        QCOMPARE(id.placeOfResidence, c.placeOfResidence);
        QCOMPARE(id.personalMarks, c.personalMarks);
        QCOMPARE(id.issuedOn, c.issuedOn);
        QCOMPARE(id.expiresOn, c.expiresOn);
        QCOMPARE(id.fatherName, c.fatherName);
        QCOMPARE(id.motherName, c.motherName);
        QVERIFY(id.spouseName.isEmpty());
        QCOMPARE(id.documentNumber, QStringLiteral("095012345"));
        QCOMPARE(id.faceFormat, QStringLiteral("jpeg"));
        QVERIFY(!QImage::fromData(id.faceImage, "JPEG").isNull());
        QCOMPARE(id.dataIntact, Verdict::Passed);
        QCOMPARE(id.signatureValid, Verdict::Passed);
        QCOMPARE(id.issuerTrusted, Verdict::Passed);
        QCOMPARE(id.chipAuthentic, Verdict::NotChecked); // no DG15
        QVERIFY(result->hasMrz);
        QCOMPARE(result->mrz.idNumber, c.idNumber);
        QCOMPARE(result->dataGroups.keys(), (QList<int>{1, 2, 13, 14}));
        QCOMPARE(result->dataGroups.value(13), m_profile->file(LdsFile::fidOfDataGroup(13)));
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join("; ")));

        // Minimal traffic for Le 0xDF: no retries, no wasted APDU.
        QCOMPARE(result->stats.readLength, 0xDF);
        const QList<quint16> fids = {LdsFile::Com, 0x0101, 0x010D, LdsFile::Sod, 0x0102, 0x010E};
        QCOMPARE(result->stats.apdus, expectedApdus(*m_profile, fids, 0xDF));
        QCOMPARE(result->stats.authentications, 1);
        QCOMPARE(result->stats.recoveries, 0);
        QCOMPARE(card.counters().bacSucceeded, 1);
    }

    void everyCitizenAndNesting_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("nesting");
        for (int i = 0; i < CardFixtures::citizenCount(); ++i) {
            QTest::addRow("citizen %d separate", i) << i << int(CardFixtures::Dg13Nesting::SeparateSequences);
            QTest::addRow("citizen %d shared", i) << i << int(CardFixtures::Dg13Nesting::SharedSequence);
        }
    }
    void everyCitizenAndNesting()
    {
        QFETCH(int, index);
        QFETCH(int, nesting);
        const SyntheticCitizen c = CardFixtures::citizen(index);
        CardFixtures::Options options;
        options.nesting = CardFixtures::Dg13Nesting(nesting);
        options.includeDg3 = index % 2 == 0;
        options.digest = index == 3 ? QStringLiteral("SHA512") : QStringLiteral("SHA256");
        auto profile = CardFixtures::profile(c, *m_pki, options);
        QVERIFY(profile.ok());
        EmulatedCard card(*profile);
        ChipReader::Options readOptions;
        readOptions.readFace = false; // DG2 is covered elsewhere; keeps this matrix fast
        auto r = readCard(card, false, readOptions);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const CitizenIdentity& id = r->identity;
        QCOMPARE(id.idNumber, c.idNumber);
        QCOMPARE(id.fullName, c.fullName);
        QCOMPARE(id.sex, c.sexText());
        QCOMPARE(id.dateOfBirth, c.dateOfBirth);
        QCOMPARE(id.expiresOn, c.expiresOn); // invalid for "Không thời hạn"
        QCOMPARE(id.fatherName, c.fatherName);
        QCOMPARE(id.motherName, c.motherName);
        QCOMPARE(id.spouseName, c.spouseName);
        QCOMPARE(id.oldIdNumber, c.oldIdNumber);
        QCOMPARE(r->dg13.text(Dg13::Field16), c.field16);
        QCOMPARE(id.documentNumber, c.idNumber.right(9));
        QVERIFY(id.faceImage.isEmpty());
        QCOMPARE(id.dataIntact, Verdict::Passed);
        QCOMPARE(id.signatureValid, Verdict::Passed);
        QCOMPARE(id.issuerTrusted, Verdict::Passed);
    }

    void activeAuthentication()
    {
        CardFixtures::Options options;
        options.activeAuthentication = true;
        auto profile = CardFixtures::profile(CardFixtures::citizen(1), *m_pki, options);
        QVERIFY(profile.ok());
        {
            EmulatedCard card(*profile);
            auto r = readCard(card);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QVERIFY(r->dataGroups.contains(15));
            QCOMPARE(r->identity.chipAuthentic, Verdict::Passed);
            QVERIFY(r->activeAuthentication.algorithm.contains("9796-2"));
            QVERIFY(r->passiveAuthentication.allPassed());
        }
        // A clone: same data (and DG15), but it does not hold the private key.
        CardProfile clone = *profile;
        clone.activeAuthenticationKeyPem = TestPki::generateRsaPrivateKeyPem(1024).value();
        EmulatedCard card(clone);
        auto r = readCard(card);
        QVERIFY(r.ok());
        QCOMPARE(r->identity.chipAuthentic, Verdict::Failed);
        QCOMPARE(r->identity.dataIntact, Verdict::Passed);
    }

    void tamperedDataGroupIsNotIntact()
    {
        EmulatedCard card(*m_profile);
        CardFaults faults;
        faults.corruptFid = LdsFile::fidOfDataGroup(13);
        faults.corruptOffset = 60; // inside the name, after the SOD was signed
        card.setFaults(faults);
        auto r = readCard(card);
        QVERIFY(r.ok());
        QCOMPARE(r->identity.dataIntact, Verdict::Failed);
        QCOMPARE(r->identity.signatureValid, Verdict::Passed);
        QCOMPARE(r->identity.issuerTrusted, Verdict::Passed);
        QCOMPARE(r->passiveAuthentication.dataGroupMatches.value(13), false);
        QVERIFY(r->identity.fullName != CardFixtures::citizen(0).fullName);
    }

    void untrustedCsca()
    {
        EmulatedCard card(*m_profile);
        CscaStore wrong;
        wrong.addCertificates(m_otherPki->cscaCertificateDer());
        auto r = readCard(card, false, {}, &wrong);
        QVERIFY(r.ok());
        QCOMPARE(r->identity.dataIntact, Verdict::Passed);
        QCOMPARE(r->identity.signatureValid, Verdict::Passed);
        QCOMPARE(r->identity.issuerTrusted, Verdict::Failed);
    }

    void badMacIsAnError()
    {
        EmulatedCard card(*m_profile);
        CardFaults faults;
        faults.badMac = ReadTrigger{LdsFile::fidOfDataGroup(2), 3};
        card.setFaults(faults);
        auto r = readCard(card);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("card.sm.bad_mac"));
        QCOMPARE(card.counters().bacSucceeded, 1); // not retried
    }

    void sessionLostOnceResumes()
    {
        EmulatedCard card(*m_profile);
        CardFaults faults;
        faults.sessionLost = ReadTrigger{LdsFile::fidOfDataGroup(2), 4};
        card.setFaults(faults);
        auto r = readCard(card);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->stats.recoveries, 1);
        QCOMPARE(r->stats.authentications, 2);
        QCOMPARE(card.counters().bacSucceeded, 2);
        QCOMPARE(r->dataGroups.value(2), m_profile->file(LdsFile::fidOfDataGroup(2)));
        QCOMPARE(r->identity.dataIntact, Verdict::Passed);
        // Resumed at the offset: the bytes served exceed the file sizes only by nothing (no re-read).
        qint64 total = 0;
        for (const quint16 fid :
             {LdsFile::Com, quint16(0x0101), quint16(0x010D), LdsFile::Sod, quint16(0x0102), quint16(0x010E)})
            total += m_profile->file(fid).size();
        QCOMPARE(card.counters().bytesServed, total);
    }

    void liftedCardResumes_data()
    {
        QTest::addColumn<int>("dataGroup");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("away");
        QTest::newRow("DG13 header") << 13 << 1 << 1;
        QTest::newRow("DG2 middle, away 3 APDUs") << 2 << 5 << 3;
    }
    void liftedCardResumes()
    {
        QFETCH(int, dataGroup);
        QFETCH(int, occurrence);
        QFETCH(int, away);
        EmulatedCard card(*m_profile);
        CardFaults faults;
        faults.lift = ReadTrigger{LdsFile::fidOfDataGroup(dataGroup), occurrence};
        faults.liftedForCommands = away;
        card.setFaults(faults);
        ChipReader::Options options;
        int waits = 0;
        options.session.maxRecoveriesPerFile = 5;
        options.session.beforeRecovery = [&waits](int) { ++waits; };
        auto r = readCard(card, false, options);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r->stats.recoveries >= 1);
        QCOMPARE(waits, r->stats.recoveries);
        QCOMPARE(r->dataGroups.value(dataGroup), m_profile->file(LdsFile::fidOfDataGroup(dataGroup)));
        QVERIFY(r->passiveAuthentication.allPassed());
    }

    void cardGoneForGood()
    {
        EmulatedCard card(*m_profile);
        CardFaults faults;
        faults.lift = ReadTrigger{LdsFile::fidOfDataGroup(2), 2};
        faults.liftedForCommands = 1000;
        card.setFaults(faults);
        int waits = 0;
        ChipReader::Options options;
        options.session.beforeRecovery = [&waits](int) { ++waits; };
        bool personalShown = false;
        EmulatedCard* cardPtr = &card;
        LoopbackTransport transport(*cardPtr);
        ChipReader reader(transport, options);
        ChipReader::Callbacks callbacks;
        callbacks.personalDataRead = [&](const CitizenIdentity&) { personalShown = true; };
        reader.setCallbacks(callbacks);
        auto r = reader.read(AccessKey::fromMrz(m_profile->bacKeySeed()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("card.recovery_exhausted"));
        QCOMPARE(waits, 3);
        QVERIFY(personalShown); // DG1 + DG13 had been delivered before the card left
    }

    void adaptiveLe_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<bool>("protectErrors");
        QTest::addColumn<int>("expectedLength");
        using L = CardBehaviour::LargeLe;
        QTest::newRow("67 00 protected") << int(L::WrongLength) << true << 0x80;
        QTest::newRow("6B 00 protected") << int(L::WrongParameters) << true << 0x80;
        QTest::newRow("6C 70 exact") << int(L::ExactLength) << true << 0x70;
        QTest::newRow("67 00 bare") << int(L::WrongLength) << false << 0x80;
        QTest::newRow("truncating chip") << int(L::Truncate) << true << 0xDF;
    }
    void adaptiveLe()
    {
        QFETCH(int, behaviour);
        QFETCH(bool, protectErrors);
        QFETCH(int, expectedLength);
        CardProfile profile = *m_profile;
        profile.behaviour.maxReadLength = behaviour == int(CardBehaviour::LargeLe::ExactLength) ? 0x70 : 0x80;
        profile.behaviour.onLargeLe = CardBehaviour::LargeLe(behaviour);
        profile.behaviour.protectErrors = protectErrors;
        EmulatedCard card(profile);
        auto r = readCard(card);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->stats.readLength, expectedLength);
        QCOMPARE(r->stats.recoveries, 0);
        QCOMPARE(r->dataGroups.value(2), profile.file(LdsFile::fidOfDataGroup(2)));
        QVERIFY(r->passiveAuthentication.allPassed());
        QVERIFY(card.counters().largestLeServed <= profile.behaviour.maxReadLength);
        // A bare error ends the session: one extra BAC per refusal (DF, then A0), not counted as recovery.
        QCOMPARE(r->stats.authentications, protectErrors ? 1 : 3);
    }

    void extendedLength()
    {
        CardProfile profile = *m_profile;
        profile.behaviour.extendedLength = true;
        profile.behaviour.maxReadLength = 4096;
        EmulatedCard card(profile);
        auto r = readCard(card, true);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r->stats.extendedLength);
        QCOMPARE(r->stats.readLength, 1024);
        QVERIFY(card.counters().largestLeServed > 256);
        QVERIFY(r->passiveAuthentication.allPassed());
        const QList<quint16> fids = {LdsFile::Com, 0x0101, 0x010D, LdsFile::Sod, 0x0102, 0x010E};
        QCOMPARE(r->stats.apdus, expectedApdus(profile, fids, 1024));

        // The reader allows it, the chip does not: one bare 67 00, then short APDUs.
        EmulatedCard shortCard(*m_profile);
        auto s = readCard(shortCard, true);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY(!s->stats.extendedLength);
        QCOMPARE(s->stats.readLength, 0xDF);
        QVERIFY(s->passiveAuthentication.allPassed());
    }

    void wrongMrzIsAccessDenied()
    {
        EmulatedCard card(*m_profile);
        LoopbackTransport transport(card);
        ChipReader reader(transport);
        bool called = false;
        ChipReader::Callbacks callbacks;
        callbacks.personalDataRead = [&](const CitizenIdentity&) { called = true; };
        reader.setCallbacks(callbacks);
        BacKeySeed wrong = m_profile->bacKeySeed();
        wrong.dateOfExpiry = QStringLiteral("350316");
        auto r = reader.read(AccessKey::fromMrz(wrong));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("card.access.denied"));
        QVERIFY(!called);
    }

    void cancellation()
    {
        EmulatedCard card(*m_profile);
        LoopbackTransport transport(card);
        ChipReader reader(transport);
        std::atomic_bool cancel{false};
        reader.setCancelFlag(&cancel);
        ChipReader::Callbacks callbacks;
        callbacks.progress = [&](const QString& file, int, int) {
            if (file == QLatin1String("DG2"))
                cancel = true;
        };
        reader.setCallbacks(callbacks);
        auto r = reader.read(AccessKey::fromMrz(m_profile->bacKeySeed()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("card.cancelled"));
    }

    void jpeg2000Face()
    {
        CardFixtures::Options options;
        options.face = CardFixtures::FaceFormat::Jpeg2000;
        auto profile = CardFixtures::profile(CardFixtures::citizen(2), *m_pki, options);
        QVERIFY(profile.ok());
        EmulatedCard card(*profile);
        auto r = readCard(card);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->identity.faceFormat, QStringLiteral("jp2"));
        const QImage face = QImage::fromData(r->identity.faceImage, "JPEG");
        QCOMPARE(face.size(), QSize(240, 320));
        QVERIFY(r->face.encoded.startsWith(QByteArray::fromHex("0000000C6A502020")));
        QVERIFY(r->passiveAuthentication.allPassed());
    }

    void damagedResponsesNeverYieldUnverifiedData()
    {
        // Every response of a full read, damaged in turn: the read fails with a typed error or, when the
        // damage hit something the MAC does not cover (the outer status word), succeeds with intact data.
        ChipReader::Options options;
        options.readFace = false;
        EmulatedCard probe(*m_profile);
        auto clean = readCard(probe, false, options);
        QVERIFY(clean.ok());
        const int apdus = clean->stats.apdus;
        int failures = 0;
        for (int victim = 1; victim <= apdus; ++victim) {
            for (int mode = 0; mode < 3; ++mode) {
                EmulatedCard card(*m_profile);
                LoopbackTransport loopback(card);
                DamagingTransport damaging(loopback, victim, mode, static_cast<quint32>(victim * 3 + mode));
                ChipReader reader(damaging, options);
                reader.setTrustStore(&m_store);
                auto r = reader.read(AccessKey::fromMrz(m_profile->bacKeySeed()));
                if (!r.ok()) {
                    ++failures;
                    QVERIFY(r.error().code.startsWith(QLatin1String("card.")));
                    continue;
                }
                QCOMPARE(r->identity.fullName, CardFixtures::citizen(0).fullName);
                QCOMPARE(r->dataGroups, clean->dataGroups);
                QVERIFY(r->passiveAuthentication.allPassed());
            }
        }
        QVERIFY(failures > apdus); // most damage is caught
    }
};

QTEST_GUILESS_MAIN(TestChipReader)
#include "tst_ChipReader.moc"
