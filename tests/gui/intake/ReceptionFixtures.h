#pragma once

// Stand-ins for the reception screen's tests: a DossierStore over a database in a temporary profile,
// and a Scanner service that "scans" by writing a real multi-page PDF where it was asked to.

#include "CardReader.h"
#include "Database.h"
#include "DossierStore.h"
#include "Scanner.h"
#include "UserSession.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace motcua::test {

inline bool writePdf(const QString& path, const QString& text, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(500, 500), QStringLiteral("%1 – trang %2").arg(text).arg(i + 1));
    }
    return painter.end();
}

class TestDossierStore : public DossierStore
{
    Q_OBJECT
public:
    explicit TestDossierStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    Database& database() override { return *m_db; }
    QString databasePath() const override { return m_db->path(); }

private:
    std::unique_ptr<Database> m_db;
};

class TestScanner : public Scanner
{
    Q_OBJECT
public:
    using Scanner::Scanner;
    State state() const override { return State::Ready; }
    QStringList devices() const override { return {QStringLiteral("Test scanner")}; }
    QString statusText() const override { return QStringLiteral("Test scanner ready"); }
    void refreshDevices() override {}
    bool canScanComponents() const override { return true; }

    QString beginComponentScan(const ScanRequest& request, QWidget* parent) override
    {
        Q_UNUSED(parent);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        requests.append(request);
        QTimer::singleShot(30, this, [this, id, request] {
            ScanResult result;
            result.requestId = id;
            result.componentId = request.componentId;
            result.filePath = request.outputPath;
            if (result.filePath.isEmpty() || !writePdf(result.filePath, request.title, pagesPerScan)) {
                result.outcome = ScanResult::Outcome::Failed;
                result.errorCode = QStringLiteral("scan.test");
            } else {
                result.outcome = ScanResult::Outcome::Saved;
                result.pageCount = pagesPerScan;
                result.bytes = QFileInfo(result.filePath).size();
            }
            emit componentScanned(result);
        });
        return id;
    }

    QList<ScanRequest> requests;
    int pagesPerScan = 2;
};

// A card reader whose identities the test hands over, as a chip read or a QR code would.
class StubCardReader : public CardReader
{
    Q_OBJECT
public:
    using CardReader::CardReader;
    State state() const override { return m_identity.isEmpty() ? State::NoCard : State::Read; }
    QStringList readers() const override { return {QStringLiteral("Stub reader")}; }
    QString currentReader() const override { return readers().first(); }
    CitizenIdentity currentIdentity() const override { return m_identity; }
    QString statusText() const override { return QStringLiteral("Stub reader"); }
    void selectReader(const QString&) override {}
    void clearIdentity() override { m_identity.clear(); }

    void present(const CitizenIdentity& identity)
    {
        m_identity = identity;
        emit stateChanged(state());
        emit identityRead(identity);
    }

private:
    CitizenIdentity m_identity;
};

// The signed-in official, with the audit calls the page makes kept for the test to read.
class StubUserSession : public UserSession
{
    Q_OBJECT
public:
    using UserSession::UserSession;
    QString login() const override { return QStringLiteral("canbo.lan"); }
    QString displayName() const override { return QStringLiteral("Lê Thị Lan"); }
    QString role() const override { return QStringLiteral("official"); }
    bool can(const QString&) const override { return allow; }
    bool recordAccess(const QString& action, const QString& uuid, const QString& code, const QString& detail) override
    {
        if (allow)
            accesses.append(QStringList{action, uuid, code, detail});
        return allow;
    }
    void lock() { emit locked(); }

    bool allow = true;
    QList<QStringList> accesses;
};

} // namespace motcua::test
