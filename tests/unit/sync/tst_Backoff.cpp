#include "Backoff.h"

#include <QTest>

using motcua::sync::Backoff;

class tst_Backoff : public QObject
{
    Q_OBJECT
private slots:
    void growsThenCaps()
    {
        qint64 previous = 0;
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const qint64 full = Backoff::delayMs(attempt, false, 1.0);
            QVERIFY2(full >= previous, "the delay never shrinks as attempts grow");
            previous = full;
        }
        QCOMPARE(Backoff::delayMs(1, false, 1.0), Backoff::kBaseMs);
        QCOMPARE(Backoff::delayMs(2, false, 1.0), 2 * Backoff::kBaseMs);
        QCOMPARE(Backoff::delayMs(40, false, 1.0), Backoff::kTransientCapMs);
        QCOMPARE(Backoff::delayMs(1000000, true, 1.0), Backoff::kPermanentCapMs);
    }
    void jitterStaysInTheUpperHalf()
    {
        for (int attempt = 1; attempt < 30; ++attempt) {
            const qint64 full = Backoff::delayMs(attempt, false, 1.0);
            const qint64 low = Backoff::delayMs(attempt, false, 0.0);
            QCOMPARE(low, full / 2);
            for (int i = 0; i < 20; ++i) {
                const qint64 random = Backoff::delayMs(attempt, false);
                QVERIFY(random >= low && random <= full);
            }
        }
    }
    void neverGivesUpNorReturnsZero()
    {
        // "Never gives up" means every attempt count, however large or bogus, yields a finite positive wait.
        for (int attempt : {0, -5, 1, 31, 64, 100000, std::numeric_limits<int>::max()}) {
            const qint64 d = Backoff::delayMs(attempt, false, 0.0);
            QVERIFY2(d > 0 && d <= Backoff::kTransientCapMs, qPrintable(QString::number(attempt)));
        }
    }
    void retryAfterIsAFloor()
    {
        QCOMPARE(Backoff::delayMs(1, false, 0.0, 30000), qint64(30000));
        QCOMPARE(Backoff::delayMs(10, false, 1.0, 500), Backoff::delayMs(10, false, 1.0));
    }
};

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_Backoff.moc"
