#include "EventFingerprint.h"
#include "ProtocolTime.h"

#include <QJsonArray>
#include <QTest>

using namespace motcua::sync;

class tst_SyncProtocol : public QObject
{
    Q_OBJECT
private slots:
    void fingerprintIgnoresKeyAndMemberOrder()
    {
        QJsonObject a{{QStringLiteral("idempotencyKey"), QStringLiteral("k1")},
                      {QStringLiteral("sequence"), 1},
                      {QStringLiteral("payload"), QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}}}};
        QJsonObject b;
        b.insert(QStringLiteral("payload"), QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}});
        b.insert(QStringLiteral("sequence"), 1);
        b.insert(QStringLiteral("idempotencyKey"), QStringLiteral("another key"));
        QCOMPARE(EventFingerprint::of(a), EventFingerprint::of(b));
        QCOMPARE(EventFingerprint::of(a).size(), 64);
    }
    void fingerprintSeesPayloadChanges()
    {
        QJsonObject a{{QStringLiteral("payload"), QJsonObject{{QStringLiteral("state"), QStringLiteral("received")}}}};
        QJsonObject b{
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("state"), QStringLiteral("processing")}}}};
        QVERIFY(EventFingerprint::of(a) != EventFingerprint::of(b));
        QJsonObject c{{QStringLiteral("payload"), QJsonObject{{QStringLiteral("list"), QJsonArray{1, 2}}}}};
        QJsonObject d{{QStringLiteral("payload"), QJsonObject{{QStringLiteral("list"), QJsonArray{2, 1}}}}};
        QVERIFY2(EventFingerprint::of(c) != EventFingerprint::of(d), "array order is meaningful");
    }
    void times()
    {
        const QDateTime t = ProtocolTime::parse(QStringLiteral("2026-03-02T08:15:00+07:00"));
        QVERIFY(t.isValid());
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 3, 2), QTime(1, 15), Qt::UTC));
        QCOMPARE(ProtocolTime::format(t), QStringLiteral("2026-03-02T01:15:00.000Z"));
        QVERIFY(ProtocolTime::parse(QStringLiteral("2026-03-02T01:15:00.123Z")).isValid());
        QVERIFY2(!ProtocolTime::parse(QStringLiteral("2026-03-02T08:15:00")).isValid(), "no offset: refused");
        QVERIFY(!ProtocolTime::parse(QStringLiteral("yesterday")).isValid());
        QVERIFY(!ProtocolTime::parse(QString()).isValid());
    }
    void retryAfter()
    {
        const QDateTime now(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
        QCOMPARE(ProtocolTime::retryAfterMs("5", now), qint64(5000));
        QCOMPARE(ProtocolTime::retryAfterMs(" 0 ", now), qint64(0));
        QCOMPARE(ProtocolTime::retryAfterMs("Mon, 02 Mar 2026 01:00:30 GMT", now), qint64(30000));
        QCOMPARE(ProtocolTime::retryAfterMs("Mon, 02 Mar 2026 00:59:00 GMT", now), qint64(0));
        QCOMPARE(ProtocolTime::retryAfterMs("-3", now), qint64(-1));
        QCOMPARE(ProtocolTime::retryAfterMs("soon", now), qint64(-1));
        QCOMPARE(ProtocolTime::retryAfterMs("", now), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(tst_SyncProtocol)
#include "tst_SyncProtocol.moc"
