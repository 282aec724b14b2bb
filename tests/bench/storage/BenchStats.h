#pragma once

#include <QList>
#include <QString>
#include <algorithm>
#include <cmath>

namespace motcua::bench {

// Percentiles (nearest rank) of a list of durations in microseconds.
struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;
    qsizetype n = 0;

    static Percentiles of(QList<double> us)
    {
        Percentiles p;
        p.n = us.size();
        if (us.isEmpty())
            return p;
        std::sort(us.begin(), us.end());
        const auto rank = [&](double q) {
            const auto i = static_cast<qsizetype>(std::ceil(q * double(us.size()))) - 1;
            return us[std::clamp<qsizetype>(i, 0, us.size() - 1)];
        };
        p.p50 = rank(0.50);
        p.p95 = rank(0.95);
        p.p99 = rank(0.99);
        p.max = us.last();
        double sum = 0;
        for (double v : us)
            sum += v;
        p.mean = sum / double(us.size());
        return p;
    }

    QString toMs() const
    {
        return QStringLiteral("n=%1  p50 %2 ms  p95 %3 ms  p99 %4 ms  max %5 ms  mean %6 ms")
            .arg(n)
            .arg(p50 / 1000.0, 0, 'f', 3)
            .arg(p95 / 1000.0, 0, 'f', 3)
            .arg(p99 / 1000.0, 0, 'f', 3)
            .arg(max / 1000.0, 0, 'f', 3)
            .arg(mean / 1000.0, 0, 'f', 3);
    }
};

} // namespace motcua::bench
