#include "CardReader.h"
#include "ServiceRegistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace motcua;

namespace {

class StubCardReader : public CardReader
{
public:
    State state() const override { return State::NoReader; }
    QStringList readers() const override { return {}; }
    QString currentReader() const override { return {}; }
    CitizenIdentity currentIdentity() const override { return {}; }
    QString statusText() const override { return QStringLiteral("stub"); }
    void selectReader(const QString&) override {}
    void clearIdentity() override {}
};

} // namespace

class TestServiceRegistry : public QObject
{
    Q_OBJECT
private slots:
    void findsServicesByInterface()
    {
        ServiceRegistry registry;
        QSignalSpy added(&registry, &ServiceRegistry::serviceAdded);
        QCOMPARE(registry.get<CardReader>(), nullptr);
        StubCardReader reader;
        registry.add<CardReader>(&reader);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), QStringLiteral("vn.motcua.CardReader/1"));
        QCOMPARE(registry.get<CardReader>(), &reader);
        QCOMPARE(registry.ids(), QStringList{QStringLiteral("vn.motcua.CardReader/1")});
    }

    void wrongTypeUnderAnIdIsNotReturned()
    {
        ServiceRegistry registry;
        QObject notAReader;
        registry.addObject(QString::fromLatin1(CardReader::serviceId()), &notAReader);
        QCOMPARE(registry.get<CardReader>(), nullptr);
    }

    void destroyedServicesDisappear()
    {
        ServiceRegistry registry;
        {
            StubCardReader reader;
            registry.add<CardReader>(&reader);
        }
        QCOMPARE(registry.get<CardReader>(), nullptr);
    }

    void removeSignals()
    {
        ServiceRegistry registry;
        StubCardReader reader;
        registry.add<CardReader>(&reader);
        QSignalSpy removed(&registry, &ServiceRegistry::serviceRemoved);
        registry.remove(QString::fromLatin1(CardReader::serviceId()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(registry.get<CardReader>(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestServiceRegistry)
#include "tst_ServiceRegistry.moc"
