#include "CardFixtures.h"
#include "CardReaderService.h"
#include "EmulatedCard.h"
#include "PcscReaderList.h"
#include "ReaderMonitor.h"
#include "TestPki.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::cccd;
using motcua::CardReader;
using motcua::CitizenIdentity;

// Card reading end to end through the real pcscd: motcua-vicc puts an emulated CCCD (generated here with a
// TEST-ONLY CSCA) on vsmartcard-vpcd's first reader, and the desk's code reads it over PC/SC.
class TestPcscCardRead : public QObject
{
    Q_OBJECT
private:
    const QString m_reader = QStringLiteral("Virtual PCD 00 00");
    QTemporaryDir m_dir;
    QString m_profileDir, m_tamperedDir, m_smallLeDir, m_cscaDir, m_otherCscaDir, m_emptyCscaDir;
    SyntheticCitizen m_citizen;
    CardProfile m_profile;
    QProcess* m_vicc = nullptr;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static std::optional<bool> cardPresent(const QString& reader)
    {
        auto readers = PcscReaderList::list();
        if (!readers.ok())
            return std::nullopt;
        for (const auto& r : readers.value())
            if (r.name == reader)
                return r.cardPresent;
        return std::nullopt;
    }

    // The card appears ~0.3–0.9 s after the emulator connects: poll, never sleep blindly.
    bool waitForCard(bool present, int timeoutMs = 8000) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (cardPresent(m_reader) == present)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    void startCard(const QString& profile, const QStringList& extra = {})
    {
        stopCard();
        m_vicc = new QProcess;
        m_vicc->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_vicc->start(
            motcua::test::binaryPath(QStringLiteral("bin/motcua-vicc")),
            QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--port"), QStringLiteral("35963")} +
                extra);
        QVERIFY2(m_vicc->waitForStarted(5000), "motcua-vicc did not start");
    }

    void stopCard()
    {
        if (!m_vicc)
            return;
        if (m_vicc->state() != QProcess::NotRunning) {
            m_vicc->terminate();
            if (!m_vicc->waitForFinished(3000)) {
                m_vicc->kill();
                m_vicc->waitForFinished(3000);
            }
        }
        delete m_vicc;
        m_vicc = nullptr;
        waitForCard(false);
    }

    motcua::test::ProcessResult cli(const QStringList& args)
    {
        return motcua::test::runProgram(motcua::test::binaryPath(QStringLiteral("bin/motcua-cli")), args, 60000);
    }

    QStringList readArgs(const QString& trust) const
    {
        return {QStringLiteral("card"),      QStringLiteral("read"),
                QStringLiteral("--reader"),  m_reader,
                QStringLiteral("--mrz"),     m_profile.mrzLines.value(0),
                m_profile.mrzLines.value(1), m_profile.mrzLines.value(2),
                QStringLiteral("--trust"),   trust,
                QStringLiteral("--wait"),    QStringLiteral("5"),
                QStringLiteral("--json")};
    }

    static QJsonObject json(const QByteArray& out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", out.constData());
        return doc.object();
    }

private slots:
    void initTestCase()
    {
        auto readers = PcscReaderList::list();
        QVERIFY2(readers.ok(), qPrintable(QStringLiteral("pcscd is not reachable (%1). Start it as in "
                                                         "TESTING-INFRA.md §4 or run scripts/test-all.sh.")
                                              .arg(readers.ok() ? QString() : readers.error().message)));
        QStringList names;
        for (const auto& r : readers.value())
            names << r.name;
        QVERIFY2(names.contains(m_reader), qPrintable(QStringLiteral("vsmartcard-vpcd reader '%1' missing; pcscd "
                                                                     "shows: %2")
                                                          .arg(m_reader, names.join(", "))));
        QVERIFY2(waitForCard(false, 15000), "another card is already on Virtual PCD 00 00 (another test running?)");

        QVERIFY(m_dir.isValid());
        m_cscaDir = path(QStringLiteral("csca"));
        m_otherCscaDir = path(QStringLiteral("other-csca"));
        m_emptyCscaDir = path(QStringLiteral("empty-csca"));
        QVERIFY(QDir().mkpath(m_emptyCscaDir));
        auto pki = TestPki::create();
        QVERIFY2(pki.ok(), qPrintable(pki.ok() ? QString() : pki.error().message));
        QVERIFY(pki->writeCscaTo(m_cscaDir).ok());
        auto otherPki = TestPki::create();
        QVERIFY(otherPki.ok());
        QVERIFY(otherPki->writeCscaTo(m_otherCscaDir).ok());

        m_citizen = CardFixtures::citizen(1);
        auto profile = CardFixtures::profile(m_citizen, pki.value());
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().message));
        m_profile = profile.value();
        m_profileDir = path(QStringLiteral("profile"));
        QVERIFY(m_profile.saveToFolder(m_profileDir).ok());

        // Data changed after signing: one byte of DG13 flipped.
        CardProfile tampered = m_profile;
        QByteArray dg13 = tampered.files.value(0x010D);
        QVERIFY(dg13.size() > 60);
        dg13[dg13.size() - 3] = char(dg13.at(dg13.size() - 3) ^ 0x01);
        tampered.files.insert(0x010D, dg13);
        m_tamperedDir = path(QStringLiteral("tampered"));
        QVERIFY(tampered.saveToFolder(m_tamperedDir).ok());

        // A chip refusing Le above 128 bytes with 67 00.
        CardFixtures::Options smallLe;
        smallLe.behaviour.maxReadLength = 128;
        smallLe.behaviour.onLargeLe = CardBehaviour::LargeLe::WrongLength;
        auto smallProfile = CardFixtures::profile(m_citizen, pki.value(), smallLe);
        QVERIFY(smallProfile.ok());
        m_smallLeDir = path(QStringLiteral("small-le"));
        QVERIFY(smallProfile->saveToFolder(m_smallLeDir).ok());
    }

    void cleanup() { stopCard(); }

    void listReaders()
    {
        const auto r = cli({QStringLiteral("card"), QStringLiteral("list-readers"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray readers = json(r.out).value(QStringLiteral("readers")).toArray();
        bool found = false;
        for (const auto& v : readers)
            if (v.toObject().value(QStringLiteral("name")).toString() == m_reader) {
                found = true;
                QCOMPARE(v.toObject().value(QStringLiteral("cardPresent")).toBool(), false);
            }
        QVERIFY2(found, r.out.constData());
    }

    void monitorSeesCardArriveAndLeave()
    {
        ReaderMonitor monitor;
        monitor.setPollTimeoutMs(5000); // long on purpose: stop() must still be immediate (SCardCancel)
        QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        monitor.start();
        QVERIFY(readers.wait(5000));
        QVERIFY(readers.last().first().toStringList().contains(m_reader));
        QTest::qWait(200);
        QCOMPARE(inserted.count(), 0);

        startCard(m_profileDir);
        QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 8000);
        QCOMPARE(inserted.first().at(0).toString(), m_reader);
        QCOMPARE(inserted.first().at(1).toByteArray(), EmulatedCard(m_profile).atr());

        m_vicc->terminate(); // the card leaves the reader
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 8000);
        QCOMPARE(removed.first().at(0).toString(), m_reader);

        QElapsedTimer timer;
        timer.start();
        monitor.stop();
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QStringLiteral("stop took %1 ms").arg(timer.elapsed())));
    }

    void fullReadThroughCli()
    {
        startCard(m_profileDir);
        QVERIFY(waitForCard(true));
        const QString face = path(QStringLiteral("face.jpg"));
        const auto r = cli(readArgs(m_cscaDir) + QStringList{QStringLiteral("--face-out"), face});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r.out);
        const QJsonObject dg13 = o.value(QStringLiteral("dg13")).toObject();
        QCOMPARE(dg13.value(QStringLiteral("idNumber")).toString(), m_citizen.idNumber);
        QCOMPARE(dg13.value(QStringLiteral("fullName")).toString(), m_citizen.fullName);
        QCOMPARE(dg13.value(QStringLiteral("dateOfBirth")).toString(), m_citizen.dateOfBirth.toString(Qt::ISODate));
        QCOMPARE(dg13.value(QStringLiteral("placeOfResidence")).toString(), m_citizen.placeOfResidence);
        const QJsonObject dg1 = o.value(QStringLiteral("dg1")).toObject();
        QCOMPARE(dg1.value(QStringLiteral("documentNumber")).toString(), m_citizen.idNumber.right(9));
        QCOMPARE(dg1.value(QStringLiteral("idNumber")).toString(), m_citizen.idNumber);
        const QJsonObject verdicts = o.value(QStringLiteral("verdicts")).toObject();
        QCOMPARE(verdicts.value(QStringLiteral("dataIntact")).toString(), QStringLiteral("passed"));
        QCOMPARE(verdicts.value(QStringLiteral("signatureValid")).toString(), QStringLiteral("passed"));
        QCOMPARE(verdicts.value(QStringLiteral("issuerTrusted")).toString(), QStringLiteral("passed"));
        QVERIFY(o.value(QStringLiteral("mismatches")).toObject().isEmpty());
        const QJsonObject faceJson = o.value(QStringLiteral("face")).toObject();
        QCOMPARE(faceJson.value(QStringLiteral("format")).toString(), QStringLiteral("jpeg"));
        QVERIFY(faceJson.value(QStringLiteral("bytes")).toInt() > 1000);
        QCOMPARE(QFileInfo(face).size(), qint64(faceJson.value(QStringLiteral("bytes")).toInt()));
        const QJsonObject stats = o.value(QStringLiteral("stats")).toObject();
        QVERIFY(stats.value(QStringLiteral("apdus")).toInt() > 10);
        QVERIFY(stats.value(QStringLiteral("bytesReceived")).toInt() > faceJson.value(QStringLiteral("bytes")).toInt());
    }

    void fullReadThroughService()
    {
        CardReaderService service(false);
        service.selectReader(m_reader);
        service.setTrustFolder(m_cscaDir);
        QSignalSpy states(&service, &CardReader::stateChanged);
        QSignalSpy personal(&service, &CardReaderService::personalDataRead);
        QSignalSpy identity(&service, &CardReader::identityRead);
        QSignalSpy cleared(&service, &CardReaderService::identityCleared);
        int personalBeforeIdentity = -1;
        connect(&service, &CardReader::identityRead, this, [&] { personalBeforeIdentity = int(personal.count()); });
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), CardReader::State::NoCard, 5000);
        QVERIFY(service.setMrz(m_profile.mrzLines.join(QLatin1Char('\n'))).ok());

        startCard(m_profileDir);
        QVERIFY(identity.wait(15000));
        QCOMPARE(personalBeforeIdentity, 1); // DG1 + DG13 were shown before the photo arrived
        const CitizenIdentity partial = personal.first().first().value<CitizenIdentity>();
        QCOMPARE(partial.idNumber, m_citizen.idNumber);
        QVERIFY(partial.faceImage.isEmpty());
        QCOMPARE(partial.dataIntact, motcua::Verdict::NotChecked);

        const CitizenIdentity id = service.currentIdentity();
        QCOMPARE(service.state(), CardReader::State::Read);
        QCOMPARE(id.source, CitizenIdentity::Source::Chip);
        QCOMPARE(id.idNumber, m_citizen.idNumber);
        QCOMPARE(id.fullName, m_citizen.fullName);
        QCOMPARE(id.fatherName, m_citizen.fatherName);
        QVERIFY(!id.faceImage.isEmpty());
        QVERIFY(id.readAt.isValid());
        QCOMPARE(id.dataIntact, motcua::Verdict::Passed);
        QCOMPARE(id.signatureValid, motcua::Verdict::Passed);
        QCOMPARE(id.issuerTrusted, motcua::Verdict::Passed);
        QVERIFY(id.mismatches.isEmpty());

        m_vicc->terminate(); // the citizen takes the card back: the identity is wiped
        QVERIFY(cleared.wait(8000));
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), CardReader::State::NoCard, 5000);
        QVERIFY(service.currentIdentity().isEmpty());
        QVERIFY(!service.hasAccessKey());
    }

    void wrongMrzIsRefusedClearly()
    {
        startCard(m_profileDir);
        QVERIFY(waitForCard(true));
        const QDate wrongBirth = m_citizen.dateOfBirth.addDays(1);
        const auto r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), m_reader,
                            QStringLiteral("--id"), m_citizen.idNumber, QStringLiteral("--dob"),
                            wrongBirth.toString(Qt::ISODate), QStringLiteral("--expiry"),
                            m_citizen.expiresOn.toString(QStringLiteral("yyMMdd")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("card.access.denied"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void tamperedDataGroupIsNeverShownAsIntact()
    {
        startCard(m_tamperedDir);
        QVERIFY(waitForCard(true));
        const auto r = cli(readArgs(m_cscaDir));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject verdicts = json(r.out).value(QStringLiteral("verdicts")).toObject();
        QCOMPARE(verdicts.value(QStringLiteral("dataIntact")).toString(), QStringLiteral("failed"));
    }

    void untrustedOrMissingCsca()
    {
        startCard(m_profileDir);
        QVERIFY(waitForCard(true));
        auto r = cli(readArgs(m_otherCscaDir));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject verdicts = json(r.out).value(QStringLiteral("verdicts")).toObject();
        QCOMPARE(verdicts.value(QStringLiteral("dataIntact")).toString(), QStringLiteral("passed"));
        QCOMPARE(verdicts.value(QStringLiteral("signatureValid")).toString(), QStringLiteral("passed"));
        QCOMPARE(verdicts.value(QStringLiteral("issuerTrusted")).toString(), QStringLiteral("failed"));

        r = cli(readArgs(m_emptyCscaDir));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verdicts = json(r.out).value(QStringLiteral("verdicts")).toObject();
        QVERIFY(verdicts.value(QStringLiteral("issuerTrusted")).toString() != QStringLiteral("passed"));
    }

    void cardLiftedMidReadFailsClearlyThenRecovers()
    {
        // The card leaves after 15 APDUs and does not come back within the reader's patience (1 s here).
        startCard(m_profileDir, {QStringLiteral("--remove-after-apdus"), QStringLiteral("15")});
        QVERIFY(waitForCard(true));
        CardReaderService service(false);
        service.selectReader(m_reader);
        service.setTrustFolder(m_cscaDir);
        service.setReinsertWaitMs(1000);
        QSignalSpy failed(&service, &CardReader::readFailed);
        QSignalSpy identity(&service, &CardReader::identityRead);
        service.start();
        QVERIFY(service.setMrz(m_profile.mrzLines.join(QLatin1Char('\n'))).ok());
        QVERIFY(failed.wait(15000));
        const QString code = failed.first().at(0).toString();
        QVERIFY2(code == QLatin1String("card.removed") || code == QLatin1String("card.transport") ||
                     code == QLatin1String("card.recovery_exhausted") || code == QLatin1String("card.no_card") ||
                     code == QLatin1String("card.sm.session_lost"),
                 qPrintable(code));
        QCOMPARE(service.state(), CardReader::State::Error);
        QVERIFY(service.currentIdentity().isEmpty());
        QVERIFY(service.hasAccessKey()); // what the official typed survives the failure

        // Putting the card back starts a new read by itself.
        stopCard();
        startCard(m_profileDir);
        QVERIFY(identity.wait(15000));
        QCOMPARE(service.state(), CardReader::State::Read);
        QCOMPARE(service.currentIdentity().idNumber, m_citizen.idNumber);
    }

    void cardLiftedAndPutBackResumes()
    {
        startCard(m_profileDir, {QStringLiteral("--remove-after-apdus"), QStringLiteral("20"),
                                 QStringLiteral("--reinsert-after"), QStringLiteral("300")});
        QVERIFY(waitForCard(true));
        const auto r = cli(readArgs(m_cscaDir));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r.out);
        QVERIFY(o.value(QStringLiteral("stats")).toObject().value(QStringLiteral("recoveries")).toInt() >= 1);
        QCOMPARE(o.value(QStringLiteral("verdicts")).toObject().value(QStringLiteral("dataIntact")).toString(),
                 QStringLiteral("passed"));
        QCOMPARE(o.value(QStringLiteral("dg13")).toObject().value(QStringLiteral("idNumber")).toString(),
                 m_citizen.idNumber);
    }

    void cardRefusingLargeLe()
    {
        startCard(m_smallLeDir);
        QVERIFY(waitForCard(true));
        const auto r = cli(readArgs(m_cscaDir));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r.out);
        QVERIFY(o.value(QStringLiteral("stats")).toObject().value(QStringLiteral("readLength")).toInt() <= 128);
        QCOMPARE(o.value(QStringLiteral("verdicts")).toObject().value(QStringLiteral("dataIntact")).toString(),
                 QStringLiteral("passed"));
    }
};

QTEST_MAIN(TestPcscCardRead)
#include "tst_PcscCardRead.moc"
