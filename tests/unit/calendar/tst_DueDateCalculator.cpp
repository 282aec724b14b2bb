#include "Catalogue.h"
#include "DueDateCalculator.h"
#include "TestSupport.h"

#include <QTest>
#include <cmath>
#include <limits>

namespace motcua {
int resourcesAnchor();
}

using namespace motcua;
using motcua::test::vnTime;

Q_DECLARE_METATYPE(DurationUnit)

namespace {

QString fixture(const QString& name)
{
    return test::sourcePath(QStringLiteral("tests/unit/calendar/fixtures/") + name);
}

} // namespace

class TestDueDateCalculator : public QObject
{
    Q_OBJECT

    WorkCalendar m_calendar;

    DueDate due(const QDateTime& received, double duration, DurationUnit unit, bool after15 = false,
                const WorkCalendar* calendar = nullptr)
    {
        const auto result =
            DueDateCalculator(calendar ? *calendar : m_calendar).compute(received, duration, unit, after15);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().message));
        return result.ok() ? result.value() : DueDate{};
    }

private slots:
    void initTestCase()
    {
        resourcesAnchor();
        auto calendar = WorkCalendar::builtIn();
        QVERIFY2(calendar.ok(), qPrintable(calendar.error().message));
        m_calendar = calendar.value();
    }

    // The table of cases from docs/CALENDAR.md, on the built-in calendar.
    void computesTheDueMinute_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<double>("duration");
        QTest::addColumn<DurationUnit>("unit");
        QTest::addColumn<bool>("after15");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<QString>("start");
        const auto wd = DurationUnit::WorkingDays;
        const auto wh = DurationUnit::WorkingHours;
        const auto days = DurationUnit::CalendarDays;
        const auto same = DurationUnit::SameDay;

        // "N working days" keeps the hour of reception: Tue 09:10 + 3 → Fri 09:10.
        QTest::newRow("3 working days keep the hour")
            << vnTime(2026, 3, 10, 9, 10) << 3.0 << wd << false << vnTime(2026, 3, 13, 9, 10) << "at-reception";
        QTest::newRow("1 working day over the weekend")
            << vnTime(2026, 3, 13, 10, 0) << 1.0 << wd << false << vnTime(2026, 3, 16, 10, 0) << "at-reception";
        QTest::newRow("over Tết 2026") << vnTime(2026, 2, 13, 9, 10) << 3.0 << wd << false << vnTime(2026, 2, 25, 9, 10)
                                       << "at-reception";
        QTest::newRow("over Giỗ Tổ's make-up Monday")
            << vnTime(2026, 4, 24, 10, 0) << 1.0 << wd << false << vnTime(2026, 4, 28, 10, 0) << "at-reception";
        QTest::newRow("over 30/4 and 1/5")
            << vnTime(2026, 4, 29, 14, 0) << 2.0 << wd << false << vnTime(2026, 5, 5, 14, 0) << "at-reception";
        QTest::newRow("received on 1/9, 2/9 off too")
            << vnTime(2026, 9, 1, 9, 0) << 1.0 << wd << false << vnTime(2026, 9, 3, 17, 0) << "non-working-day";
        QTest::newRow("over 24/11/2026") << vnTime(2026, 11, 23, 9, 0) << 1.0 << wd << false
                                         << vnTime(2026, 11, 25, 9, 0) << "at-reception";
        QTest::newRow("24/11/2025 is a working day")
            << vnTime(2025, 11, 21, 9, 0) << 1.0 << wd << false << vnTime(2025, 11, 24, 9, 0) << "at-reception";

        // The 15:00 rule: after 15:00, counting starts at the opening of the next working day.
        QTest::newRow("after 15:00 with the rule")
            << vnTime(2026, 3, 10, 15, 20) << 3.0 << wd << true << vnTime(2026, 3, 13, 17, 0) << "after-cutoff";
        QTest::newRow("after 15:00 without the rule")
            << vnTime(2026, 3, 10, 15, 20) << 3.0 << wd << false << vnTime(2026, 3, 13, 15, 20) << "at-reception";
        QTest::newRow("15:00 itself is not after 15:00")
            << vnTime(2026, 3, 10, 15, 0) << 1.0 << wd << true << vnTime(2026, 3, 11, 15, 0) << "at-reception";
        QTest::newRow("15:01 is") << vnTime(2026, 3, 10, 15, 1) << 1.0 << wd << true << vnTime(2026, 3, 11, 17, 0)
                                  << "after-cutoff";
        QTest::newRow("Friday after 15:00 before Tết")
            << vnTime(2026, 2, 13, 15, 20) << 0.0 << same << true << vnTime(2026, 2, 23, 17, 0) << "after-cutoff";

        // Same day: by the close of the day counting starts on.
        QTest::newRow("same day") << vnTime(2026, 3, 10, 10, 0) << 0.0 << same << true << vnTime(2026, 3, 10, 17, 0)
                                  << "at-reception";
        QTest::newRow("same day, 16:30, no 15:00 rule")
            << vnTime(2026, 3, 10, 16, 30) << 0.0 << same << false << vnTime(2026, 3, 10, 17, 0) << "at-reception";
        QTest::newRow("same day after closing") << vnTime(2026, 3, 10, 17, 30) << 0.0 << same << false
                                                << vnTime(2026, 3, 11, 17, 0) << "outside-office-hours";

        // Reception outside office hours (online, or early) starts at the next office-hours moment.
        QTest::newRow("before opening: one full day")
            << vnTime(2026, 3, 10, 6, 45) << 1.0 << wd << false << vnTime(2026, 3, 10, 17, 0) << "outside-office-hours";
        QTest::newRow("in the lunch break") << vnTime(2026, 3, 10, 12, 0) << 1.0 << wd << false
                                            << vnTime(2026, 3, 11, 11, 30) << "outside-office-hours";
        QTest::newRow("in the evening") << vnTime(2026, 3, 10, 18, 0) << 1.0 << wd << false
                                        << vnTime(2026, 3, 11, 17, 0) << "outside-office-hours";
        QTest::newRow("on Saturday (online)")
            << vnTime(2026, 3, 14, 10, 0) << 1.0 << wd << false << vnTime(2026, 3, 16, 17, 0) << "non-working-day";
        QTest::newRow("on a holiday") << vnTime(2026, 4, 30, 9, 0) << 2.0 << wd << false << vnTime(2026, 5, 5, 17, 0)
                                      << "non-working-day";

        // Working hours skip the lunch break and the night.
        QTest::newRow("2 hours across lunch")
            << vnTime(2026, 3, 10, 10, 30) << 2.0 << wh << false << vnTime(2026, 3, 10, 14, 30) << "at-reception";
        QTest::newRow("8 hours across the night")
            << vnTime(2026, 3, 10, 16, 0) << 8.0 << wh << false << vnTime(2026, 3, 11, 16, 30) << "at-reception";
        QTest::newRow("ends at closing, not next opening")
            << vnTime(2026, 3, 10, 13, 30) << 3.5 << wh << false << vnTime(2026, 3, 10, 17, 0) << "at-reception";
        QTest::newRow("8 working hours over a weekend")
            << vnTime(2026, 3, 13, 14, 0) << 8.0 << wh << false << vnTime(2026, 3, 16, 14, 30) << "at-reception";

        // Fractional working days are that share of a 7.5-hour day.
        QTest::newRow("half a day from opening")
            << vnTime(2026, 3, 10, 7, 30) << 0.5 << wd << false << vnTime(2026, 3, 10, 11, 15) << "at-reception";
        QTest::newRow("half a day across lunch")
            << vnTime(2026, 3, 10, 10, 0) << 0.5 << wd << false << vnTime(2026, 3, 10, 15, 45) << "at-reception";
        QTest::newRow("2.5 days") << vnTime(2026, 3, 10, 9, 0) << 2.5 << wd << false << vnTime(2026, 3, 12, 14, 45)
                                  << "at-reception";

        // Calendar days (BLDS Điều 147–148): the first day is not counted; a last day that is a weekend
        // day or holiday moves to the next working day.
        QTest::newRow("5 days ending on Sunday")
            << vnTime(2026, 3, 10, 10, 0) << 5.0 << days << false << vnTime(2026, 3, 16, 17, 0) << "at-reception";
        QTest::newRow("5 days ending on Giỗ Tổ")
            << vnTime(2026, 4, 21, 10, 0) << 5.0 << days << false << vnTime(2026, 4, 28, 17, 0) << "at-reception";
        QTest::newRow("10 days ending in Tết")
            << vnTime(2026, 2, 6, 10, 0) << 10.0 << days << false << vnTime(2026, 2, 23, 17, 0) << "at-reception";
        QTest::newRow("2 days, Friday after 15:00, rule")
            << vnTime(2026, 3, 13, 15, 30) << 2.0 << days << true << vnTime(2026, 3, 17, 17, 0) << "after-cutoff";
        QTest::newRow("2 days, Friday after 15:00, no rule")
            << vnTime(2026, 3, 13, 15, 30) << 2.0 << days << false << vnTime(2026, 3, 16, 17, 0) << "at-reception";
        QTest::newRow("10 days ending on a weekday")
            << vnTime(2026, 3, 2, 9, 0) << 10.0 << days << false << vnTime(2026, 3, 12, 17, 0) << "at-reception";
    }
    void computesTheDueMinute()
    {
        QFETCH(QDateTime, received);
        QFETCH(double, duration);
        QFETCH(DurationUnit, unit);
        QFETCH(bool, after15);
        QFETCH(QDateTime, expected);
        QFETCH(QString, start);
        const DueDate result = due(received, duration, unit, after15);
        QCOMPARE(result.due, expected);
        QCOMPARE(countingStartKey(result.startRule), start);
        QCOMPARE(result.due.timeZone(), DueDateCalculator::zone());
    }

    void countingStartIsReported()
    {
        const DueDate a = due(vnTime(2026, 3, 10, 15, 20), 1, DurationUnit::WorkingDays, true);
        QCOMPARE(a.countingStart, vnTime(2026, 3, 11, 7, 30));
        const DueDate b = due(vnTime(2026, 3, 10, 12, 10), 1, DurationUnit::WorkingDays);
        QCOMPARE(b.countingStart, vnTime(2026, 3, 10, 13, 30));
        const DueDate c = due(vnTime(2026, 3, 10, 10, 0), 5, DurationUnit::CalendarDays);
        QCOMPARE(c.countingStart, vnTime(2026, 3, 11, 0, 0));
        QCOMPARE(c.received, vnTime(2026, 3, 10, 10, 0));
    }

    void receptionInAnotherZoneIsConverted()
    {
        // 02:10 UTC = 09:10 in Hà Nội.
        const QDateTime utc(QDate(2026, 3, 10), QTime(2, 10), QTimeZone::utc());
        const DueDate result = due(utc, 3, DurationUnit::WorkingDays);
        QCOMPARE(result.due, vnTime(2026, 3, 13, 9, 10));
        QCOMPARE(result.due.offsetFromUtc(), 7 * 3600);
        QCOMPARE(result.received.time(), QTime(9, 10));
    }

    void secondsAreDroppedNotRoundedUp()
    {
        const QDateTime received(QDate(2026, 3, 10), QTime(9, 10, 45), DueDateCalculator::zone());
        QCOMPARE(due(received, 1, DurationUnit::WorkingDays).due, vnTime(2026, 3, 11, 9, 10));
        // 0.25 of 7.5 h = 1 h 52 min 30 s.
        QCOMPARE(due(vnTime(2026, 3, 10, 7, 30), 0.25, DurationUnit::WorkingDays).due, vnTime(2026, 3, 10, 9, 22));
    }

    void policyIsCalendarData()
    {
        WorkCalendar c = m_calendar;
        QVERIFY(c.mergeFile(fixture(QStringLiteral("policy-end-of-day.json"))).ok());
        QCOMPARE(due(vnTime(2026, 3, 10, 9, 10), 3, DurationUnit::WorkingDays, false, &c).due,
                 vnTime(2026, 3, 13, 17, 0));
        QCOMPARE(due(vnTime(2026, 3, 10, 10, 0), 5, DurationUnit::CalendarDays, false, &c).due,
                 vnTime(2026, 3, 16, 23, 59));
        // The cut-off moved to 16:00.
        QCOMPARE(countingStartKey(due(vnTime(2026, 3, 10, 15, 30), 1, DurationUnit::WorkingDays, true, &c).startRule),
                 QStringLiteral("at-reception"));
        QCOMPARE(countingStartKey(due(vnTime(2026, 3, 10, 16, 30), 1, DurationUnit::WorkingDays, true, &c).startRule),
                 QStringLiteral("after-cutoff"));
    }

    void provinceOfficeHours()
    {
        WorkCalendar c = m_calendar;
        QVERIFY(c.mergeFile(fixture(QStringLiteral("province-office-hours.json"))).ok());
        // 08:00–12:00 / 13:00–17:00: half a day is 4 h; Wednesday 11/03 is a day off in the fixture.
        QCOMPARE(due(vnTime(2026, 3, 10, 9, 0), 0.5, DurationUnit::WorkingDays, false, &c).due,
                 vnTime(2026, 3, 10, 14, 0));
        QCOMPARE(due(vnTime(2026, 3, 10, 9, 0), 1, DurationUnit::WorkingDays, false, &c).due,
                 vnTime(2026, 3, 12, 9, 0));
        QCOMPARE(due(vnTime(2026, 3, 10, 7, 40), 1, DurationUnit::WorkingHours, false, &c).due,
                 vnTime(2026, 3, 10, 9, 0));
    }

    void procedureFromTheCatalogue()
    {
        auto catalogue = Catalogue::loadBuiltIn();
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.error().message));
        const DueDateCalculator calculator(m_calendar);
        // Đăng ký thường trú: 07 working days, over the Giỗ Tổ make-up day and 30/4–1/5.
        auto result = calculator.compute(vnTime(2026, 4, 20, 9, 0), *catalogue->find(QStringLiteral("1.004222")));
        QVERIFY(result.ok());
        QCOMPARE(result->due, vnTime(2026, 5, 4, 9, 0));
        // Chứng thực bản sao: same day, after 15:00 → the next working day.
        result = calculator.compute(vnTime(2026, 3, 10, 15, 30), *catalogue->find(QStringLiteral("2.000815")));
        QCOMPARE(result->due, vnTime(2026, 3, 11, 17, 0));
        // Every catalogue entry yields a due date.
        for (const Procedure& p : catalogue->procedures())
            QVERIFY2(calculator.compute(vnTime(2026, 3, 10, 9, 0), p).ok(), qPrintable(p.code));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<double>("duration");
        QTest::addColumn<DurationUnit>("unit");
        QTest::newRow("zero days") << 0.0 << DurationUnit::WorkingDays;
        QTest::newRow("negative hours") << -2.0 << DurationUnit::WorkingHours;
        QTest::newRow("not a number") << std::nan("") << DurationUnit::WorkingDays;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << DurationUnit::WorkingHours;
        QTest::newRow("half a calendar day") << 1.5 << DurationUnit::CalendarDays;
        QTest::newRow("ten thousand days") << 10000.0 << DurationUnit::CalendarDays;
    }
    void badInputIsRefused()
    {
        QFETCH(double, duration);
        QFETCH(DurationUnit, unit);
        const auto result = DueDateCalculator(m_calendar).compute(vnTime(2026, 3, 10, 9, 0), duration, unit, false);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("due.bad_duration"));
    }

    void invalidReceptionIsRefused()
    {
        const auto result = DueDateCalculator(m_calendar).compute(QDateTime(), 1, DurationUnit::WorkingDays, false);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("due.bad_received"));
    }

    void aCalendarWithoutWorkingDaysFailsInsteadOfLooping()
    {
        CalendarLayer layer;
        layer.id = QStringLiteral("no-work");
        layer.weekend = QList<int>{1, 2, 3, 4, 5, 6, 7};
        WorkCalendar c;
        c.merge(layer);
        const auto result =
            DueDateCalculator(c).compute(vnTime(2026, 3, 10, 9, 0), 1, DurationUnit::WorkingDays, false);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("due.no_working_day"));
    }
};

QTEST_GUILESS_MAIN(TestDueDateCalculator)
#include "tst_DueDateCalculator.moc"
