#pragma once

#include <QDate>
#include <QString>

namespace motcua {

// A date of the Vietnamese lunisolar calendar (âm lịch). `year` is the Gregorian year in which the
// lunar year's first month starts, so Tết Bính Ngọ (17/02/2026) is {2026, 1, 1, false}.
struct LunarDate
{
    int year = 0;
    int month = 0; // 1..12; a leap month repeats the number of the month before it
    int day = 0;   // 1..30
    bool leap = false;

    bool isValid() const { return month >= 1 && month <= 12 && day >= 1 && day <= 30; }
    bool operator==(const LunarDate&) const = default;
    QString toString() const; // "10/3/2026" or "15/6n/2025" for a leap month
};

// Converts between the Gregorian and the Vietnamese lunar calendar.
//
// The months are computed astronomically, not read from a table: a month starts on the local day of
// a new moon; month 11 is the one that contains the December solstice; a year with 13 months between
// two month-11s takes as leap month the first month that contains no major solar term (trung khí).
// The new moon and the sun's longitude follow Meeus's low-precision series, as in Hồ Ngọc Đức's
// widely used Vietnamese calendar. What makes it Vietnamese is the time zone: days are cut at
// UTC+7 (meridian 105°E, the official Vietnamese calendar since 1968), which moves some new moons to
// another day than the Chinese calendar at UTC+8 — Tết 1985 is 21/01 in Vietnam and 20/02 in China.
class LunarCalendar
{
public:
    static constexpr double kVietnamUtcOffsetHours = 7.0;

    // Valid for Gregorian years 1800..2199; outside, an invalid LunarDate.
    static LunarDate fromSolar(QDate date, double utcOffsetHours = kVietnamUtcOffsetHours);
    // Invalid QDate when the lunar date does not exist (no such leap month, day 30 of a 29-day month).
    static QDate toSolar(const LunarDate& date, double utcOffsetHours = kVietnamUtcOffsetHours);

    // The month number that is doubled in lunar year `year`, or 0 when the year has no leap month.
    static int leapMonth(int year, double utcOffsetHours = kVietnamUtcOffsetHours);
    // 29 or 30; 0 when the month does not exist.
    static int monthLength(int year, int month, bool leap, double utcOffsetHours = kVietnamUtcOffsetHours);
    // Mùng 1 tháng Giêng of lunar year `year` (Tết Nguyên đán).
    static QDate newYear(int year, double utcOffsetHours = kVietnamUtcOffsetHours);

    static constexpr int kMinYear = 1800;
    static constexpr int kMaxYear = 2199;
};

} // namespace motcua
