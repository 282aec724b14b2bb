#include "ClockSkew.h"

#include <QTest>

using motcua::sync::ClockSkew;

class tst_ClockSkew : public QObject
{
    Q_OBJECT
private slots:
    void middleOfTheRoundTrip()
    {
        ClockSkew skew;
        QVERIFY(!skew.known());
        const QDateTime sent(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
        const QDateTime received = sent.addMSecs(400);
        skew.observe(sent, received, sent.addSecs(3600).addMSecs(200));
        QVERIFY(skew.known());
        QCOMPARE(skew.skewMs(), qint64(3600 * 1000));
        QVERIFY(skew.isOff());
        QCOMPARE(skew.serverNow(sent), sent.addSecs(3600));
    }
    void smallSkewIsNotAWarning()
    {
        ClockSkew skew;
        const QDateTime sent(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
        skew.observe(sent, sent.addMSecs(100), sent.addSecs(-30));
        QCOMPARE(skew.skewMs(), qint64(-30050));
        QVERIFY(!skew.isOff());
    }
    void invalidAnswersChangeNothing()
    {
        ClockSkew skew;
        const QDateTime sent(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
        skew.observe(sent, sent.addMSecs(10), sent.addSecs(500));
        skew.observe(sent, sent.addMSecs(10), QDateTime());
        QCOMPARE(skew.skewMs(), qint64(499995));
    }
};

QTEST_GUILESS_MAIN(tst_ClockSkew)
#include "tst_ClockSkew.moc"
