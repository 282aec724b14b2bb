// Sign-in, roles and locking in the real shell (offscreen): the login dialog with a wrong password and
// the lockout, the first administrator, the pages each role sees, auto-lock after a short idle time,
// the OS session lock, unlocking with the password, and switching user.
#include "AccountStore.h"
#include "AuditTrail.h"
#include "Authenticator.h"
#include "Database.h"
#include "DeskSession.h"
#include "IdleWatcher.h"
#include "LanguageManager.h"
#include "LockScreen.h"
#include "LoginDialog.h"
#include "LoginFlow.h"
#include "LoginMessages.h"
#include "MainWindow.h"
#include "ModuleContext.h"
#include "ModuleManager.h"
#include "Screenshots.h"
#include "SecurityError.h"
#include "ServiceRegistry.h"
#include "SessionLockMonitor.h"
#include "StatusIndicator.h"
#include "StubServices.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtPlugin>

Q_IMPORT_PLUGIN(CccdModule)
Q_IMPORT_PLUGIN(ScanModule)
Q_IMPORT_PLUGIN(IntakeModule)
Q_IMPORT_PLUGIN(SyncModule)
Q_IMPORT_PLUGIN(ReviewModule)

using namespace motcua;
using namespace motcua::security;

namespace {

const char* const kPassword = "mat-khau-1";

SignInService::Options fastOptions()
{
    SignInService::Options options;
    options.cost = KdfCost::fastForTests();
    options.lockout = {3, 30, 3600};
    return options;
}

void type(QWidget* parent, const char* objectName, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    // keyClicks() knows ASCII only; Vietnamese names go in as typed text.
    edit->insert(text);
}

void click(QWidget* parent, const char* objectName)
{
    auto* button = parent->findChild<QPushButton*>(QString::fromLatin1(objectName));
    QVERIFY2(button, objectName);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString labelText(QWidget* parent, const char* objectName)
{
    auto* label = parent->findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

} // namespace

class tst_LoginAndLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void wrongPasswordThenLockout();
    void rightPasswordSignsIn();
    void firstStartCreatesTheAdministrator();
    void demoSignsATrainerInAtOnce();
    void pagesFollowTheRole_data();
    void pagesFollowTheRole();
    void locksAfterIdleAndWipesTheCard();
    void inputKeepsTheDeskUnlocked();
    void osSessionLockLocks();
    void unlockNeedsThePassword();
    void switchUserChangesRoleAndPages();

private:
    std::unique_ptr<LoginFlow> signedIn(const QString& login, int idleMs = -1, bool demo = false);
    std::unique_ptr<MainWindow> windowFor(LoginFlow& flow);
    // Answers the next login dialog from the event loop it runs.
    void answerLoginDialog(const QString& login, const QString& password, const QString& name = {});

    ServiceRegistry m_services;
    std::unique_ptr<ModuleManager> m_modules;
    std::unique_ptr<ModuleContext> m_context;
    std::unique_ptr<LanguageManager> m_language;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::StubCardReader* m_reader = nullptr;
};

void tst_LoginAndLock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage(test::testLanguage(), false));
    m_context = std::make_unique<ModuleContext>(m_services, QDir::tempPath(), true);
    m_modules = std::make_unique<ModuleManager>();
    m_modules->addStaticPlugins();
    m_modules->loadAll(*m_context);
}

void tst_LoginAndLock::init()
{
    auto db = Database::open(m_dir.filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(QString::fromLatin1(QTest::currentTestFunction()), QString::fromLatin1(QTest::currentDataTag()))));
    QVERIFY(db);
    m_db = std::move(db).value();
    Authenticator auth(*m_db, KdfCost::fastForTests());
    const SecretBytes password = SecretBytes::fromString(QString::fromLatin1(kPassword));
    QVERIFY(auth.createLocalAccount(QStringLiteral("canbo1"), QStringLiteral("Lê Văn Cán"), Role::Official, password));
    QVERIFY(auth.createLocalAccount(QStringLiteral("giamsat"), QStringLiteral("Trần Giám Sát"), Role::Supervisor,
                                    password));
    QVERIFY(auth.createLocalAccount(QStringLiteral("quantri"), QStringLiteral("Quản Trị Viên"), Role::Administrator,
                                    password));
    m_reader = new test::StubCardReader;
    m_services.add<CardReader>(m_reader);
}

void tst_LoginAndLock::cleanup()
{
    m_services.remove(QString::fromLatin1(CardReader::serviceId()));
    delete m_reader;
    m_reader = nullptr;
    m_db.reset();
}

void tst_LoginAndLock::cleanupTestCase()
{
    m_modules->shutdown();
}

void tst_LoginAndLock::answerLoginDialog(const QString& login, const QString& password, const QString& name)
{
    QTimer::singleShot(0, this, [=, this] {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerLoginDialog(login, password, name); // not shown yet
            return;
        }
        type(dialog, "loginEdit", login);
        if (!name.isEmpty())
            type(dialog, "nameEdit", name);
        type(dialog, "passwordEdit", password);
        if (dialog->mode() == LoginDialog::Mode::CreateAdministrator)
            type(dialog, "repeatEdit", password);
        click(dialog, "signInButton");
    });
}

std::unique_ptr<LoginFlow> tst_LoginAndLock::signedIn(const QString& login, int idleMs, bool demo)
{
    LoginFlow::Options options;
    options.demoMode = demo;
    options.profileName = QStringLiteral("test");
    options.signIn = fastOptions();
    options.idleTimeoutMs = idleMs;
    options.followOsLock = true;
    auto flow = std::make_unique<LoginFlow>(m_services, *m_db, options);
    if (!demo)
        answerLoginDialog(login, QString::fromLatin1(kPassword));
    if (!flow->signInAtStart())
        return nullptr;
    return flow;
}

std::unique_ptr<MainWindow> tst_LoginAndLock::windowFor(LoginFlow& flow)
{
    ShellOptions options;
    options.demoMode = flow.session()->isDemo();
    options.role = flow.session()->role();
    options.profileName = QStringLiteral("test");
    options.databaseState = ShellOptions::DatabaseState::Open;
    options.databasePath = m_db->path();
    auto window = std::make_unique<MainWindow>(*m_modules, m_services, *m_language, options);
    flow.attach(*window);
    window->resize(1366, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void tst_LoginAndLock::wrongPasswordThenLockout()
{
    SignInService service(m_db->path(), fastOptions());
    LoginDialog dialog(&service, LoginDialog::Mode::SignIn, QStringLiteral("test"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&service, &SignInService::finished);

    const QString wrong = LoginMessages::forCode(QLatin1String(security_error::WrongPassword));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        type(&dialog, "loginEdit", QStringLiteral("canbo1"));
        type(&dialog, "passwordEdit", QStringLiteral("khong-dung"));
        click(&dialog, "signInButton");
        QVERIFY(finished.wait(10000));
        QCOMPARE(labelText(&dialog, "loginMessage"), wrong);
        QVERIFY(dialog.isVisible());
        // The password field is emptied; nothing typed lingers.
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
    }
    // An unknown login gets the same answer as a wrong password.
    type(&dialog, "loginEdit", QStringLiteral("khongco"));
    type(&dialog, "passwordEdit", QStringLiteral("khong-dung"));
    click(&dialog, "signInButton");
    QVERIFY(finished.wait(10000));
    QCOMPARE(labelText(&dialog, "loginMessage"), wrong);

    // The third failure locks the account for 30 s: the dialog counts down and refuses to try.
    type(&dialog, "loginEdit", QStringLiteral("canbo1"));
    type(&dialog, "passwordEdit", QStringLiteral("khong-dung"));
    click(&dialog, "signInButton");
    QVERIFY(finished.wait(10000));
    const QString lockedText = labelText(&dialog, "loginMessage");
    QVERIFY2(lockedText != wrong && !lockedText.isEmpty(), qPrintable(lockedText));
    test::saveScreenshot(&dialog, QStringLiteral("login-locked-out"));
    QVERIFY(finished.last().first().value<SignInResult>().lockedUntil.isValid());
    type(&dialog, "passwordEdit", QString::fromLatin1(kPassword));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(!finished.wait(500)); // not even tried while the countdown runs
    QVERIFY(dialog.isVisible());

    // The lock is in the database: a new sign-in elsewhere (the lock screen) is refused too, even with
    // the right password.
    const SignInResult locked = SignInService::signInNow(m_db->path(), fastOptions(), QStringLiteral("canbo1"),
                                                         SecretBytes::fromString(QString::fromLatin1(kPassword)));
    QCOMPARE(locked.error.code, QLatin1String(security_error::LockedOut));
    QCOMPARE(AccountStore(*m_db).find(QStringLiteral("canbo1"))->failedAttempts, 3);
}

void tst_LoginAndLock::rightPasswordSignsIn()
{
    auto flow = signedIn(QStringLiteral("canbo1"));
    QVERIFY(flow);
    QCOMPARE(flow->session()->login(), QStringLiteral("canbo1"));
    QCOMPARE(flow->session()->role(), QStringLiteral("official"));
    QCOMPARE(m_services.get<UserSession>(), static_cast<UserSession*>(flow->session()));
    auto rows = AuditTrail(*m_db).query({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->first().action, QStringLiteral("session.sign_in"));
    QCOMPARE(rows->first().actor, QStringLiteral("canbo1"));
}

void tst_LoginAndLock::firstStartCreatesTheAdministrator()
{
    m_db.reset();
    auto db = Database::open(m_dir.filePath(QStringLiteral("first-start.sqlite")));
    QVERIFY(db);
    m_db = std::move(db).value();
    LoginFlow::Options options;
    options.demoMode = false;
    options.signIn = fastOptions();
    options.followOsLock = false;
    LoginFlow flow(m_services, *m_db, options);
    QTimer::singleShot(0, this, [this] {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), LoginDialog::Mode::CreateAdministrator);
        test::saveScreenshot(dialog, QStringLiteral("login-first-start"));
        // Two different passwords are caught before anything is created.
        type(dialog, "loginEdit", QStringLiteral("quantri"));
        type(dialog, "nameEdit", QStringLiteral("Quản Trị Viên"));
        type(dialog, "passwordEdit", QStringLiteral("mot-mat-khau"));
        type(dialog, "repeatEdit", QStringLiteral("mat-khau-khac"));
        click(dialog, "signInButton");
        QVERIFY(!labelText(dialog, "loginMessage").isEmpty());
        QCOMPARE(AccountStore(*m_db).list()->size(), 0);
        answerLoginDialog(QStringLiteral("quantri"), QStringLiteral("mot-mat-khau"), QStringLiteral("Quản Trị Viên"));
    });
    QVERIFY(flow.signInAtStart());
    QCOMPARE(flow.session()->role(), QStringLiteral("administrator"));
    auto admin = AccountStore(*m_db).find(QStringLiteral("quantri"));
    QVERIFY(admin.ok());
    QCOMPARE(admin->role, Role::Administrator);
}

void tst_LoginAndLock::demoSignsATrainerInAtOnce()
{
    auto flow = signedIn({}, -1, true);
    QVERIFY(flow);
    QCOMPARE(flow->session()->role(), QStringLiteral("trainer"));
    auto window = windowFor(*flow);
    QVERIFY(window);
    QVERIFY(!window->lockScreen()->requiresPassword());
    QVERIFY(!window->action(QStringLiteral("actionSwitchUser"))->isVisible());
    window->lock();
    QVERIFY(window->isLocked());
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QVERIFY(!window->isLocked());
}

void tst_LoginAndLock::pagesFollowTheRole_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("official") << QStringLiteral("canbo1")
                              << QStringList{QStringLiteral("intake"), QStringLiteral("cccd"), QStringLiteral("scan"),
                                             QStringLiteral("sync")}
                              << QStringList{QStringLiteral("review"), QStringLiteral("desk.audit")};
    QTest::newRow("supervisor") << QStringLiteral("giamsat")
                                << QStringList{QStringLiteral("review"), QStringLiteral("cccd")}
                                << QStringList{QStringLiteral("intake"), QStringLiteral("scan"),
                                               QStringLiteral("desk.audit")};
    QTest::newRow("administrator") << QStringLiteral("quantri")
                                   << QStringList{QStringLiteral("desk.audit"), QStringLiteral("sync")}
                                   << QStringList{QStringLiteral("intake"), QStringLiteral("cccd"),
                                                  QStringLiteral("scan"), QStringLiteral("review")};
}

void tst_LoginAndLock::pagesFollowTheRole()
{
    QFETCH(QString, login);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    auto flow = signedIn(login);
    QVERIFY(flow);
    auto window = windowFor(*flow);
    QVERIFY(window);
    const QStringList ids = window->pageIds();
    for (const QString& id : shown)
        QVERIFY2(ids.contains(id), qPrintable(id + QStringLiteral(" missing from ") + ids.join(QLatin1Char(','))));
    for (const QString& id : hidden) {
        QVERIFY2(!ids.contains(id), qPrintable(id + QStringLiteral(" shown to ") + login));
        QVERIFY(!window->showPage(id));
    }
    QCOMPARE(window->navigation()->count(), ids.size());
    test::saveScreenshot(window.get(), QStringLiteral("main-window-") + QString::fromLatin1(QTest::currentDataTag()));
    auto* user = window->findChild<StatusIndicator*>(QStringLiteral("userIndicator"));
    QVERIFY(user->text().contains(flow->session()->displayName()));
}

void tst_LoginAndLock::locksAfterIdleAndWipesTheCard()
{
    auto flow = signedIn(QStringLiteral("canbo1"), 1500);
    QVERIFY(flow);
    auto window = windowFor(*flow);
    QVERIFY(window);
    QVERIFY(!window->isLocked());
    QVERIFY(window->statusBar()->isVisible());
    QSignalSpy locked(flow->session(), &UserSession::locked);
    QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 10000);
    QVERIFY(flow->idleWatcher()->idleFor() >= 1400); // not before the timeout
    QCOMPARE(m_reader->clearCount, 1);               // the card data held in memory is wiped
    QVERIFY(!window->statusBar()->isVisible());      // the whole window is covered
    QVERIFY(window->lockScreen()->isVisible());
    QVERIFY(window->findChild<QLineEdit*>(QStringLiteral("lockPassword"))->isVisible());
    test::saveScreenshot(window.get(), QStringLiteral("lock-screen"));
    QCOMPARE(locked.count(), 1);
    QVERIFY(!flow->idleWatcher()->isActive());
    auto rows = AuditTrail(*m_db).query({QDateTime(), QDateTime(), QString(), QStringLiteral("session.lock")});
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().detail, QStringLiteral("idle"));
}

void tst_LoginAndLock::inputKeepsTheDeskUnlocked()
{
    auto flow = signedIn(QStringLiteral("canbo1"), 1500);
    QVERIFY(flow);
    auto window = windowFor(*flow);
    QVERIFY(window);
    // Someone working: a key or a mouse move every 300 ms for four seconds, well past the timeout.
    for (int i = 0; i < 13; ++i) {
        QTest::qWait(300);
        if (i % 2)
            QTest::keyClick(window->navigation(), Qt::Key_Down);
        else
            QTest::mouseMove(window->navigation(), QPoint(20 + i, 20 + i));
        QVERIFY(!window->isLocked());
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 10000);
}

void tst_LoginAndLock::osSessionLockLocks()
{
    auto flow = signedIn(QStringLiteral("canbo1"));
    QVERIFY(flow);
    auto window = windowFor(*flow);
    QVERIFY(window);
    QVERIFY(flow->sessionLockMonitor());
    // What SessionLockMonitor reports when logind or the screen saver says the session locked
    // (the D-Bus side is integration_security_session_lock).
    emit flow->sessionLockMonitor()->sessionLocked(QStringLiteral("screensaver"));
    QVERIFY(window->isLocked());
    QCOMPARE(m_reader->clearCount, 1);
    auto rows = AuditTrail(*m_db).query({QDateTime(), QDateTime(), QString(), QStringLiteral("session.lock")});
    QCOMPARE(rows->first().detail, QStringLiteral("screensaver"));
}

void tst_LoginAndLock::unlockNeedsThePassword()
{
    auto flow = signedIn(QStringLiteral("canbo1"));
    QVERIFY(flow);
    auto window = windowFor(*flow);
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window->isLocked());
    QSignalSpy finished(flow->signInService(), &SignInService::finished);
    LockScreen* lock = window->lockScreen();

    type(lock, "lockPassword", QStringLiteral("khong-dung"));
    click(lock, "unlockButton");
    QVERIFY(finished.wait(10000));
    QVERIFY(window->isLocked());
    QCOMPARE(labelText(lock, "lockMessage"), LoginMessages::forCode(QLatin1String(security_error::WrongPassword)));
    QCOMPARE(AccountStore(*m_db).find(QStringLiteral("canbo1"))->failedAttempts, 1); // counts like a sign-in
    test::saveScreenshot(window.get(), QStringLiteral("lock-screen-wrong-password"));

    type(lock, "lockPassword", QString::fromLatin1(kPassword));
    click(lock, "unlockButton");
    QVERIFY(finished.wait(10000));
    QVERIFY(!window->isLocked());
    QVERIFY(window->statusBar()->isVisible());
    QVERIFY(flow->idleWatcher()->isActive());
    QCOMPARE(flow->session()->login(), QStringLiteral("canbo1"));
}

void tst_LoginAndLock::switchUserChangesRoleAndPages()
{
    auto flow = signedIn(QStringLiteral("canbo1"));
    QVERIFY(flow);
    auto window = windowFor(*flow);
    QVERIFY(window);
    QVERIFY(window->pageIds().contains(QStringLiteral("intake")));
    QAction* switchUser = window->action(QStringLiteral("actionSwitchUser"));
    QVERIFY(switchUser && switchUser->isVisible());
    QSignalSpy changed(flow->session(), &UserSession::userChanged);
    switchUser->trigger();
    QVERIFY(window->isLocked());
    LockScreen* lock = window->lockScreen();
    QVERIFY(lock->findChild<QLineEdit*>(QStringLiteral("lockLogin"))->isVisible());
    test::saveScreenshot(window.get(), QStringLiteral("lock-screen-switch-user"));

    QSignalSpy finished(flow->signInService(), &SignInService::finished);
    type(lock, "lockLogin", QStringLiteral("giamsat"));
    type(lock, "lockPassword", QString::fromLatin1(kPassword));
    click(lock, "unlockButton");
    QVERIFY(finished.wait(10000));
    QVERIFY(!window->isLocked());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(flow->session()->login(), QStringLiteral("giamsat"));
    QVERIFY(!window->pageIds().contains(QStringLiteral("intake")));
    QVERIFY(window->pageIds().contains(QStringLiteral("review")));
    QVERIFY(window->findChild<StatusIndicator*>(QStringLiteral("userIndicator"))
                ->text()
                .contains(QStringLiteral("Trần Giám Sát")));
    // The lock screen now guards the new official.
    QCOMPARE(lock->signedInLogin(), QStringLiteral("giamsat"));
    auto rows = AuditTrail(*m_db).query({});
    QCOMPARE(rows->at(0).action, QStringLiteral("session.sign_in"));
    QCOMPARE(rows->at(0).actor, QStringLiteral("giamsat"));
    QCOMPARE(rows->at(1).action, QStringLiteral("session.sign_out"));
    QCOMPARE(rows->at(1).actor, QStringLiteral("canbo1"));
}

QTEST_MAIN(tst_LoginAndLock)
#include "tst_LoginAndLock.moc"
