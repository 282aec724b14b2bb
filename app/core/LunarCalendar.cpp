#include "LunarCalendar.h"

#include <cmath>
#include <optional>

namespace motcua {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180.0;
constexpr double kSynodicMonth = 29.530588853;
// Julian date of new moon number 0, the one of 1900-01-01 (Meeus's lunation count origin).
constexpr double kFirstNewMoon = 2415021.076998695;

// Julian date (UT) of the k-th new moon after 1900-01-01, Meeus "Astronomical Algorithms" ch. 49
// in its older, shorter form: mean lunation plus the largest periodic terms, with an approximate ΔT.
double newMoonJulianDate(qint64 k)
{
    const double t = static_cast<double>(k) / 1236.85; // Julian centuries from 1900-01-00.5
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double kd = static_cast<double>(k);
    double mean = 2415020.75933 + 29.53058868 * kd + 0.0001178 * t2 - 0.000000155 * t3;
    mean += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kDegree);
    const double sunAnomaly = (359.2242 + 29.10535608 * kd - 0.0000333 * t2 - 0.00000347 * t3) * kDegree;
    const double moonAnomaly = (306.0253 + 385.81691806 * kd + 0.0107306 * t2 + 0.00001236 * t3) * kDegree;
    const double latitude = (21.2964 + 390.67050646 * kd - 0.0016528 * t2 - 0.00000239 * t3) * kDegree;

    double correction = (0.1734 - 0.000393 * t) * std::sin(sunAnomaly) + 0.0021 * std::sin(2 * sunAnomaly);
    correction += -0.4068 * std::sin(moonAnomaly) + 0.0161 * std::sin(2 * moonAnomaly);
    correction += -0.0004 * std::sin(3 * moonAnomaly);
    correction += 0.0104 * std::sin(2 * latitude) - 0.0051 * std::sin(sunAnomaly + moonAnomaly);
    correction += -0.0074 * std::sin(sunAnomaly - moonAnomaly) + 0.0004 * std::sin(2 * latitude + sunAnomaly);
    correction += -0.0004 * std::sin(2 * latitude - sunAnomaly) - 0.0006 * std::sin(2 * latitude + moonAnomaly);
    correction += 0.0010 * std::sin(2 * latitude - moonAnomaly) + 0.0005 * std::sin(2 * moonAnomaly + sunAnomaly);

    // ΔT (TT − UT) in days: polynomial fits, one before ~800 AD and one after.
    const double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                                  : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return mean + correction - deltaT;
}

// Apparent ecliptic longitude of the sun in radians, in [0, 2π), at Julian date `jd` (Meeus ch. 25,
// low accuracy: mean longitude plus the equation of centre).
double sunLongitude(double jd)
{
    const double t = (jd - 2451545.0) / 36525.0; // Julian centuries from J2000.0
    const double t2 = t * t;
    const double anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * kDegree;
    const double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(anomaly);
    centre += (0.019993 - 0.000101 * t) * std::sin(2 * anomaly) + 0.000290 * std::sin(3 * anomaly);
    double longitude = (meanLongitude + centre) * kDegree;
    longitude -= 2 * kPi * std::floor(longitude / (2 * kPi));
    return longitude;
}

// Local day number (Julian day number of the civil day at `tz`) on which new moon k falls.
qint64 newMoonDay(qint64 k, double tz)
{
    return static_cast<qint64>(std::floor(newMoonJulianDate(k) + 0.5 + tz / 24.0));
}

// Which 30° sector of the ecliptic (0..11, sector 9 starts at the December solstice) the sun is in at
// the local midnight that starts day `dayNumber`. A month whose start and end fall in the same sector
// contains no major solar term.
int sunSector(qint64 dayNumber, double tz)
{
    const double midnight = static_cast<double>(dayNumber) - 0.5 - tz / 24.0;
    return static_cast<int>(std::floor(sunLongitude(midnight) / kPi * 6.0));
}

// Lunation number of the start of lunar month 11 of Gregorian year `year`: the month that contains
// the December solstice.
qint64 month11Lunation(int year, double tz)
{
    const qint64 lastDay = QDate(year, 12, 31).toJulianDay();
    const auto k = static_cast<qint64>(std::floor((static_cast<double>(lastDay) - 2415021.0) / kSynodicMonth));
    // New moon k is the last one before 31/12; if the sun has already passed the solstice on its
    // day, the month holding the solstice began one lunation earlier.
    return sunSector(newMoonDay(k, tz), tz) >= 9 ? k - 1 : k;
}

// The months from one month 11 to the next (a "suì"): 12 or 13 lunations.
struct Span
{
    qint64 first = 0;         // lunation starting lunar month 11
    int count = 12;           // lunations until the next month 11
    int leapOffset = 0;       // offset of the leap month from `first`; 0 when there is none
    int lunarYearOfFirst = 0; // lunar year to which month 11 at offset 0 belongs
};

Span spanStartingIn(int gregorianYear, double tz)
{
    Span span;
    span.first = month11Lunation(gregorianYear, tz);
    span.count = static_cast<int>(month11Lunation(gregorianYear + 1, tz) - span.first);
    span.lunarYearOfFirst = gregorianYear;
    if (span.count == 13) {
        // The leap month is the first one after month 11 that contains no major solar term.
        int previous = sunSector(newMoonDay(span.first + 1, tz), tz);
        for (int i = 1; i < 13; ++i) {
            const int next = sunSector(newMoonDay(span.first + i + 1, tz), tz);
            if (next == previous) {
                span.leapOffset = i;
                break;
            }
            previous = next;
        }
    }
    return span;
}

// Month number (1..12) at `offset` in a span, and whether it is the leap month.
LunarDate monthAt(const Span& span, int offset)
{
    LunarDate d;
    const bool afterLeap = span.leapOffset > 0 && offset >= span.leapOffset;
    d.leap = span.leapOffset > 0 && offset == span.leapOffset;
    const int ordinal = offset - (afterLeap ? 1 : 0); // 0 = month 11, 1 = month 12, 2 = month 1, …
    d.month = (10 + ordinal) % 12 + 1;
    d.year = (d.month >= 11 && offset < 4) ? span.lunarYearOfFirst : span.lunarYearOfFirst + 1;
    return d;
}

bool yearInRange(int year)
{
    return year >= LunarCalendar::kMinYear && year <= LunarCalendar::kMaxYear;
}

// Lunation that starts the given lunar month (negative before 1900), or nothing when it does not exist.
std::optional<qint64> lunationOf(int year, int month, bool leap, double tz)
{
    if (!yearInRange(year) || month < 1 || month > 12)
        return std::nullopt;
    // Months 1..10 lie in the span that starts in the previous Gregorian year; 11 and 12 in the next.
    const Span span = spanStartingIn(month >= 11 ? year : year - 1, tz);
    int offset = (month + 12 - 11) % 12;
    if (span.leapOffset > 0) {
        const int leapMonthNumber = monthAt(span, span.leapOffset).month;
        if (leap && month != leapMonthNumber)
            return std::nullopt;
        if (leap || offset >= span.leapOffset)
            ++offset;
    } else if (leap) {
        return std::nullopt;
    }
    return span.first + offset;
}

} // namespace

QString LunarDate::toString() const
{
    return QStringLiteral("%1/%2%3/%4").arg(day).arg(month).arg(leap ? QStringLiteral("n") : QString()).arg(year);
}

LunarDate LunarCalendar::fromSolar(QDate date, double utcOffsetHours)
{
    if (!date.isValid() || !yearInRange(date.year()))
        return {};
    const double tz = utcOffsetHours;
    const qint64 day = date.toJulianDay();

    // The lunation in which `day` falls.
    qint64 k = static_cast<qint64>(std::floor((static_cast<double>(day) - kFirstNewMoon) / kSynodicMonth));
    while (newMoonDay(k + 1, tz) <= day)
        ++k;
    while (newMoonDay(k, tz) > day)
        --k;

    Span span = spanStartingIn(date.year(), tz);
    if (k < span.first)
        span = spanStartingIn(date.year() - 1, tz);
    LunarDate result = monthAt(span, static_cast<int>(k - span.first));
    result.day = static_cast<int>(day - newMoonDay(k, tz)) + 1;
    // Early January 1800 still belongs to lunar 1799, outside the supported range.
    return yearInRange(result.year) ? result : LunarDate{};
}

QDate LunarCalendar::toSolar(const LunarDate& date, double utcOffsetHours)
{
    const auto k = lunationOf(date.year, date.month, date.leap, utcOffsetHours);
    if (!k || date.day < 1)
        return {};
    const qint64 start = newMoonDay(*k, utcOffsetHours);
    if (date.day > newMoonDay(*k + 1, utcOffsetHours) - start)
        return {};
    return QDate::fromJulianDay(start + date.day - 1);
}

int LunarCalendar::leapMonth(int year, double utcOffsetHours)
{
    if (!yearInRange(year))
        return 0;
    // Months 1..10 of `year` come from the span starting in year − 1, months 11..12 from the next one.
    for (int startYear : {year - 1, year}) {
        const Span span = spanStartingIn(startYear, utcOffsetHours);
        if (span.leapOffset == 0)
            continue;
        const LunarDate m = monthAt(span, span.leapOffset);
        if (m.year == year)
            return m.month;
    }
    return 0;
}

int LunarCalendar::monthLength(int year, int month, bool leap, double utcOffsetHours)
{
    const auto k = lunationOf(year, month, leap, utcOffsetHours);
    if (!k)
        return 0;
    return static_cast<int>(newMoonDay(*k + 1, utcOffsetHours) - newMoonDay(*k, utcOffsetHours));
}

QDate LunarCalendar::newYear(int year, double utcOffsetHours)
{
    return toSolar(LunarDate{year, 1, 1, false}, utcOffsetHours);
}

} // namespace motcua
