#include "PasswordHasher.h"
#include "SecurityError.h"
#include "SecurityFixtures.h"

#include <QTest>

using namespace motcua;
using namespace motcua::security;
using motcua::test::secret;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifierCarriesParametersAndSalt();
    void rightAndWrongPassword();
    void saltsDiffer();
    void malformedVerifiersAreErrors_data();
    void malformedVerifiersAreErrors();
    void rehashWhenCostChanges();
    void productionCostWorks();
};

void tst_PasswordHasher::verifierCarriesParametersAndSalt()
{
    const PasswordHasher hasher(KdfCost::fastForTests());
    auto verifier = hasher.makeVerifier(secret("mật khẩu dài"));
    QVERIFY2(verifier.ok(), qPrintable(verifier.error().message));
    QVERIFY2(verifier->startsWith(QLatin1String("$scrypt$ln=10,r=8,p=1$")), qPrintable(*verifier));
    const QStringList parts = verifier->split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 5);
    QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), PasswordHasher::kSaltBytes);
    QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), PasswordHasher::kHashBytes);
    QVERIFY(!verifier->contains(QLatin1String("mật")));
}

void tst_PasswordHasher::rightAndWrongPassword()
{
    const PasswordHasher hasher(KdfCost::fastForTests());
    const QString verifier = hasher.makeVerifier(secret("correct horse")).value();
    auto right = PasswordHasher::verify(secret("correct horse"), verifier);
    QVERIFY(right.ok());
    QVERIFY(right.value());
    for (const char* wrong : {"correct hors", "correct horse ", "Correct horse", ""}) {
        auto r = PasswordHasher::verify(secret(wrong), verifier);
        QVERIFY(r.ok());
        QVERIFY2(!r.value(), wrong);
    }
}

void tst_PasswordHasher::saltsDiffer()
{
    const PasswordHasher hasher(KdfCost::fastForTests());
    const QString a = hasher.makeVerifier(secret("same password")).value();
    const QString b = hasher.makeVerifier(secret("same password")).value();
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(secret("same password"), b).value());
}

void tst_PasswordHasher::malformedVerifiersAreErrors_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QStringLiteral(
        "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA");
    QTest::newRow("missing hash") << QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdHNhbHRzYWx0");
    QTest::newRow("huge N") << QStringLiteral("$scrypt$ln=30,r=8,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    QTest::newRow("unknown parameter") << QStringLiteral(
        "$scrypt$ln=10,r=8,q=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    QTest::newRow("short salt") << QStringLiteral("$scrypt$ln=10,r=8,p=1$c2E$aGFzaGhhc2hoYXNoaGFzaA");
}

void tst_PasswordHasher::malformedVerifiersAreErrors()
{
    QFETCH(QString, verifier);
    auto r = PasswordHasher::verify(secret("anything"), verifier);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QLatin1String(security_error::BadVerifier));
}

void tst_PasswordHasher::rehashWhenCostChanges()
{
    const QString verifier = PasswordHasher(KdfCost::fastForTests()).makeVerifier(secret("password1")).value();
    QVERIFY(!PasswordHasher::needsRehash(verifier, KdfCost::fastForTests()));
    QVERIFY(PasswordHasher::needsRehash(verifier, KdfCost::production()));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("garbage"), KdfCost::production()));
}

void tst_PasswordHasher::productionCostWorks()
{
    // 64 MiB: above OpenSSL's default scrypt memory cap, so this proves maxmem is passed.
    const PasswordHasher hasher(KdfCost::production());
    QCOMPARE(hasher.cost().memoryBytes() > 32ull * 1024 * 1024, true);
    auto verifier = hasher.makeVerifier(secret("production cost"));
    QVERIFY2(verifier.ok(), qPrintable(verifier.error().message));
    QVERIFY(verifier->startsWith(QLatin1String("$scrypt$ln=16,r=8,p=1$")));
    QVERIFY(PasswordHasher::verify(secret("production cost"), *verifier).value());
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_PasswordHasher.moc"
