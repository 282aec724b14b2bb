#include "EventEnvelope.h"
#include "EventFingerprint.h"
#include "OutboxEntry.h"
#include "SyncError.h"

#include <QJsonArray>
#include <QTest>

using namespace motcua;
using namespace motcua::sync;

namespace {

OutboxEntry entry(const QString& action)
{
    OutboxEntry e;
    e.id = 7;
    e.idempotencyKey = QStringLiteral("6f1c0b0e-6d43-4a58-9a53-5c0d2b8b3f1e");
    e.dossierUuid = QStringLiteral("0c2d8e4a-2f7e-4b8e-bb0f-1f5f2d0a9c11");
    e.sequence = 2;
    const QString sha(64, QLatin1Char('a'));
    e.payload = QJsonObject{
        {QStringLiteral("event"), QJsonObject{{QStringLiteral("action"), action},
                                              {QStringLiteral("at"), QStringLiteral("2026-03-02T08:15:00+07:00")}}},
        {QStringLiteral("dossier"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("TAM-Q01-260302-0001")},
                     {QStringLiteral("components"),
                      QJsonArray{QJsonObject{{QStringLiteral("fileSha256"), sha}, {QStringLiteral("bytes"), 10}},
                                 QJsonObject{{QStringLiteral("fileSha256"), sha}, {QStringLiteral("bytes"), 10}},
                                 QJsonObject{{QStringLiteral("fileSha256"), QJsonValue()}}}}}}};
    return e;
}

} // namespace

class tst_EventEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void types()
    {
        QCOMPARE(EventEnvelope::eventType(QStringLiteral("create")), QStringLiteral("dossier.received"));
        QCOMPARE(EventEnvelope::eventType(QStringLiteral("edit")), QStringLiteral("dossier.updated"));
        QCOMPARE(EventEnvelope::eventType(QStringLiteral("official_code")), QStringLiteral("dossier.updated"));
        QCOMPARE(EventEnvelope::eventType(QStringLiteral("request_supplement")), QStringLiteral("dossier.action"));
    }
    void envelope()
    {
        const auto env = EventEnvelope::fromEntry(entry(QStringLiteral("create")));
        QVERIFY2(env.ok(), qPrintable(env.error().message));
        QCOMPARE(env->event.value(QStringLiteral("sequence")).toInteger(), qint64(2));
        QCOMPARE(env->event.value(QStringLiteral("type")).toString(), QStringLiteral("dossier.received"));
        QCOMPARE(env->event.value(QStringLiteral("occurredAt")).toString(),
                 QStringLiteral("2026-03-02T08:15:00+07:00"));
        QCOMPARE(env->attachments.size(), 1); // the same file twice is uploaded once; no file, nothing
        QCOMPARE(env->event.value(QStringLiteral("attachments")).toArray().size(), 1);
        QVERIFY(!env->demo);
    }
    void resendIsTheSameEvent()
    {
        // A re-send must be recognised by the registry: the envelope depends on the stored entry only.
        const auto a = EventEnvelope::fromEntry(entry(QStringLiteral("edit")));
        const auto b = EventEnvelope::fromEntry(entry(QStringLiteral("edit")));
        QCOMPARE(EventFingerprint::of(a->event), EventFingerprint::of(b->event));
    }
    void badEntries()
    {
        OutboxEntry noKey = entry(QStringLiteral("create"));
        noKey.idempotencyKey.clear();
        QCOMPARE(EventEnvelope::fromEntry(noKey).error().code, QString::fromLatin1(sync_error::BadEntry));
        OutboxEntry badHash = entry(QStringLiteral("create"));
        QJsonObject dossier = badHash.payload.value(QStringLiteral("dossier")).toObject();
        dossier.insert(QStringLiteral("components"),
                       QJsonArray{QJsonObject{{QStringLiteral("fileSha256"), QStringLiteral("../../etc/passwd")}}});
        badHash.payload.insert(QStringLiteral("dossier"), dossier);
        QCOMPARE(EventEnvelope::fromEntry(badHash).error().code, QString::fromLatin1(sync_error::BadEntry));
        OutboxEntry noTime = entry(QStringLiteral("create"));
        noTime.payload.insert(QStringLiteral("event"),
                              QJsonObject{{QStringLiteral("action"), QStringLiteral("create")}});
        QCOMPARE(EventEnvelope::fromEntry(noTime).error().code, QString::fromLatin1(sync_error::BadEntry));
        noTime.createdAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        QVERIFY(EventEnvelope::fromEntry(noTime).ok());
    }
};

QTEST_GUILESS_MAIN(tst_EventEnvelope)
#include "tst_EventEnvelope.moc"
