#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

QString fixture(const QString& name)
{
    return test::sourcePath(QStringLiteral("tests/unit/calendar/fixtures/") + name);
}

} // namespace

// Runs the built motcua-cli: `calendar due` and `calendar holidays`, their JSON and their exit codes.
class TestCalendarCli : public QObject
{
    Q_OBJECT

    QString m_cli;

    test::ProcessResult cli(const QStringList& args) { return test::runProgram(m_cli, QStringList{"calendar"} + args); }

    QJsonObject json(const QStringList& args)
    {
        const auto r = cli(args + QStringList{"--json"});
        if (r.exitCode != 0)
            qWarning("exit %d: %s", r.exitCode, r.err.constData());
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", r.out.constData());
        return doc.object();
    }

private slots:
    void initTestCase()
    {
        m_cli = test::binaryPath(QStringLiteral("bin/motcua-cli"));
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli + " is not built"));
    }

    void dueWithDurationAndUnit()
    {
        const auto o = json({"due", "--received", "2026-02-13T09:10", "--duration", "3", "--unit", "working-days"});
        QCOMPARE(o["due"].toString(), QStringLiteral("2026-02-25T09:10"));
        QCOMPARE(o["received"].toString(), QStringLiteral("2026-02-13T09:10"));
        QCOMPARE(o["unit"].toString(), QStringLiteral("working-days"));
        QCOMPARE(o["startRule"].toString(), QStringLiteral("at-reception"));
        QCOMPARE(o["timeZone"].toString(), QStringLiteral("Asia/Ho_Chi_Minh"));
        QCOMPARE(o["policy"].toObject()["workingDays"].toString(), QStringLiteral("elapsed"));
    }

    void dueAfter15hFlag()
    {
        auto o = json({"due", "--received", "2026-03-10T15:20", "--duration", "3", "--unit", "working-days",
                       "--after-15h-next-day"});
        QCOMPARE(o["due"].toString(), QStringLiteral("2026-03-13T17:00"));
        QCOMPARE(o["countingStart"].toString(), QStringLiteral("2026-03-11T07:30"));
        QCOMPARE(o["startRule"].toString(), QStringLiteral("after-cutoff"));
        o = json({"due", "--received", "2026-03-10T15:20", "--duration", "3", "--unit", "working-days"});
        QCOMPARE(o["due"].toString(), QStringLiteral("2026-03-13T15:20"));
    }

    void dueOtherUnits()
    {
        QCOMPARE(json({"due", "--received", "2026-03-10T10:30", "--duration", "2", "--unit", "working-hours"})["due"]
                     .toString(),
                 QStringLiteral("2026-03-10T14:30"));
        QCOMPARE(json({"due", "--received", "2026-04-21T10:00", "--duration", "5", "--unit", "days"})["due"].toString(),
                 QStringLiteral("2026-04-28T17:00"));
        QCOMPARE(
            json({"due", "--received", "2026-03-10T10:00", "--unit", "same-day", "--duration", "1"})["due"].toString(),
            QStringLiteral("2026-03-10T17:00"));
        // An explicit offset is converted to Vietnam time.
        QCOMPARE(json({"due", "--received", "2026-03-10T02:10Z", "--duration", "1", "--unit", "working-days"})["due"]
                     .toString(),
                 QStringLiteral("2026-03-11T09:10"));
    }

    void dueForAProcedure()
    {
        const auto o = json({"due", "--received", "2026-02-13T15:20", "--procedure", "2.000815"});
        QCOMPARE(o["due"].toString(), QStringLiteral("2026-02-23T17:00"));
        QCOMPARE(o["procedure"].toObject()["code"].toString(), QStringLiteral("2.000815"));
        QCOMPARE(o["unit"].toString(), QStringLiteral("same-day"));
        QVERIFY(o["after15hNextDay"].toBool());
        QVERIFY(!o["catalogueVersion"].toString().isEmpty());
        QCOMPARE(json({"due", "--received", "2026-04-20T09:00", "--procedure", "1.004222"})["due"].toString(),
                 QStringLiteral("2026-05-04T09:00"));
    }

    void dueWithACalendarFile()
    {
        const auto o = json({"due", "--received", "2026-03-10T09:00", "--duration", "1", "--unit", "working-days",
                             "--calendar", fixture(QStringLiteral("province-office-hours.json"))});
        QCOMPARE(o["due"].toString(), QStringLiteral("2026-03-12T09:00"));
        QCOMPARE(o["calendar"].toArray().last().toString(), QStringLiteral("test-province"));
    }

    // The human summary and the error line come in the UI language: MOTCUA_LANG, else the language the
    // desk was switched to (its settings file), else Vietnamese. (ctest runs every other test with
    // MOTCUA_LANG=en, so their English messages are asserted there.)
    void speaksTheUiLanguage()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        auto run = [&](const QString& language, const QStringList& args) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("MOTCUA_LANG"));
            if (!language.isEmpty())
                env.insert(QStringLiteral("MOTCUA_LANG"), language);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(m_cli, QStringList{"calendar"} + args);
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        };
        const QStringList due{"due", "--received", "2026-02-13T09:10", "--duration", "3", "--unit", "working-days"};
        QVERIFY2(run(QString(), due).contains(QStringLiteral("Hẹn trả:")), qPrintable(run(QString(), due)));
        QVERIFY(run(QStringLiteral("vi"), {"when"}).contains(QStringLiteral("thao tác 'when' không hợp lệ")));
        QVERIFY(run(QStringLiteral("en"), due).contains(QStringLiteral("Due:")));

        // The desk switched to English on this account: the command line follows it.
        QSettings desk(config.filePath(QStringLiteral("MotCua/MotCua Desk.conf")), QSettings::IniFormat);
        desk.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        desk.sync();
        QVERIFY(run(QString(), due).contains(QStringLiteral("Due:")));
        QVERIFY(run(QStringLiteral("vi"), due).contains(QStringLiteral("Hẹn trả:")));
    }

    void humanSummary()
    {
        const auto r = cli({"due", "--received", "2026-02-13T09:10", "--duration", "3", "--unit", "working-days"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("25/02/2026 09:10"), r.out.constData());
        QVERIFY(r.err.isEmpty());
        const auto h = cli({"holidays", "--year", "2026"});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("27/04/2026"));
        QVERIFY(h.out.contains("Giỗ Tổ Hùng Vương"));
    }

    void holidays2026()
    {
        const auto o = json({"holidays", "--year", "2026"});
        QCOMPARE(o["year"].toInt(), 2026);
        QCOMPARE(o["tet"].toString(), QStringLiteral("2026-02-17"));
        QCOMPARE(o["workingDays"].toInt(), 249);
        QHash<QString, QJsonObject> byDate;
        for (const auto& v : o["days"].toArray())
            byDate.insert(v.toObject()["date"].toString(), v.toObject());
        for (const char* d : {"2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                              "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02", "2026-11-24"})
            QCOMPARE(byDate.value(QLatin1String(d))["kind"].toString(), QStringLiteral("holiday"));
        QCOMPARE(byDate.value("2026-04-27")["kind"].toString(), QStringLiteral("make-up"));
        QCOMPARE(byDate.value("2026-02-17")["name"].toString(), QStringLiteral("Tết Nguyên đán"));
        QCOMPARE(byDate.value("2026-02-17")["lunar"].toString(), QStringLiteral("1/1/2026"));
        QVERIFY(byDate.value("2026-04-26")["onWeekend"].toBool());
        QVERIFY(!o["notices"].toArray().isEmpty());
    }

    void holidays2025HasNoCultureDay()
    {
        const auto o = json({"holidays", "--year", "2025"});
        for (const auto& v : o["days"].toArray())
            QVERIFY(v.toObject()["date"].toString() != QLatin1String("2025-11-24"));
        QVERIFY(!o["days"].toArray().isEmpty());
    }

    void help()
    {
        for (const QStringList& args :
             {QStringList{"--help"}, QStringList{"due", "--help"}, QStringList{"holidays", "--help"}}) {
            const auto r = cli(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("calendar"));
        }
    }

    void badInputExitsWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString due = QStringLiteral("due");
        QTest::newRow("malformed date") << QStringList{due,      "--received", "2026-02-30T09:00", "--duration", "1",
                                                       "--unit", "days"}
                                        << "malformed --received";
        QTest::newRow("date without time")
            << QStringList{due, "--received", "2026-02-13", "--duration", "1", "--unit", "days"}
            << "malformed --received";
        QTest::newRow("missing received") << QStringList{due, "--duration", "1", "--unit", "days"} << "--received";
        QTest::newRow("unknown procedure")
            << QStringList{due, "--received", "2026-02-13T09:00", "--procedure", "9.999999"} << "unknown procedure";
        QTest::newRow("unknown unit") << QStringList{due,      "--received", "2026-02-13T09:00", "--duration", "1",
                                                     "--unit", "weeks"}
                                      << "unknown unit";
        QTest::newRow("duration not a number")
            << QStringList{due, "--received", "2026-02-13T09:00", "--duration", "x", "--unit", "days"}
            << "malformed --duration";
        QTest::newRow("zero duration") << QStringList{due, "--received", "2026-02-13T09:00", "--duration",
                                                      "0", "--unit",     "working-days"}
                                       << "greater than 0";
        QTest::newRow("both procedure and duration")
            << QStringList{due, "--received", "2026-02-13T09:00", "--procedure", "1.001193", "--duration", "1"}
            << "either";
        QTest::newRow("missing calendar file")
            << QStringList{due,    "--received", "2026-02-13T09:00",          "--duration", "1", "--unit",
                           "days", "--calendar", "/nonexistent/calendar.json"}
            << "not found";
        QTest::newRow("bad JSON in calendar file")
            << QStringList{due,          "--received", "2026-02-13T09:00",
                           "--duration", "1",          "--unit",
                           "days",       "--calendar", fixture(QStringLiteral("bad-syntax.json"))}
            << "not valid JSON";
        QTest::newRow("bad data in calendar file")
            << QStringList{"holidays", "--year", "2026", "--calendar", fixture(QStringLiteral("bad-month.json"))}
            << "holidays[0].month";
        QTest::newRow("bad year") << QStringList{"holidays", "--year", "abc"} << "malformed --year";
        QTest::newRow("unknown option") << QStringList{"holidays", "--year", "2026", "--colour"} << "colour";
        QTest::newRow("unknown action") << QStringList{"when"} << "unknown action";
        QTest::newRow("no action") << QStringList{} << "missing action";
    }
    void badInputExitsWith2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = cli(args + QStringList{"--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable("more than one line: " + err));
    }
};

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_CalendarCli.moc"
