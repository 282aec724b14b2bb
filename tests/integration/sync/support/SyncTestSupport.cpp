#include "SyncTestSupport.h"

#include "DossierRepository.h"
#include "FileStore.h"
#include "Outbox.h"
#include "SyncEngine.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace motcua::sync::test {

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

QString SimulatorProcess::program()
{
    return motcua::test::binaryPath(QStringLiteral("bin/motcua-registry-sim"));
}

bool SimulatorProcess::start(const QString& databasePath, const QStringList& options, QString* error)
{
    m_database = databasePath;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(program(), QStringList{QStringLiteral("serve"), QStringLiteral("--db"), databasePath,
                                            QStringLiteral("--port"), QStringLiteral("0")} +
                                    options);
    if (!m_process->waitForStarted(5000)) {
        if (error)
            *error = QStringLiteral("cannot start %1").arg(program());
        return false;
    }
    // First line: "motcua-registry-sim: listening on http://127.0.0.1:PORT/".
    static const QRegularExpression line(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)/"));
    QByteArray out;
    for (int i = 0; i < 50 && !out.contains('\n'); ++i) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        if (m_process->state() != QProcess::Running)
            break;
    }
    const auto match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        if (error)
            *error = QStringLiteral("simulator did not report its port: %1 %2")
                         .arg(QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
        return false;
    }
    m_url = QUrl(match.captured(1));
    return true;
}

QJsonObject SimulatorProcess::stats() const
{
    const auto r = motcua::test::runProgram(
        program(), {QStringLiteral("stats"), QStringLiteral("--db"), m_database, QStringLiteral("--json")}, 30000);
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject SimulatorProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return {};
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    const QString err = QString::fromUtf8(m_process->readAllStandardError());
    const int at = err.lastIndexOf(QStringLiteral("injected "));
    if (at < 0)
        return {};
    return QJsonDocument::fromJson(err.mid(at + 9).section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
}

DeskFixture::DeskFixture(const QString& directory)
    : m_path(QDir(directory).filePath(QStringLiteral("desk.sqlite"))), m_filesRoot(FileStore::defaultRoot(m_path))
{}

bool DeskFixture::open(QString* error)
{
    DatabaseOptions options;
    options.synchronous = Synchronous::Normal; // tests: crash safety is the kill test's subject, not power cuts
    auto opened = Database::open(m_path, options);
    if (!opened) {
        if (error)
            *error = opened.error().code + QLatin1Char(' ') + opened.error().message;
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

QByteArray patternBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), int(size / 4));
    for (qint64 i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(i);
    return bytes;
}

QStringList DeskFixture::createDossiers(int count, qint64 attachmentBytes)
{
    // Written through a connection of its own, closed at the end: statements the store caches may stay on
    // a row and pin an old snapshot, and the fixture's own connection must see what others write later.
    DatabaseOptions options;
    options.synchronous = Synchronous::Normal;
    auto writer = Database::open(m_path, options);
    if (!writer)
        return {};
    Database& db = **writer;
    QStringList uuids;
    DossierRepository repository(db);
    FileStore files(db, m_filesRoot);
    const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone);
    std::unique_ptr<Transaction> tx;
    for (int i = 0; i < count; ++i) {
        if (!tx)
            tx = std::make_unique<Transaction>(db);
        const int n = ++m_created;
        Dossier d;
        d.procedureCode = QStringLiteral("1.001193");
        d.procedureName = QStringLiteral("Đăng ký khai sinh");
        d.catalogueVersion = QStringLiteral("test-1");
        d.applicant.fullName = QStringLiteral("Người Thử %1").arg(n);
        d.applicant.idNumber = QStringLiteral("0010990%1").arg(n, 5, 10, QLatin1Char('0'));
        d.receivedAt = now;
        d.dueAt = now.addDays(3);
        d.receivedBy = QStringLiteral("canbo1");
        DossierComponent form;
        form.componentId = QStringLiteral("to-khai");
        form.name = QStringLiteral("Tờ khai");
        form.status = ComponentStatus::ShownOnly;
        d.components.append(form);
        if (attachmentBytes > 0) {
            const auto stored = files.put(patternBytes(attachmentBytes, quint32(n)), QStringLiteral("application/pdf"));
            if (!stored)
                return {};
            DossierComponent scan;
            scan.componentId = QStringLiteral("giay-chung-sinh");
            scan.name = QStringLiteral("Giấy chứng sinh");
            scan.status = ComponentStatus::Scanned;
            scan.fileSha256 = stored->sha256;
            scan.bytes = stored->size;
            scan.pageCount = 1;
            d.components.append(scan);
        }
        DossierEvent event;
        event.at = now;
        event.actor = QStringLiteral("canbo1");
        auto created = repository.create(std::move(d), std::move(event), CodeRequest{QLatin1String(kDeskId), true});
        if (!created)
            return {};
        uuids.append(created->uuid);
        if (i % 500 == 499 || i == count - 1) {
            if (!tx->commit())
                return {};
            tx.reset();
        }
    }
    return uuids;
}

QMap<QString, qint64> DeskFixture::outbox() const
{
    return m_db->outboxCounts();
}

qint64 DeskFixture::pending() const
{
    const auto counts = outbox();
    return counts.value(QStringLiteral("queued")) + counts.value(QStringLiteral("sending")) +
           counts.value(QStringLiteral("failed"));
}

int DeskFixture::provisionalCodes() const
{
    Statement s = m_db->prepare("SELECT COUNT(*) FROM dossiers WHERE code LIKE 'TAM-%'");
    return s.next() ? s.integer(0) : -1;
}

QStringList DeskFixture::lastErrors() const
{
    QStringList out;
    Statement s = m_db->prepare("SELECT last_error FROM outbox WHERE state = 'failed'");
    while (s.next())
        out.append(s.text(0));
    return out;
}

PassReport drain(SyncEngine& engine, Database& db, int maxPasses, int* passes)
{
    PassReport total;
    int ran = 0;
    for (; ran < maxPasses; ++ran) {
        Outbox(db).retryNow();
        const PassReport r = engine.runPass();
        total.sent += r.sent;
        total.duplicates += r.duplicates;
        total.failed += r.failed;
        total.deferred += r.deferred;
        total.pulled += r.pulled;
        total.applied += r.applied;
        total.codesAssigned += r.codesAssigned;
        total.attachmentsUploaded += r.attachmentsUploaded;
        total.attachmentBytes += r.attachmentBytes;
        total.error = r.error;
        total.clockSkewKnown = r.clockSkewKnown;
        total.clockSkewMs = r.clockSkewMs;
        const auto counts = db.outboxCounts();
        if (qEnvironmentVariableIsSet("MOTCUA_SYNC_TEST_VERBOSE"))
            qInfo() << "pass" << ran << "sent" << r.sent << "failed" << r.failed << "error" << r.error.code
                    << r.error.message;
        if (r.completed() && counts.value(QStringLiteral("queued")) + counts.value(QStringLiteral("sending")) +
                                     counts.value(QStringLiteral("failed")) ==
                                 0) {
            ++ran;
            break;
        }
    }
    if (passes)
        *passes = ran;
    return total;
}

} // namespace motcua::sync::test
