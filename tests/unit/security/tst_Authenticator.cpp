#include "AccountStore.h"
#include "Authenticator.h"
#include "SecurityError.h"
#include "SecurityFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::security;
using motcua::test::secret;

namespace {

// Stands in for the registry: accepts one password per login, or is unreachable.
class FakeAuthority : public OnlineAuthority
{
public:
    bool reachable = true;
    QString acceptedLogin = QStringLiteral("nguoidung");
    QString acceptedPassword = QStringLiteral("registry-pass");
    QString role = QStringLiteral("supervisor");
    int calls = 0;

    Answer verify(const QString& login, const SecretBytes& password) override
    {
        ++calls;
        if (!reachable)
            return {Outcome::Unreachable, {}, {}};
        const bool ok = login == acceptedLogin && password.view() == acceptedPassword.toUtf8();
        return {ok ? Outcome::Accepted : Outcome::Refused, QStringLiteral("Nguyễn Văn Kiểm"), role};
    }
};

} // namespace

class tst_Authenticator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signsInWithTheRightPassword();
    void wrongPasswordAndUnknownLoginLookAlike();
    void lockoutWithBackOff();
    void lockedAccountRefusesEvenTheRightPassword();
    void lockoutSurvivesRestart();
    void successClearsFailures();
    void disabledAccountRefused();
    void offlineLoginNeedsAFirstOnlineOne();
    void offlineLoginExpires();
    void registryRefusalCountsAsFailure();
    void unknownLoginAcceptedOnlineBecomesAccount();
    void weakPasswordsAndBadLoginsRefused();
    void changePassword();
    void verifierUpgradedToCurrentCost();

private:
    Authenticator authenticator();
    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Authenticator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_now = test::vnTime(2026, 3, 2, 8, 0);
    auto created = authenticator().createLocalAccount(QStringLiteral("canbo1"), QStringLiteral("Cán bộ Một"),
                                                      Role::Official, secret("đúng-mật-khẩu"));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
}

void tst_Authenticator::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Authenticator tst_Authenticator::authenticator()
{
    Authenticator a(*m_db, KdfCost::fastForTests());
    a.setClock([this] { return m_now; });
    return a;
}

void tst_Authenticator::signsInWithTheRightPassword()
{
    auto a = authenticator();
    const SignInResult r = a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu"));
    QVERIFY2(r.ok(), qPrintable(r.error.code));
    QCOMPARE(r.account.login, QStringLiteral("canbo1"));
    QCOMPARE(r.account.role, Role::Official);
    QCOMPARE(r.account.lastLoginAt, m_now);
    QVERIFY(!r.offline);
    // Logins are case-insensitive; the password is not.
    QVERIFY(a.signIn(QStringLiteral("CanBo1"), secret("đúng-mật-khẩu")).ok());
    QVERIFY(!a.signIn(QStringLiteral("canbo1"), secret("ĐÚNG-MẬT-KHẨU")).ok());
}

void tst_Authenticator::wrongPasswordAndUnknownLoginLookAlike()
{
    auto a = authenticator();
    const SignInResult wrong = a.signIn(QStringLiteral("canbo1"), secret("sai"));
    const SignInResult unknown = a.signIn(QStringLiteral("khongco"), secret("sai"));
    QCOMPARE(wrong.error.code, QLatin1String(security_error::WrongPassword));
    QCOMPARE(unknown.error.code, QLatin1String(security_error::WrongPassword));
    QCOMPARE(wrong.error.message, unknown.error.message);
    QCOMPARE(wrong.failedAttempts, 1);
    QCOMPARE(AccountStore(*m_db).find(QStringLiteral("canbo1"))->failedAttempts, 1);
}

void tst_Authenticator::lockoutWithBackOff()
{
    auto a = authenticator();
    for (int i = 1; i <= 4; ++i) {
        const SignInResult r = a.signIn(QStringLiteral("canbo1"), secret("sai"));
        QCOMPARE(r.error.code, QLatin1String(security_error::WrongPassword));
        QCOMPARE(r.failedAttempts, i);
        QVERIFY(!r.lockedUntil.isValid());
    }
    SignInResult fifth = a.signIn(QStringLiteral("canbo1"), secret("sai"));
    QCOMPARE(fifth.failedAttempts, 5);
    QCOMPARE(fifth.lockedUntil, m_now.addSecs(30));
    // While locked: refused without trying the password.
    m_now = m_now.addSecs(29);
    QCOMPARE(a.signIn(QStringLiteral("canbo1"), secret("sai")).error.code, QLatin1String(security_error::LockedOut));
    QCOMPARE(AccountStore(*m_db).find(QStringLiteral("canbo1"))->failedAttempts, 5);
    // After the lock, each further failure doubles it: 60 s, 120 s, ...
    m_now = m_now.addSecs(2);
    SignInResult sixth = a.signIn(QStringLiteral("canbo1"), secret("sai"));
    QCOMPARE(sixth.error.code, QLatin1String(security_error::WrongPassword));
    QCOMPARE(sixth.lockedUntil, m_now.addSecs(60));
    m_now = m_now.addSecs(61);
    QCOMPARE(a.signIn(QStringLiteral("canbo1"), secret("sai")).lockedUntil, m_now.addSecs(120));
    LockoutPolicy policy;
    QCOMPARE(policy.lockSeconds(40), policy.maxLockSeconds);
}

void tst_Authenticator::lockedAccountRefusesEvenTheRightPassword()
{
    auto a = authenticator();
    for (int i = 0; i < 5; ++i)
        a.signIn(QStringLiteral("canbo1"), secret("sai"));
    const SignInResult r = a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu"));
    QCOMPARE(r.error.code, QLatin1String(security_error::LockedOut));
    QCOMPARE(r.lockedUntil, m_now.addSecs(30));
    m_now = m_now.addSecs(31);
    QVERIFY(a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).ok());
}

void tst_Authenticator::lockoutSurvivesRestart()
{
    {
        auto a = authenticator();
        for (int i = 0; i < 5; ++i)
            a.signIn(QStringLiteral("canbo1"), secret("sai"));
    }
    // A new program run: a fresh connection, a fresh Authenticator.
    const QString path = m_db->path();
    m_db.reset();
    m_db = test::openDatabase(path);
    QVERIFY(m_db);
    auto a = authenticator();
    QCOMPARE(a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).error.code,
             QLatin1String(security_error::LockedOut));
    // An administrator lifts the lock.
    QVERIFY(AccountStore(*m_db).clearLock(AccountStore(*m_db).find(QStringLiteral("canbo1"))->id));
    QVERIFY(a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).ok());
}

void tst_Authenticator::successClearsFailures()
{
    auto a = authenticator();
    for (int i = 0; i < 4; ++i)
        a.signIn(QStringLiteral("canbo1"), secret("sai"));
    QVERIFY(a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).ok());
    QCOMPARE(AccountStore(*m_db).find(QStringLiteral("canbo1"))->failedAttempts, 0);
    QCOMPARE(a.signIn(QStringLiteral("canbo1"), secret("sai")).failedAttempts, 1);
}

void tst_Authenticator::disabledAccountRefused()
{
    AccountStore store(*m_db);
    QVERIFY(store.setDisabled(store.find(QStringLiteral("canbo1"))->id, true));
    auto a = authenticator();
    QCOMPARE(a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).error.code,
             QLatin1String(security_error::AccountDisabled));
    // A guesser does not learn the account is disabled.
    QCOMPARE(a.signIn(QStringLiteral("canbo1"), secret("sai")).error.code,
             QLatin1String(security_error::WrongPassword));
}

void tst_Authenticator::offlineLoginNeedsAFirstOnlineOne()
{
    Account registryAccount;
    registryAccount.login = QStringLiteral("nguoidung");
    registryAccount.displayName = QStringLiteral("Người Dùng");
    registryAccount.role = Role::Supervisor;
    registryAccount.origin = Account::Origin::Registry;
    QVERIFY(AccountStore(*m_db).add(registryAccount).ok());

    FakeAuthority registry;
    auto a = authenticator();
    a.setOnlineAuthority(&registry);
    registry.reachable = false;
    QCOMPARE(a.signIn(QStringLiteral("nguoidung"), secret("registry-pass")).error.code,
             QLatin1String(security_error::NeedsOnlineLogin));

    registry.reachable = true;
    SignInResult online = a.signIn(QStringLiteral("nguoidung"), secret("registry-pass"));
    QVERIFY2(online.ok(), qPrintable(online.error.code));
    QVERIFY(!online.offline);
    QCOMPARE(online.account.verifiedOnlineAt, m_now);
    QVERIFY(online.account.hasVerifier());
    QCOMPARE(online.account.displayName, QStringLiteral("Nguyễn Văn Kiểm"));

    registry.reachable = false;
    m_now = m_now.addDays(3);
    SignInResult offline = a.signIn(QStringLiteral("nguoidung"), secret("registry-pass"));
    QVERIFY2(offline.ok(), qPrintable(offline.error.code));
    QVERIFY(offline.offline);
    QCOMPARE(a.signIn(QStringLiteral("nguoidung"), secret("wrong-pass")).error.code,
             QLatin1String(security_error::WrongPassword));
}

void tst_Authenticator::offlineLoginExpires()
{
    FakeAuthority registry;
    auto a = authenticator();
    a.setOnlineAuthority(&registry);
    a.setMaxOfflineDays(30);
    QVERIFY(a.signIn(QStringLiteral("nguoidung"), secret("registry-pass")).ok());
    registry.reachable = false;
    m_now = m_now.addDays(31);
    QCOMPARE(a.signIn(QStringLiteral("nguoidung"), secret("registry-pass")).error.code,
             QLatin1String(security_error::OfflineTooLong));
    registry.reachable = true;
    QVERIFY(a.signIn(QStringLiteral("nguoidung"), secret("registry-pass")).ok());
}

void tst_Authenticator::registryRefusalCountsAsFailure()
{
    FakeAuthority registry;
    auto a = authenticator();
    a.setOnlineAuthority(&registry);
    QVERIFY(a.signIn(QStringLiteral("nguoidung"), secret("registry-pass")).ok());
    // The password changed at the registry: the cached verifier must not win over the registry's no.
    registry.acceptedPassword = QStringLiteral("new-registry-pass");
    const SignInResult r = a.signIn(QStringLiteral("nguoidung"), secret("registry-pass"));
    QCOMPARE(r.error.code, QLatin1String(security_error::OnlineRefused));
    QCOMPARE(r.failedAttempts, 1);
    // Offline again, the new password is unknown to the desk until it is used online once.
    registry.reachable = false;
    QCOMPARE(a.signIn(QStringLiteral("nguoidung"), secret("new-registry-pass")).error.code,
             QLatin1String(security_error::WrongPassword));
}

void tst_Authenticator::unknownLoginAcceptedOnlineBecomesAccount()
{
    FakeAuthority registry;
    auto a = authenticator();
    a.setOnlineAuthority(&registry);
    QVERIFY(!AccountStore(*m_db).find(QStringLiteral("nguoidung")).ok());
    const SignInResult r = a.signIn(QStringLiteral("nguoidung"), secret("registry-pass"));
    QVERIFY2(r.ok(), qPrintable(r.error.code));
    QCOMPARE(r.account.origin, Account::Origin::Registry);
    QCOMPARE(r.account.role, Role::Supervisor);
    // Local accounts never ask the registry.
    registry.calls = 0;
    QVERIFY(a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).ok());
    QCOMPARE(registry.calls, 0);
}

void tst_Authenticator::weakPasswordsAndBadLoginsRefused()
{
    auto a = authenticator();
    QCOMPARE(a.createLocalAccount(QStringLiteral("canbo2"), QStringLiteral("Hai"), Role::Official, secret("ngắn"))
                 .error()
                 .code,
             QLatin1String(security_error::BadAccount));
    QCOMPARE(
        a.createLocalAccount(QStringLiteral(" canbo2"), QStringLiteral("Hai"), Role::Official, secret("đủ dài rồi"))
            .error()
            .code,
        QLatin1String(security_error::BadAccount));
    QCOMPARE(
        a.createLocalAccount(QStringLiteral("CANBO1"), QStringLiteral("Trùng"), Role::Official, secret("đủ dài rồi"))
            .error()
            .code,
        QLatin1String(security_error::AccountExists));
    // Eight characters, not eight bytes: "mậtkhẩu1" is 8 characters and 11 bytes.
    QVERIFY(
        a.createLocalAccount(QStringLiteral("canbo3"), QStringLiteral("Ba"), Role::Official, secret("mậtkhẩu1")).ok());
    QCOMPARE(a.createLocalAccount(QStringLiteral("canbo4"), QStringLiteral("Bốn"), Role::Official, secret("mậtkhẩu"))
                 .error()
                 .code,
             QLatin1String(security_error::BadAccount));
}

void tst_Authenticator::changePassword()
{
    auto a = authenticator();
    QVERIFY(a.changePassword(QStringLiteral("canbo1"), secret("mật khẩu mới")));
    QVERIFY(!a.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).ok());
    QVERIFY(a.signIn(QStringLiteral("canbo1"), secret("mật khẩu mới")).ok());
}

void tst_Authenticator::verifierUpgradedToCurrentCost()
{
    AccountStore store(*m_db);
    const QString before = store.find(QStringLiteral("canbo1"))->verifier;
    Authenticator stronger(*m_db, KdfCost{11, 8, 1});
    QVERIFY(stronger.signIn(QStringLiteral("canbo1"), secret("đúng-mật-khẩu")).ok());
    const QString after = store.find(QStringLiteral("canbo1"))->verifier;
    QVERIFY(after != before);
    QVERIFY(after.startsWith(QLatin1String("$scrypt$ln=11,")));
}

QTEST_GUILESS_MAIN(tst_Authenticator)
#include "tst_Authenticator.moc"
