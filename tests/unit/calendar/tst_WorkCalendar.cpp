#include "TestSupport.h"
#include "WorkCalendar.h"

#include <QJsonArray>
#include <QTest>
#include <atomic>
#include <thread>

namespace motcua {
int resourcesAnchor();
}

using namespace motcua;

namespace {

QString fixture(const QString& name)
{
    return test::sourcePath(QStringLiteral("tests/unit/calendar/fixtures/") + name);
}

bool off(const WorkCalendar& c, int y, int m, int d)
{
    return !c.isWorkingDay(QDate(y, m, d));
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

    WorkCalendar m_calendar;

private slots:
    void initTestCase()
    {
        resourcesAnchor();
        auto calendar = WorkCalendar::builtIn();
        QVERIFY2(calendar.ok(), qPrintable(calendar.error().message));
        m_calendar = calendar.value();
    }

    void builtInDataIsTheSourceData()
    {
        QCOMPARE(m_calendar.layers(), (QStringList{"vn-base", "vn-2025", "vn-2026"}));
        auto fromSource = WorkCalendar::fromDirectory(test::sourcePath(QStringLiteral("resources/calendar")));
        QVERIFY2(fromSource.ok(), qPrintable(fromSource.error().message));
        for (int year : {2025, 2026, 2027}) {
            const auto a = m_calendar.specialDays(year);
            const auto b = fromSource->specialDays(year);
            QCOMPARE(a.size(), b.size());
            for (int i = 0; i < a.size(); ++i)
                QCOMPARE(a.at(i).date, b.at(i).date);
        }
        QCOMPARE(m_calendar.weekend(), (QList<int>{6, 7}));
        QCOMPARE(m_calendar.officeHours().secondsPerDay(), 7 * 3600 + 30 * 60);
        QCOMPARE(m_calendar.policy().cutoffSecond, 15 * 3600);
    }

    void tet2026FollowsTheNotice()
    {
        // TB 9441/TB-BNV: 29 tháng Chạp → mùng 4 = Monday 16 to Friday 20/02/2026, break 14–22/02.
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 2, 13)));
        for (int d = 14; d <= 22; ++d)
            QVERIFY2(off(m_calendar, 2026, 2, d), qPrintable(QString::number(d)));
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 2, 23)));
        const auto tet = m_calendar.specialDay(QDate(2026, 2, 17));
        QVERIFY(tet.has_value());
        QCOMPARE(tet->kind, DayKind::Holiday);
        QCOMPARE(tet->ruleId, QStringLiteral("tet"));
        QCOMPARE(tet->name, QStringLiteral("Tết Nguyên đán"));
        QCOMPARE(m_calendar.nextWorkingDay(QDate(2026, 2, 13)), QDate(2026, 2, 23));
        // No make-up days: all five notice days are weekdays.
        QVERIFY(!m_calendar.specialDay(QDate(2026, 2, 23)).has_value());
    }

    void hungKings2026IsMadeUpOnMonday()
    {
        const auto sunday = m_calendar.specialDay(QDate(2026, 4, 26));
        QVERIFY(sunday.has_value());
        QCOMPARE(sunday->ruleId, QStringLiteral("hung-kings"));
        QVERIFY(sunday->onWeekend);
        const auto monday = m_calendar.specialDay(QDate(2026, 4, 27));
        QVERIFY(monday.has_value());
        QCOMPARE(monday->kind, DayKind::MakeUp);
        QVERIFY(off(m_calendar, 2026, 4, 27));
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 4, 28)));
    }

    void reunificationAndLabourDay2026WithoutSwap()
    {
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 4, 29)));
        QVERIFY(off(m_calendar, 2026, 4, 30));
        QVERIFY(off(m_calendar, 2026, 5, 1));
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 5, 4)));
        QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 5, 2))); // an ordinary Saturday, not worked
    }

    void nationalDayWithItsAdjacentDay()
    {
        QVERIFY(off(m_calendar, 2026, 9, 1));
        QVERIFY(off(m_calendar, 2026, 9, 2));
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 9, 3)));
        QCOMPARE(m_calendar.specialDay(QDate(2026, 9, 1))->ruleId, QStringLiteral("national-day-adjacent"));
        // A year without a notice takes the default adjacent day, 1/9: 2030-09-02 is a Monday, so the
        // Sunday 1/9 is made up on Tuesday 3/9.
        QVERIFY(off(m_calendar, 2030, 9, 2));
        QVERIFY(off(m_calendar, 2030, 9, 3));
        QCOMPARE(m_calendar.specialDay(QDate(2030, 9, 3))->kind, DayKind::MakeUp);
        QVERIFY(m_calendar.isWorkingDay(QDate(2030, 9, 4)));
        // Before the 2019 Labour Code took effect there was one day only.
        QVERIFY(m_calendar.isWorkingDay(QDate(2020, 9, 1)));
    }

    void cultureDayFrom2026AndNeverMadeUp()
    {
        QVERIFY(off(m_calendar, 2026, 11, 24)); // Tuesday
        QCOMPARE(m_calendar.specialDay(QDate(2026, 11, 24))->name, QStringLiteral("Ngày Văn hóa Việt Nam"));
        QVERIFY(m_calendar.isWorkingDay(QDate(2025, 11, 24))); // Monday, before NQ 28/2026 took effect
        // 24/11/2029 is a Saturday: no make-up on Monday 26/11.
        QVERIFY(m_calendar.specialDay(QDate(2029, 11, 24)).has_value());
        QVERIFY(m_calendar.isWorkingDay(QDate(2029, 11, 26)));
    }

    void holidaysOnTheWeekendAreMadeUp()
    {
        QVERIFY(off(m_calendar, 2023, 1, 2)); // 1/1/2023 was a Sunday
        QCOMPARE(m_calendar.specialDay(QDate(2023, 1, 2))->kind, DayKind::MakeUp);
        QVERIFY(off(m_calendar, 2028, 1, 3)); // 1/1/2028 is a Saturday
        QVERIFY(m_calendar.isWorkingDay(QDate(2028, 1, 4)));
        // 2032: 1/5 on Saturday → Monday 3/5.
        QVERIFY(off(m_calendar, 2032, 5, 3));
    }

    void defaultTetRuleWithoutANotice()
    {
        // 2027 has no notice yet: the last day of Bính Ngọ (Friday 05/02) to mùng 4 (Tuesday 09/02);
        // Saturday 06 and Sunday 07 are made up on Wednesday 10 and Thursday 11.
        QVERIFY(m_calendar.notices(2027).isEmpty());
        QVERIFY(m_calendar.isWorkingDay(QDate(2027, 2, 4)));
        for (int d = 5; d <= 11; ++d)
            QVERIFY2(off(m_calendar, 2027, 2, d), qPrintable(QString::number(d)));
        QCOMPARE(m_calendar.specialDay(QDate(2027, 2, 10))->kind, DayKind::MakeUp);
        QCOMPARE(m_calendar.specialDay(QDate(2027, 2, 11))->kind, DayKind::MakeUp);
        QVERIFY(m_calendar.isWorkingDay(QDate(2027, 2, 12)));
    }

    void notices2025SwapASaturday()
    {
        for (int d = 27; d <= 31; ++d)
            QVERIFY(off(m_calendar, 2025, 1, d));
        QVERIFY(m_calendar.isWorkingDay(QDate(2025, 2, 3)));  // the default rule would make it a make-up day
        QVERIFY(m_calendar.isWorkingDay(QDate(2025, 4, 26))); // Saturday worked
        QCOMPARE(m_calendar.specialDay(QDate(2025, 4, 26))->kind, DayKind::WorkingWeekend);
        QVERIFY(off(m_calendar, 2025, 5, 2)); // Friday off in exchange
        QCOMPARE(m_calendar.specialDay(QDate(2025, 5, 2))->kind, DayKind::DayOff);
    }

    void workingDayCount2026()
    {
        int working = 0;
        for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
            working += m_calendar.isWorkingDay(d) ? 1 : 0;
        // 261 weekdays − 13 weekdays off (1/1, 5 Tết, 27/4, 30/4, 1/5, 31/8, 1/9, 2/9, 24/11) + Saturday 22/8.
        QCOMPARE(working, 249);
    }

    void aProvinceFileMergesOverTheBuiltIns()
    {
        WorkCalendar c = m_calendar;
        const Status merged = c.mergeFile(fixture(QStringLiteral("province-office-hours.json")));
        QVERIFY2(merged.ok(), qPrintable(merged.error().message));
        QCOMPARE(c.officeHours().opening(), 8 * 3600);
        QCOMPARE(c.officeHours().secondsPerDay(), 8 * 3600);
        QVERIFY(off(c, 2026, 3, 11));
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 3, 11))); // the original copy is untouched
        QVERIFY(off(c, 2026, 2, 17));                         // built-in data still there
        QCOMPARE(c.layers().last(), QStringLiteral("test-province"));
    }

    void aFileCanReplaceRulesAndWeekend()
    {
        WorkCalendar c = m_calendar;
        QVERIFY(c.mergeFile(fixture(QStringLiteral("rules-override.json"))).ok());
        QVERIFY(c.isWorkingDay(QDate(2026, 11, 24))); // culture-day disabled
        QVERIFY(c.isWorkingDay(QDate(2026, 3, 14)));  // Saturday: only Sunday is a rest day now
        QVERIFY(c.isWorkingDay(QDate(2026, 3, 15)));  // a Sunday worked by notice
        QVERIFY(c.isWorkingDay(QDate(2026, 1, 1)));   // cancelled by the notice
        QVERIFY(off(c, 2026, 9, 25));                 // 15/8 âm lịch 2026 = 25/09/2026
        QCOMPARE(c.specialDay(QDate(2026, 9, 25))->ruleId, QStringLiteral("test-day"));
    }

    void badFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << fixture(QStringLiteral("no-such-file.json")) << "calendar.missing_file"
                                 << "not found";
        QTest::newRow("syntax") << fixture(QStringLiteral("bad-syntax.json")) << "calendar.bad_json"
                                << "not valid JSON";
        QTest::newRow("month") << fixture(QStringLiteral("bad-month.json")) << "calendar.bad_data"
                               << "holidays[0].month";
        QTest::newRow("foreign") << fixture(QStringLiteral("not-a-calendar.json")) << "calendar.bad_data"
                                 << "format";
    }
    void badFilesAreRefusedWithAReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        WorkCalendar c = m_calendar;
        const Status merged = c.mergeFile(file);
        QVERIFY(!merged.ok());
        QCOMPARE(merged.error().code, code);
        QVERIFY2(merged.error().message.contains(mentions), qPrintable(merged.error().message));
        QCOMPARE(c.layers(), m_calendar.layers()); // nothing merged
    }

    void officeHoursAreValidated()
    {
        QVERIFY(!OfficeHours::fromIntervals({}).ok());
        QVERIFY(!OfficeHours::fromIntervals({{13 * 3600, 12 * 3600}}).ok());
        QVERIFY(!OfficeHours::fromIntervals({{8 * 3600, 12 * 3600}, {11 * 3600, 17 * 3600}}).ok());
        QVERIFY(!OfficeHours::parseTime(QStringLiteral("7:30")).has_value());
        QVERIFY(!OfficeHours::parseTime(QStringLiteral("25:00")).has_value());
        QCOMPARE(OfficeHours::parseTime(QStringLiteral("24:00")).value(), 24 * 3600);
        QCOMPARE(OfficeHours().toJson().toArray().size(), 2);
    }

    void safeToShareBetweenThreads()
    {
        const WorkCalendar shared = m_calendar;
        std::vector<std::thread> threads;
        std::atomic<int> errors{0};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&shared, &errors, t] {
                for (int y = 2030 + t * 5; y < 2035 + t * 5; ++y)
                    for (QDate d(y, 1, 1); d.year() == y; d = d.addDays(7))
                        if (shared.isWorkingDay(d) == shared.isWeeklyRestDay(d) && !shared.specialDay(d))
                            ++errors;
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(errors.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_WorkCalendar.moc"
