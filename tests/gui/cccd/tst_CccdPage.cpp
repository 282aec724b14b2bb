#include "CardError.h"
#include "CardFixtures.h"
#include "CardReaderService.h"
#include "CccdPage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace motcua::cccd;
using motcua::CardReader;
using motcua::CitizenIdentity;

// The card page, offscreen, filled by a demo read (in-process emulated card, TEST-ONLY CSCA).
class TestCccdPage : public QObject
{
    Q_OBJECT
private:
    template <typename T>
    static T* child(QWidget* page, const char* name)
    {
        T* w = page->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static void scan(QWidget* target, const QString& text)
    {
        static quint64 clock = 100000;
        clock += 1000;
        for (const QChar c : text + QLatin1Char('\r')) {
            clock += 4;
            const int key = c == QLatin1Char('\r') ? int(Qt::Key_Return) : int(Qt::Key_unknown);
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
            press.setTimestamp(clock);
            QApplication::sendEvent(target, &press);
        }
    }

private slots:
    void demoReadFillsThePage()
    {
        CardReaderService service(true);
        CccdPage page(&service);
        page.resize(1366 - 220, 768 - 90); // the main window's navigation and status bar take the rest
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.minimumSizeHint().width() <= 1366 - 220,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY2(page.minimumSizeHint().height() <= 768 - 90,
                 qPrintable(QString::number(page.minimumSizeHint().height())));

        QCOMPARE(service.state(), CardReader::State::NoCard);
        QCOMPARE(child<QLabel>(&page, "stateLabel")->text(), service.statusText());

        QSignalSpy personal(&service, &CardReaderService::personalDataRead);
        QSignalSpy identity(&service, &CardReader::identityRead);
        QTest::mouseClick(child<QPushButton>(&page, "insertDemoCardButton"), Qt::LeftButton);
        QVERIFY(identity.wait(20000));
        QCOMPARE(personal.count(), 1);

        const SyntheticCitizen citizen = CardFixtures::citizen(0);
        QCOMPARE(service.state(), CardReader::State::Read);
        QCOMPARE(child<QLabel>(&page, "field_idNumber")->text(), citizen.idNumber);
        QCOMPARE(child<QLabel>(&page, "field_fullName")->text(), citizen.fullName);
        QCOMPARE(child<QLabel>(&page, "field_dateOfBirth")->text(),
                 citizen.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
        QCOMPARE(child<QLabel>(&page, "field_placeOfResidence")->text(), citizen.placeOfResidence);
        QCOMPARE(child<QLineEdit>(&page, "mrzLine1")->text(), CardFixtures::mrzLines(citizen).value(0));
        QVERIFY(!child<QLabel>(&page, "faceLabel")->pixmap().isNull());
        for (const char* name : {"verdict_dataIntact", "verdict_signatureValid", "verdict_issuerTrusted"}) {
            QLabel* badge = child<QLabel>(&page, name);
            QVERIFY2(badge->isVisible(), name);
            QVERIFY2(badge->text().startsWith(QStringLiteral("✓")), qPrintable(badge->text()));
        }
        QVERIFY(!child<QLabel>(&page, "mismatchLabel")->isVisible());
        QVERIFY(!child<QLabel>(&page, "errorStrip")->isVisible());
        QCOMPARE(service.currentIdentity().source, CitizenIdentity::Source::Demo);

        // A QR scanned anywhere in the window (here while the focus is in an MRZ field) says another date
        // of birth: it is caught, not typed into the field, and shown as a mismatch.
        QLineEdit* mrz2 = child<QLineEdit>(&page, "mrzLine2");
        const QString mrz2Before = mrz2->text();
        mrz2->setFocus();
        const QString qr = citizen.idNumber + QStringLiteral("||") + citizen.fullName + QStringLiteral("|") +
                           citizen.dateOfBirth.addDays(1).toString(QStringLiteral("ddMMyyyy")) + QStringLiteral("|") +
                           citizen.sexText() + QStringLiteral("|") + citizen.placeOfResidence + QStringLiteral("|") +
                           citizen.issuedOn.toString(QStringLiteral("ddMMyyyy"));
        scan(mrz2, qr);
        QCOMPARE(mrz2->text(), mrz2Before);
        QCOMPARE(child<QLineEdit>(&page, "qrEdit")->text(), qr);
        QTRY_VERIFY(child<QLabel>(&page, "mismatchLabel")->isVisible());
        QVERIFY(child<QLabel>(&page, "mismatchLabel")
                    ->text()
                    .contains(citizen.dateOfBirth.addDays(1).toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(service.currentIdentity().mismatches.contains(QStringLiteral("dateOfBirth")));
        QVERIFY(!child<QLabel>(&page, "field_dateOfBirth")->styleSheet().isEmpty());

        // The card leaves the reader: everything personal is wiped from the page and the service.
        QSignalSpy cleared(&service, &CardReaderService::identityCleared);
        QTest::mouseClick(child<QPushButton>(&page, "removeDemoCardButton"), Qt::LeftButton);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(child<QLabel>(&page, "field_idNumber")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&page, "mrzLine1")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&page, "qrEdit")->text().isEmpty());
        QVERIFY(service.currentIdentity().isEmpty());
        QCOMPARE(service.state(), CardReader::State::NoCard);
    }

    void wrongMrzShowsWhatToDo()
    {
        CardReaderService service(true);
        CccdPage page(&service);
        page.show();
        // A valid MRZ, but not this card's (CCCD.md §2.3's person; the demo card is another citizen).
        const SyntheticCitizen other = CardFixtures::citizen(1);
        QVERIFY(service.setMrz(CardFixtures::mrzLines(other).join(QLatin1Char('\n'))).ok());
        QSignalSpy failed(&service, &CardReader::readFailed);
        QTest::mouseClick(child<QPushButton>(&page, "insertDemoCardButton"), Qt::LeftButton);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("card.access.denied"));
        QCOMPARE(service.state(), CardReader::State::Error);
        QLabel* strip = child<QLabel>(&page, "errorStrip");
        QVERIFY(strip->isVisible());
        QVERIFY(strip->text().contains(CardError::nextStep(QStringLiteral("card.access.denied")).toHtmlEscaped()));
        QVERIFY(service.currentIdentity().isEmpty());
        QVERIFY(service.hasAccessKey()); // kept so the official can correct it
    }

    void mrzFeedbackWhileTyping()
    {
        CardReaderService service(true);
        CccdPage page(&service);
        page.show();
        QLineEdit* line1 = child<QLineEdit>(&page, "mrzLine1");
        line1->setFocus();
        QTest::keyClicks(line1, QStringLiteral("idvnm0950123459"));
        // QTest sends no timestamps, so the wedge detector holds the burst for a moment before handing it on.
        QTRY_COMPARE(line1->text(), QStringLiteral("IDVNM0950123459")); // upper-cased as typed
        QTRY_VERIFY(child<QLabel>(&page, "mrzFeedback1")->text().startsWith(QStringLiteral("✗")));
        QTest::keyClick(line1, Qt::Key_Backspace);
        QTRY_COMPARE(line1->text(), QStringLiteral("IDVNM095012345"));
        QTest::keyClicks(line1, QStringLiteral("5"));
        QTRY_VERIFY(child<QLabel>(&page, "mrzFeedback1")->text().startsWith(QStringLiteral("✓")));
    }
};

QTEST_MAIN(TestCccdPage)
#include "tst_CccdPage.moc"
