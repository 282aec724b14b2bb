#include "CardFixtures.h"
#include "CscaStore.h"
#include "PassiveAuthentication.h"
#include "SecurityObject.h"
#include "TestPki.h"
#include "Tlv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::cccd;

namespace {
QMap<int, QByteArray> sampleGroups()
{
    const SyntheticCitizen c = CardFixtures::citizen(0);
    QMap<int, QByteArray> groups;
    groups.insert(1, CardFixtures::dg1(c));
    groups.insert(13, CardFixtures::dg13(c));
    groups.insert(2, CardFixtures::dg2(QByteArray::fromHex("FFD8FFE0") + QByteArray(500, 'j'), false, 10, 10));
    return groups;
}

CscaStore storeOf(const TestPki& pki)
{
    CscaStore store;
    store.addCertificates(pki.cscaCertificatePem());
    return store;
}
} // namespace

// Passive authentication with run-time test PKIs: every hash and signature scheme the CCCD may use,
// and each of the three verdicts failing on its own.
class TestPassiveAuthentication : public QObject
{
    Q_OBJECT
private:
    std::optional<TestPki> m_ec;
    std::optional<TestPki> m_rsa;
    std::optional<TestPki> m_other;

private slots:
    void initTestCase()
    {
        auto ec = TestPki::create(TestPki::KeyType::EcBrainpoolP256r1, TestPki::KeyType::EcBrainpoolP256r1);
        QVERIFY2(ec.ok(), qPrintable(ec.error().message));
        m_ec = *ec;
        auto rsa = TestPki::create(TestPki::KeyType::Rsa2048, TestPki::KeyType::Rsa2048);
        QVERIFY2(rsa.ok(), qPrintable(rsa.error().message));
        m_rsa = *rsa;
        auto other = TestPki::create(TestPki::KeyType::EcP256, TestPki::KeyType::EcP256);
        QVERIFY(other.ok());
        m_other = *other;
    }

    void allSchemesVerify_data()
    {
        QTest::addColumn<int>("csca");
        QTest::addColumn<int>("signer");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<bool>("pss");
        QTest::addColumn<QString>("algorithm");
        using K = TestPki::KeyType;
        QTest::newRow("RSA PKCS#1 v1.5 SHA-256") << int(K::Rsa2048) << int(K::Rsa2048) << "SHA256" << false << "PKCS#1";
        QTest::newRow("RSA-PSS SHA-256") << int(K::Rsa2048) << int(K::Rsa2048) << "SHA256" << true << "RSASSA-PSS";
        QTest::newRow("RSA-PSS SHA-512") << int(K::Rsa2048) << int(K::Rsa2048) << "SHA512" << true << "RSASSA-PSS";
        QTest::newRow("ECDSA P-256 SHA-256") << int(K::EcP256) << int(K::EcP256) << "SHA256" << false << "ecdsa";
        QTest::newRow("ECDSA brainpoolP256r1 SHA-224")
            << int(K::EcBrainpoolP256r1) << int(K::EcBrainpoolP256r1) << "SHA224" << false << "ecdsa";
        QTest::newRow("ECDSA brainpoolP384r1 SHA-384")
            << int(K::EcBrainpoolP256r1) << int(K::EcBrainpoolP384r1) << "SHA384" << false << "ecdsa";
        QTest::newRow("ECDSA SHA-1") << int(K::EcP256) << int(K::EcBrainpoolP256r1) << "SHA1" << false << "ecdsa";
        QTest::newRow("RSA CSCA, EC signer")
            << int(K::Rsa2048) << int(K::EcBrainpoolP256r1) << "SHA256" << false << "ecdsa";
    }
    void allSchemesVerify()
    {
        QFETCH(int, csca);
        QFETCH(int, signer);
        QFETCH(QString, digest);
        QFETCH(bool, pss);
        QFETCH(QString, algorithm);
        std::optional<TestPki> pki;
        if (csca == int(TestPki::KeyType::Rsa2048) && signer == int(TestPki::KeyType::Rsa2048))
            pki = m_rsa;
        else {
            auto made = TestPki::create(TestPki::KeyType(csca), TestPki::KeyType(signer));
            QVERIFY2(made.ok(), qPrintable(made.error().message));
            pki = *made;
        }
        const auto groups = sampleGroups();
        auto sod = CardFixtures::sod(groups, *pki, digest, pss);
        QVERIFY2(sod.ok(), qPrintable(sod.error().message));
        auto parsed = SecurityObject::parse(*sod);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->hashAlgorithm, digest);
        QCOMPARE(parsed->dataGroupHashes.keys(), (QList<int>{1, 2, 13}));

        const CscaStore store = storeOf(*pki);
        const auto pa = PassiveAuthentication::verify(*sod, groups, &store);
        QVERIFY2(pa.allPassed(), qPrintable(pa.problems.join("; ")));
        QVERIFY2(pa.signatureAlgorithm.contains(algorithm, Qt::CaseInsensitive), qPrintable(pa.signatureAlgorithm));
        QVERIFY(pa.signerSubject.contains("TEST Document Signer"));
        QVERIFY(pa.signerNotAfter > pa.signerNotBefore);
        QCOMPARE(pa.dataGroupMatches.size(), 3);
    }

    void brainpoolKeyIsReported()
    {
        auto sod = CardFixtures::sod(sampleGroups(), *m_ec);
        QVERIFY(sod.ok());
        const CscaStore store = storeOf(*m_ec);
        const auto pa = PassiveAuthentication::verify(*sod, sampleGroups(), &store);
        QVERIFY(pa.allPassed());
        QCOMPARE(pa.signerKey, QStringLiteral("EC brainpoolP256r1"));
    }

    void tamperedDataGroupFailsDataIntactOnly()
    {
        auto groups = sampleGroups();
        auto sod = CardFixtures::sod(groups, *m_ec);
        QVERIFY(sod.ok());
        groups[13][40] = static_cast<char>(groups[13][40] ^ 0x01); // one bit of a name, after signing
        const CscaStore store = storeOf(*m_ec);
        const auto pa = PassiveAuthentication::verify(*sod, groups, &store);
        QCOMPARE(pa.dataIntact, Verdict::Failed);
        QCOMPARE(pa.signatureValid, Verdict::Passed);
        QCOMPARE(pa.issuerTrusted, Verdict::Passed);
        QCOMPARE(pa.dataGroupMatches.value(13), false);
        QCOMPARE(pa.dataGroupMatches.value(1), true);
        QVERIFY(!pa.allPassed());
    }

    void dataGroupMissingFromSod()
    {
        auto groups = sampleGroups();
        auto sod = CardFixtures::sod(groups, *m_ec);
        groups.insert(11, Tlv::encode(0x6B, "extra"));
        const CscaStore store = storeOf(*m_ec);
        const auto pa = PassiveAuthentication::verify(*sod, groups, &store);
        QCOMPARE(pa.dataIntact, Verdict::Failed);
        QCOMPARE(pa.notInSod, QList<int>{11});
    }

    void wrongCscaFailsIssuerOnly()
    {
        auto sod = CardFixtures::sod(sampleGroups(), *m_ec);
        const CscaStore wrong = storeOf(*m_other);
        const auto pa = PassiveAuthentication::verify(*sod, sampleGroups(), &wrong);
        QCOMPARE(pa.dataIntact, Verdict::Passed);
        QCOMPARE(pa.signatureValid, Verdict::Passed);
        QCOMPARE(pa.issuerTrusted, Verdict::Failed);
        // No trust store at all: not checked, never passed.
        const auto unchecked = PassiveAuthentication::verify(*sod, sampleGroups(), nullptr);
        QCOMPARE(unchecked.issuerTrusted, Verdict::NotChecked);
        const CscaStore empty;
        QCOMPARE(PassiveAuthentication::verify(*sod, sampleGroups(), &empty).issuerTrusted, Verdict::NotChecked);
    }

    void signerCertificateInTrustStoreAlsoChains()
    {
        // PARTIAL_CHAIN: trusting the document signer directly (some deployments distribute DSCs).
        auto sod = CardFixtures::sod(sampleGroups(), *m_ec);
        CscaStore store;
        QVERIFY(store.addCertificates(m_ec->signerCertificateDer()));
        QCOMPARE(PassiveAuthentication::verify(*sod, sampleGroups(), &store).issuerTrusted, Verdict::Passed);
    }

    void brokenSignatureFailsSignatureValid()
    {
        auto sod = CardFixtures::sod(sampleGroups(), *m_rsa);
        QVERIFY(sod.ok());
        QByteArray broken = *sod;
        // The RSA signature value is the last element of the SignerInfo: flip a byte near the end.
        broken[broken.size() - 20] = static_cast<char>(broken[broken.size() - 20] ^ 0x5A);
        const CscaStore store = storeOf(*m_rsa);
        const auto pa = PassiveAuthentication::verify(broken, sampleGroups(), &store);
        QCOMPARE(pa.signatureValid, Verdict::Failed);
        QCOMPARE(pa.dataIntact, Verdict::Passed);
    }

    void signedHashesTamperedFailsSignature()
    {
        // Re-signing is impossible without the key: changing a hash inside eContent breaks the signature.
        auto groups = sampleGroups();
        auto sod = CardFixtures::sod(groups, *m_ec);
        auto parsed = SecurityObject::parse(*sod);
        QVERIFY(parsed.ok());
        const QByteArray oldHash = parsed->dataGroupHashes.value(13);
        groups[13][40] = static_cast<char>(groups[13][40] ^ 0x01);
        QByteArray newHash = QCryptographicHash::hash(groups[13], QCryptographicHash::Sha256);
        QByteArray forged = *sod;
        const auto at = forged.indexOf(oldHash);
        QVERIFY(at > 0);
        forged.replace(at, oldHash.size(), newHash);
        const CscaStore store = storeOf(*m_ec);
        const auto pa = PassiveAuthentication::verify(forged, groups, &store);
        QCOMPARE(pa.dataIntact, Verdict::Passed);     // hashes now agree with the forged list…
        QCOMPARE(pa.signatureValid, Verdict::Failed); // …which the signature no longer covers
        QVERIFY(!pa.allPassed());
    }

    void malformedSod_data()
    {
        QTest::addColumn<QByteArray>("sod");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("wrong tag") << Tlv::encode(0x78, "x");
        QTest::newRow("not CMS") << Tlv::encode(0x77, Tlv::encode(0x30, Tlv::encodeInteger(5)));
        QTest::newRow("truncated") << QByteArray::fromHex("778201");
    }
    void malformedSod()
    {
        QFETCH(QByteArray, sod);
        QVERIFY(!SecurityObject::parse(sod).ok());
        const auto pa = PassiveAuthentication::verify(sod, sampleGroups(), nullptr);
        QCOMPARE(pa.dataIntact, Verdict::Failed);
        QCOMPARE(pa.signatureValid, Verdict::Failed);
        QCOMPARE(pa.issuerTrusted, Verdict::Failed);
    }

    void truncatedRealSodNeverCrashes()
    {
        auto sod = CardFixtures::sod(sampleGroups(), *m_ec);
        QVERIFY(sod.ok());
        int failed = 0;
        for (int n = 0; n < sod->size(); n += 7) {
            const auto pa = PassiveAuthentication::verify(sod->left(n), sampleGroups(), nullptr);
            if (pa.signatureValid == Verdict::Failed)
                ++failed;
        }
        QCOMPARE(failed, int((sod->size() + 6) / 7));
    }

    void trustStoreFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(m_ec->writeCscaTo(dir.path()).ok());
        QFile der(dir.filePath("other.der"));
        QVERIFY(der.open(QIODevice::WriteOnly));
        der.write(m_other->cscaCertificateDer());
        der.close();
        QFile junk(dir.filePath("README.txt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        QStringList skipped;
        auto store = CscaStore::loadFolder(dir.path(), &skipped);
        QVERIFY(store.ok());
        QCOMPARE(store->size(), 2);
        QCOMPARE(skipped, QStringList{"README.txt"});
        auto sod = CardFixtures::sod(sampleGroups(), *m_other);
        QCOMPARE(PassiveAuthentication::verify(*sod, sampleGroups(), &*store).issuerTrusted, Verdict::Passed);
        QCOMPARE(CscaStore::loadFolder(dir.filePath("missing")).error().code, QStringLiteral("card.trust_store"));
    }
};

QTEST_GUILESS_MAIN(TestPassiveAuthentication)
#include "tst_PassiveAuthentication.moc"
