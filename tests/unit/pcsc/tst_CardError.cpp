#include "CardError.h"
#include "CardErrors.h"

#include <QSet>
#include <QTest>
#include <winscard.h>

using namespace motcua::cccd;

class TestCardError : public QObject
{
    Q_OBJECT
private slots:
    void everyCodeHasAMessageAndANextStep()
    {
        const QStringList codes = {QStringLiteral("card.no_service"),
                                   QStringLiteral("card.no_reader"),
                                   QStringLiteral("card.no_card"),
                                   QStringLiteral("card.removed"),
                                   QStringLiteral("card.reader_gone"),
                                   QStringLiteral("card.reader_busy"),
                                   QStringLiteral("card.unresponsive"),
                                   QStringLiteral("card.no_access_key"),
                                   QString::fromLatin1(errc::MrzFormat),
                                   QString::fromLatin1(errc::MrzCheckDigit),
                                   QString::fromLatin1(errc::AccessKeyInvalid),
                                   QString::fromLatin1(errc::TlvMalformed),
                                   QString::fromLatin1(errc::Crypto),
                                   QString::fromLatin1(errc::Transport),
                                   QString::fromLatin1(errc::Cancelled),
                                   QString::fromLatin1(errc::Status),
                                   QString::fromLatin1(errc::NotSupported),
                                   QString::fromLatin1(errc::AccessDenied),
                                   QString::fromLatin1(errc::AuthResponse),
                                   QString::fromLatin1(errc::SmMac),
                                   QString::fromLatin1(errc::SmMalformed),
                                   QString::fromLatin1(errc::SmSessionLost),
                                   QString::fromLatin1(errc::RecoveryExhausted),
                                   QString::fromLatin1(errc::FileNotFound),
                                   QString::fromLatin1(errc::FileMalformed),
                                   QString::fromLatin1(errc::FaceDecode),
                                   QString::fromLatin1(errc::SodMalformed),
                                   QString::fromLatin1(errc::TrustStore),
                                   QStringLiteral("qr.invalid_id"),
                                   QStringLiteral("qr.not_cccd"),
                                   QStringLiteral("something.unknown")};
        const QString unexpected = CardError::userMessage(QStringLiteral("something.unknown"));
        for (const QString& code : codes) {
            QVERIFY2(!CardError::userMessage(code).isEmpty(), qPrintable(code));
            QVERIFY2(!CardError::nextStep(code).isEmpty(), qPrintable(code));
            if (code != QLatin1String("something.unknown"))
                QVERIFY2(CardError::userMessage(code) != unexpected, qPrintable(code + " falls through"));
        }
    }

    void wrongKeyAndBadMacSayDifferentThings()
    {
        // A wrong MRZ is the official's to fix; a bad MAC means nothing from the card may be trusted.
        QVERIFY(CardError::userMessage(QString::fromLatin1(errc::AccessDenied)) !=
                CardError::userMessage(QString::fromLatin1(errc::SmMac)));
        QVERIFY(CardError::nextStep(QString::fromLatin1(errc::AccessDenied)) !=
                CardError::nextStep(QString::fromLatin1(errc::SmMac)));
    }

    void pcscMapping_data()
    {
        QTest::addColumn<qint64>("rv");
        QTest::addColumn<QString>("code");
        QTest::newRow("no service") << qint64(SCARD_E_NO_SERVICE) << QStringLiteral("card.no_service");
        QTest::newRow("stopped") << qint64(SCARD_E_SERVICE_STOPPED) << QStringLiteral("card.no_service");
        QTest::newRow("no readers") << qint64(SCARD_E_NO_READERS_AVAILABLE) << QStringLiteral("card.no_reader");
        QTest::newRow("unknown reader") << qint64(SCARD_E_UNKNOWN_READER) << QStringLiteral("card.reader_gone");
        QTest::newRow("no card") << qint64(SCARD_E_NO_SMARTCARD) << QStringLiteral("card.no_card");
        QTest::newRow("removed") << qint64(SCARD_W_REMOVED_CARD) << QStringLiteral("card.removed");
        QTest::newRow("reset") << qint64(SCARD_W_RESET_CARD) << QStringLiteral("card.removed");
        QTest::newRow("sharing") << qint64(SCARD_E_SHARING_VIOLATION) << QStringLiteral("card.reader_busy");
        QTest::newRow("mute") << qint64(SCARD_W_UNRESPONSIVE_CARD) << QStringLiteral("card.unresponsive");
        QTest::newRow("comm") << qint64(SCARD_F_COMM_ERROR) << QStringLiteral("card.transport");
    }

    void pcscMapping()
    {
        QFETCH(qint64, rv);
        QFETCH(QString, code);
        const auto error = CardError::fromPcsc(long(rv), "SCardTransmit");
        QCOMPARE(error.code, code);
        QVERIFY(error.message.startsWith(QStringLiteral("SCardTransmit failed: ")));
    }

    void contactLostErrorsInviteToPutTheCardBack()
    {
        QVERIFY(CardError::isCardContactLost(QStringLiteral("card.removed")));
        QVERIFY(CardError::isCardContactLost(QString::fromLatin1(errc::SmSessionLost)));
        QVERIFY(!CardError::isCardContactLost(QString::fromLatin1(errc::AccessDenied)));
        QVERIFY(!CardError::isCardContactLost(QString::fromLatin1(errc::SmMac)));
    }
};

QTEST_GUILESS_MAIN(TestCardError)
#include "tst_CardError.moc"
