// motcua-desk's command line and the choice of profile, mode and role.
#include "DeskArguments.h"
#include "DeskProfile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

using namespace motcua;

class TestDeskArguments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void parsesEveryOption();
    void refusesBadInput_data();
    void refusesBadInput();
    void demoUntilALiveProfileIsConfigured();
    void profileLayoutUnderDataDirectory();

private:
    static bool parse(const QStringList& args, DeskArguments* result, QString* error = nullptr);
};

void TestDeskArguments::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua Desk Arguments Test"));
}

void TestDeskArguments::init()
{
    QSettings().clear();
}

bool TestDeskArguments::parse(const QStringList& args, DeskArguments* result, QString* error)
{
    QString message;
    bool exitNow = false;
    const bool ok = DeskArguments::parse(QStringList{QStringLiteral("motcua-desk")} + args, result, &message, &exitNow);
    if (error)
        *error = message;
    return ok && !exitNow;
}

void TestDeskArguments::parsesEveryOption()
{
    DeskArguments args;
    QVERIFY(parse({}, &args));
    QCOMPARE(args.mode, DeskArguments::Mode::Automatic);
    QCOMPARE(args.quitAfterMs, -1);

    QVERIFY(parse({QStringLiteral("--live"), QStringLiteral("--profile"), QStringLiteral("xa-an-binh"),
                   QStringLiteral("--data-dir"), QStringLiteral("/tmp/motcua"), QStringLiteral("--lang"),
                   QStringLiteral("en"), QStringLiteral("--role"), QStringLiteral("supervisor"),
                   QStringLiteral("--screenshot"), QStringLiteral("/tmp/s.png"), QStringLiteral("--quit-after"),
                   QStringLiteral("250"), QStringLiteral("--report-startup")},
                  &args));
    QCOMPARE(args.mode, DeskArguments::Mode::Live);
    QCOMPARE(args.profile, QStringLiteral("xa-an-binh"));
    QCOMPARE(args.dataDirectory, QStringLiteral("/tmp/motcua"));
    QCOMPARE(args.language, QStringLiteral("en"));
    QCOMPARE(args.role, QStringLiteral("supervisor"));
    QCOMPARE(args.screenshotFile, QStringLiteral("/tmp/s.png"));
    QCOMPARE(args.quitAfterMs, 250);
    QVERIFY(args.reportStartup);

    QVERIFY(parse({QStringLiteral("--demo")}, &args));
    QCOMPARE(args.mode, DeskArguments::Mode::Demo);
}

void TestDeskArguments::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("both modes") << QStringList{QStringLiteral("--demo"), QStringLiteral("--live")}
                                << QStringLiteral("--live");
    QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("fr");
    QTest::newRow("role") << QStringList{QStringLiteral("--role"), QStringLiteral("mayor")} << QStringLiteral("mayor");
    QTest::newRow("profile with slash") << QStringList{QStringLiteral("--profile"), QStringLiteral("../etc")}
                                        << QStringLiteral("../etc");
    QTest::newRow("quit-after text") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("soon")}
                                     << QStringLiteral("soon");
    QTest::newRow("quit-after negative") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("-5")}
                                         << QStringLiteral("-5");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--profile")} << QStringLiteral("profile");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
}

void TestDeskArguments::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    DeskArguments parsed;
    QString error;
    QVERIFY(!parse(args, &parsed, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestDeskArguments::demoUntilALiveProfileIsConfigured()
{
    DeskArguments args;
    QVERIFY(parse({}, &args));
    DeskProfile profile = DeskProfile::resolve(args);
    QVERIFY(profile.demoMode);
    QCOMPARE(profile.name, QStringLiteral("demo"));
    QCOMPARE(profile.role, QStringLiteral("trainer"));

    // Started live once: from then on the desk opens that profile live.
    QVERIFY(parse({QStringLiteral("--live"), QStringLiteral("--profile"), QStringLiteral("xa-an-binh")}, &args));
    profile = DeskProfile::resolve(args);
    QVERIFY(!profile.demoMode);
    QCOMPARE(profile.role, QStringLiteral("official"));
    QCOMPARE(DeskProfile::configuredLiveProfile(), QStringLiteral("xa-an-binh"));

    QVERIFY(parse({}, &args));
    profile = DeskProfile::resolve(args);
    QVERIFY(!profile.demoMode);
    QCOMPARE(profile.name, QStringLiteral("xa-an-binh"));

    // --demo still opens the training profile, and leaves the live one configured.
    QVERIFY(parse({QStringLiteral("--demo")}, &args));
    profile = DeskProfile::resolve(args);
    QVERIFY(profile.demoMode);
    QCOMPARE(profile.name, QStringLiteral("demo"));
    QCOMPARE(DeskProfile::configuredLiveProfile(), QStringLiteral("xa-an-binh"));
}

void TestDeskArguments::profileLayoutUnderDataDirectory()
{
    DeskArguments args;
    QVERIFY(parse({QStringLiteral("--demo"), QStringLiteral("--data-dir"), QStringLiteral("/srv/motcua/"),
                   QStringLiteral("--role"), QStringLiteral("official")},
                  &args));
    const DeskProfile profile = DeskProfile::resolve(args);
    QCOMPARE(profile.dataDirectory, QStringLiteral("/srv/motcua"));
    QCOMPARE(profile.profileDirectory, QStringLiteral("/srv/motcua/profiles/demo"));
    QCOMPARE(profile.databasePath, QStringLiteral("/srv/motcua/profiles/demo/motcua.db"));
    QCOMPARE(profile.role, QStringLiteral("official"));
}

QTEST_MAIN(TestDeskArguments)
#include "tst_DeskArguments.moc"
