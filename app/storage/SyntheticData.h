#pragma once

#include "Applicant.h"

#include <QDate>
#include <QString>
#include <random>

namespace motcua {

// A procedure of the seeder's small built-in list (synthetic data only: the real catalogue is a
// resource of the intake module and may change).
struct SyntheticProcedure
{
    const char* code;
    const char* name;
    int workingDays;
    qint64 feeVnd;
};

// Deterministic generator of realistic-looking Vietnamese test data: names with the real frequency of
// family names (Nguyễn ≈ 38%), middle and given names by sex, 12-digit personal numbers with a plausible
// province, century/sex digit and year of birth, and addresses in the 34 provinces after the 2025
// merger (no district level). None of it is a real person.
class SyntheticData
{
public:
    explicit SyntheticData(quint64 seed = 1) : m_random(seed) {}

    Applicant person(int minAge = 18, int maxAge = 80, const QDate& today = QDate(2026, 6, 30));
    QString fullName(bool female);
    QString personalId(const QDate& birth, bool female);
    QString address(QString* provinceCode = nullptr);
    QString phone();
    const SyntheticProcedure& procedure();

    int uniform(int low, int high); // inclusive
    double unit();                  // [0, 1)

private:
    std::mt19937_64 m_random;
};

} // namespace motcua
