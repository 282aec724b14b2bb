#include "RegistryEndpoint.h"
#include "SyncError.h"

#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::sync;

class tst_RegistryEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void policy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        QTest::newRow("https remote") << "https://motcua.example.gov.vn/api/motcua"
                                      << "";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8787"
                                        << "";
        QTest::newRow("http 127.5.5.5") << "http://127.5.5.5:8787"
                                        << "";
        QTest::newRow("http localhost") << "http://localhost:8787/"
                                        << "";
        QTest::newRow("http ::1") << "http://[::1]:8787"
                                  << "";
        QTest::newRow("http remote") << "http://motcua.example.gov.vn" << sync_error::InsecureUrl;
        QTest::newRow("http private LAN") << "http://192.168.1.10:8787" << sync_error::InsecureUrl;
        QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << sync_error::InsecureUrl;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << sync_error::BadUrl;
        QTest::newRow("no host") << "https:///v1" << sync_error::BadUrl;
        QTest::newRow("credentials in URL") << "https://desk:secret@motcua.example.gov.vn" << sync_error::BadUrl;
        QTest::newRow("query") << "https://motcua.example.gov.vn/?x=1" << sync_error::BadUrl;
    }
    void policy()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        const auto endpoint = RegistryEndpoint::create(QUrl(url));
        if (error.isEmpty())
            QVERIFY2(endpoint.ok(), qPrintable(endpoint.error().message));
        else
            QCOMPARE(endpoint.error().code, error);
    }
    void urlsKeepTheBasePath()
    {
        const auto endpoint = RegistryEndpoint::create(QUrl(QStringLiteral("https://r.example.gov.vn/api/motcua/")));
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->url(QStringLiteral("/v1/changes"), QStringLiteral("since=4")).toString(),
                 QStringLiteral("https://r.example.gov.vn/api/motcua/v1/changes?since=4"));
    }
    void connectionsVerifyPeers()
    {
        const auto endpoint = RegistryEndpoint::create(QUrl(QStringLiteral("https://r.example.gov.vn")));
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->tls().peerVerifyMode(), QSslSocket::VerifyPeer);
    }
    void caBundleMustHoldCertificates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
        f.close();
        const auto endpoint = RegistryEndpoint::create(QUrl(QStringLiteral("https://r.example.gov.vn")), path);
        QCOMPARE(endpoint.error().code, QString::fromLatin1(sync_error::CaBundle));
        const auto missing = RegistryEndpoint::create(QUrl(QStringLiteral("https://r.example.gov.vn")),
                                                      dir.filePath(QStringLiteral("absent.pem")));
        QCOMPARE(missing.error().code, QString::fromLatin1(sync_error::CaBundle));
    }
};

QTEST_GUILESS_MAIN(tst_RegistryEndpoint)
#include "tst_RegistryEndpoint.moc"
