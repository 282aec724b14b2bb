#include "LunarCalendar.h"

#include <QTest>

using namespace motcua;

Q_DECLARE_METATYPE(LunarDate)

class TestLunarCalendar : public QObject
{
    Q_OBJECT
private slots:
    void tetFallsOnTheVietnameseDate_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("tet");
        QTest::newRow("Giáp Thìn 2024") << 2024 << QDate(2024, 2, 10);
        QTest::newRow("Ất Tỵ 2025") << 2025 << QDate(2025, 1, 29);
        QTest::newRow("Bính Ngọ 2026 (TB 9441/TB-BNV)") << 2026 << QDate(2026, 2, 17);
        QTest::newRow("Đinh Mùi 2027") << 2027 << QDate(2027, 2, 6);
        QTest::newRow("Ất Sửu 1985 (China: 20/02)") << 1985 << QDate(1985, 1, 21);
        QTest::newRow("Đinh Hợi 2007 (China: 18/02)") << 2007 << QDate(2007, 2, 17);
        // The new moon of February 2030 is at 16:07 UT: 23:07 in Hà Nội, 00:07 the next day in Beijing,
        // so Tết Canh Tuất is 02/02/2030 at UTC+7 and 03/02/2030 at UTC+8.
        QTest::newRow("Canh Tuất 2030 (China: 03/02)") << 2030 << QDate(2030, 2, 2);
    }
    void tetFallsOnTheVietnameseDate()
    {
        QFETCH(int, year);
        QFETCH(QDate, tet);
        QCOMPARE(LunarCalendar::newYear(year), tet);
        QCOMPARE(LunarCalendar::fromSolar(tet), (LunarDate{year, 1, 1, false}));
        // The day before is the last day of the previous lunar year, in month 12.
        const LunarDate eve = LunarCalendar::fromSolar(tet.addDays(-1));
        QCOMPARE(eve.year, year - 1);
        QCOMPARE(eve.month, 12);
        QCOMPARE(eve.day, LunarCalendar::monthLength(year - 1, 12, false));
    }

    void theChineseCalendarDiffersAtUtcPlus8()
    {
        QCOMPARE(LunarCalendar::newYear(1985, 8.0), QDate(1985, 2, 20));
        QCOMPARE(LunarCalendar::newYear(2007, 8.0), QDate(2007, 2, 18));
        QCOMPARE(LunarCalendar::newYear(2030, 8.0), QDate(2030, 2, 3));
        QCOMPARE(LunarCalendar::newYear(2026, 8.0), QDate(2026, 2, 17)); // most years agree
    }

    void officialNoticeDatesMatch_data()
    {
        QTest::addColumn<QDate>("solar");
        QTest::addColumn<LunarDate>("lunar");
        // Thông báo 6150/TB-BLĐTBXH (Tết 2025) and 9441/TB-BNV (Tết 2026) give both calendars.
        QTest::newRow("25/01/2025 = 26 tháng Chạp") << QDate(2025, 1, 25) << LunarDate{2024, 12, 26, false};
        QTest::newRow("02/02/2025 = mùng 5") << QDate(2025, 2, 2) << LunarDate{2025, 1, 5, false};
        QTest::newRow("14/02/2026 = 27 tháng Chạp") << QDate(2026, 2, 14) << LunarDate{2025, 12, 27, false};
        QTest::newRow("16/02/2026 = 29 tháng Chạp") << QDate(2026, 2, 16) << LunarDate{2025, 12, 29, false};
        QTest::newRow("20/02/2026 = mùng 4") << QDate(2026, 2, 20) << LunarDate{2026, 1, 4, false};
        QTest::newRow("22/02/2026 = mùng 6") << QDate(2026, 2, 22) << LunarDate{2026, 1, 6, false};
    }
    void officialNoticeDatesMatch()
    {
        QFETCH(QDate, solar);
        QFETCH(LunarDate, lunar);
        QCOMPARE(LunarCalendar::fromSolar(solar), lunar);
        QCOMPARE(LunarCalendar::toSolar(lunar), solar);
    }

    void hungKingsDay()
    {
        QCOMPARE(LunarCalendar::toSolar({2026, 3, 10, false}), QDate(2026, 4, 26)); // a Sunday
        QCOMPARE(LunarCalendar::toSolar({2025, 3, 10, false}), QDate(2025, 4, 7));
        QCOMPARE(LunarCalendar::toSolar({2024, 3, 10, false}), QDate(2024, 4, 18));
    }

    void leapMonths()
    {
        QCOMPARE(LunarCalendar::leapMonth(2020), 4);
        QCOMPARE(LunarCalendar::leapMonth(2023), 2);
        QCOMPARE(LunarCalendar::leapMonth(2025), 6);
        QCOMPARE(LunarCalendar::leapMonth(2024), 0);
        QCOMPARE(LunarCalendar::leapMonth(2026), 0);
        QCOMPARE(LunarCalendar::toSolar({2020, 4, 1, true}), QDate(2020, 5, 23));
        QCOMPARE(LunarCalendar::toSolar({2023, 2, 1, true}), QDate(2023, 3, 22));
        QCOMPARE(LunarCalendar::toSolar({2025, 6, 1, true}), QDate(2025, 7, 25));
        QCOMPARE(LunarCalendar::fromSolar(QDate(2025, 7, 25)), (LunarDate{2025, 6, 1, true}));
        // Months after the leap month keep their numbers: Trung thu 2025 (15/8) is 06/10/2025.
        QCOMPARE(LunarCalendar::toSolar({2025, 8, 15, false}), QDate(2025, 10, 6));
        QCOMPARE(LunarCalendar::fromSolar(QDate(2025, 10, 6)).toString(), QStringLiteral("15/8/2025"));
        QCOMPARE(LunarCalendar::fromSolar(QDate(2025, 7, 25)).toString(), QStringLiteral("1/6n/2025"));
    }

    void nonexistentDatesAreInvalid()
    {
        QVERIFY(!LunarCalendar::toSolar({2026, 3, 1, true}).isValid()); // 2026 has no leap month
        QVERIFY(!LunarCalendar::toSolar({2025, 5, 1, true}).isValid()); // 2025 doubles month 6, not 5
        QCOMPARE(LunarCalendar::monthLength(2025, 12, false), 29);      // tháng Chạp Ất Tỵ has 29 days
        QVERIFY(!LunarCalendar::toSolar({2025, 12, 30, false}).isValid());
        QVERIFY(!LunarCalendar::toSolar({2026, 13, 1, false}).isValid());
        QVERIFY(!LunarCalendar::toSolar({2026, 1, 0, false}).isValid());
        QVERIFY(!LunarCalendar::toSolar({1700, 1, 1, false}).isValid());
        QVERIFY(!LunarCalendar::fromSolar(QDate(2300, 1, 1)).isValid());
        QVERIFY(!LunarCalendar::fromSolar(QDate()).isValid());
    }

    // Every day of two centuries converts to a lunar date and back to itself; months have 29 or 30
    // days and years 12 or 13 months, as a lunisolar calendar must.
    void roundTripsEveryDay()
    {
        int checked = 0;
        LunarDate previous;
        for (QDate d(1900, 2, 1); d.year() <= 2100; d = d.addDays(1), ++checked) {
            const LunarDate l = LunarCalendar::fromSolar(d);
            QVERIFY2(l.isValid(), qPrintable(d.toString(Qt::ISODate)));
            QCOMPARE(LunarCalendar::toSolar(l), d);
            if (previous.isValid() && l.day != previous.day + 1) {
                // A new month starts: the previous one had 29 or 30 days.
                QCOMPARE(l.day, 1);
                QVERIFY2(previous.day == 29 || previous.day == 30, qPrintable(d.toString(Qt::ISODate)));
            }
            previous = l;
        }
        QCOMPARE(checked, static_cast<int>(QDate(1900, 2, 1).daysTo(QDate(2101, 1, 1))));
        int leapYears = 0;
        for (int y = 1901; y <= 2100; ++y)
            leapYears += LunarCalendar::leapMonth(y) > 0 ? 1 : 0;
        // 7 leap months every 19 years (Metonic cycle): about 73–74 in 200 years.
        QVERIFY2(leapYears >= 72 && leapYears <= 75, qPrintable(QString::number(leapYears)));
    }
};

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "tst_LunarCalendar.moc"
