// Sync throughput benchmark: the desk's real sync client (SyncEngine, RegistryHttp, FileStoreAttachmentSource)
// against motcua-registry-sim on 127.0.0.1 (port 0, its own process), with desk databases made by the sync
// tests' DeskFixture.
//
//   bench_sync_throughput [--dossiers 10000] [--attachments 100] [--attachment-bytes 1048576]
//                         [--batch-size 100] [--profile] [--dir DIR]
//
//   1. `--dossiers` queued dossiers drained to the simulator: dossiers/s, wall time, passes.
//      Target: >= 1,000 dossiers/s.
//   2. `--attachments` dossiers with one attachment each: MiB/s of the sync pass, against raw loopback HTTP
//      moving the same bytes in the same run (a bare HTTP/1.1 client and sink over QTcpSocket/QTcpServer,
//      one keep-alive connection, TCP_NODELAY like the desk's client, each request written in one go).
//      Target: >= 50 % of raw loopback, taken as the faster of that bare client and the desk's own HTTP layer
//      (RegistryHttp) to the same bare sink: what loopback HTTP did in this run. For telling where the
//      difference goes: the same bytes to a sink that ACKs every segment at once (which would show any wait
//      of Nagle's algorithm against delayed ACKs), from the bare client to the simulator's own attachment
//      endpoint (the server's cost, without the client's logic), and the SHA-256 of the same bytes, which the
//      protocol makes each side compute once.
//   With --profile, or when the drain misses its target: where the drain's time goes (client vs simulator
//   CPU, the desk's SQL by statement, batch size 500 for comparison).
//
// The machine may be busy: CPU times (this process, and the simulator's once it has exited) are printed
// beside wall times.
//
// Every connection goes to 127.0.0.1; every exchange has a count bound and a timeout.
#include "AttachmentSource.h"
#include "RegistryEndpoint.h"
#include "RegistryHttp.h"
#include "Sha256.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/socket.h>

using namespace motcua;
using namespace motcua::sync;
using namespace motcua::sync::test;

namespace {

constexpr int kIoTimeoutMs = 30000;

// CPU a simulator spends starting and stopping with no traffic (Qt, SQLite schema); taken out of its figures.
double g_simulatorIdleCpu = 0;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("MET") : QStringLiteral("MISSED");
}

// ---------------------------------------------------------------------------------------------------------
// Raw loopback HTTP: the least any HTTP client can do to move a chunk. One keep-alive connection with
// TCP_NODELAY, blocking I/O, the request written in one go and the answer read by Content-Length; no
// JSON, no hashing, no database, nothing of the sync client.

struct RawAnswer
{
    int status = 0;
    QByteArray body;
};

class RawHttpClient
{
public:
    bool connectTo(quint16 port)
    {
        m_port = port;
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        if (!m_socket.waitForConnected(kIoTimeoutMs))
            return false;
        // As the desk's client does: without it the last segment of each request can wait for a delayed ACK,
        // and the reference would be slower than what loopback HTTP can do.
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }

    std::optional<RawAnswer> request(const QByteArray& method, const QByteArray& target, const QByteArray& contentType,
                                     const QByteArray& body, const QByteArray& token = {})
    {
        QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!contentType.isEmpty())
            head += "Content-Type: " + contentType + "\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token + "\r\n";
        head += "\r\n";
        m_socket.write(head);
        m_socket.write(body);
        while (m_socket.bytesToWrite() > 0)
            if (!m_socket.waitForBytesWritten(kIoTimeoutMs))
                return std::nullopt;
        // Answer: headers up to CRLFCRLF, then Content-Length bytes.
        QByteArray buffer;
        qsizetype headerEnd = -1;
        while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket.bytesAvailable() && !m_socket.waitForReadyRead(kIoTimeoutMs))
                return std::nullopt;
            buffer += m_socket.readAll();
        }
        RawAnswer answer;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        answer.status = lines.value(0).split(' ').value(1).toInt();
        qint64 length = 0;
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        answer.body = buffer.mid(headerEnd + 4);
        while (answer.body.size() < length) {
            if (!m_socket.bytesAvailable() && !m_socket.waitForReadyRead(kIoTimeoutMs))
                return std::nullopt;
            answer.body += m_socket.read(length - answer.body.size());
        }
        return answer;
    }

private:
    QTcpSocket m_socket;
    quint16 m_port = 0;
};

// A sink that reads HTTP requests and answers each with a small JSON, in a thread of its own. With
// `quickAck` it acknowledges every segment at once (TCP_QUICKACK) instead of delaying ACKs up to 40 ms:
// that shows what a sender that waits for ACKs (Nagle's algorithm) loses per request.
class SinkServer : public QTcpServer
{
public:
    explicit SinkServer(bool quickAck) : m_quickAck(quickAck)
    {
        connect(this, &QTcpServer::newConnection, this, &SinkServer::accept);
    }

private:
    struct Connection
    {
        QByteArray head;
        qint64 remaining = -1; // body bytes still to come; -1 while reading the headers
    };

    void accept()
    {
        while (QTcpSocket* socket = nextPendingConnection()) {
            socket->setReadBufferSize(0);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void readFrom(QTcpSocket* socket)
    {
        if (m_quickAck) { // Linux resets quick-ACK mode by itself: set it again on every read
            const int one = 1;
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        }
        Connection& c = m_connections[socket];
        while (socket->bytesAvailable() > 0) {
            if (c.remaining < 0) {
                c.head += socket->read(4096);
                const qsizetype end = c.head.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                qint64 length = 0;
                for (const QByteArray& line : c.head.left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                const qint64 alreadyRead = c.head.size() - (end + 4); // body bytes that came with the head
                c.remaining = length - alreadyRead;
                c.head.clear();
            } else {
                const qint64 skipped = socket->skip(std::min<qint64>(c.remaining, socket->bytesAvailable()));
                if (skipped <= 0)
                    break;
                c.remaining -= skipped;
            }
            if (c.remaining == 0) {
                static const QByteArray body = R"({"received":1048576,"complete":true})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                c.remaining = -1;
            }
        }
    }

    bool m_quickAck = false;
    QHash<QTcpSocket*, Connection> m_connections;
};

class SinkThread : public QThread
{
public:
    explicit SinkThread(bool quickAck = false) : m_quickAck(quickAck) {}
    quint16 port() const { return quint16(m_port.loadAcquire()); }

    // Starts the thread and waits until the sink listens; false if it could not.
    bool startListening()
    {
        start();
        for (int i = 0; i < 500 && port() == 0; ++i)
            QThread::msleep(10);
        return port() > 1;
    }

protected:
    void run() override
    {
        SinkServer server(m_quickAck);
        if (server.listen(QHostAddress(QHostAddress::LocalHost), 0))
            m_port.storeRelease(server.serverPort());
        else
            m_port.storeRelease(1);
        exec();
    }

private:
    bool m_quickAck = false;
    QAtomicInt m_port{0};
};

// Wall time to PUT every chunk over one connection; -1 on failure.
double rawPutSeconds(quint16 port, const QList<QByteArray>& chunks, const QList<QByteArray>& targets,
                     const QByteArray& token = {})
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return -1;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const auto answer = client.request("PUT", targets[i], "application/octet-stream", chunks[i], token);
        if (!answer || answer->status != 200)
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// ---------------------------------------------------------------------------------------------------------
// Instruments that do not change what they measure.

// Times the attachment source: the CPU time of opening a file (the store checks its hash) and the wall time
// from then until the engine says the registry holds it (the upload).
class TimedAttachmentSource : public AttachmentSource
{
public:
    explicit TimedAttachmentSource(AttachmentSource& inner) : m_inner(inner) {}
    Result<std::shared_ptr<QIODevice>> open(const QString& sha256) override
    {
        const double cpu0 = cpuSeconds(RUSAGE_THREAD);
        QElapsedTimer wall;
        wall.start();
        auto r = m_inner.open(sha256);
        openNs += wall.nsecsElapsed();
        openCpuSeconds += cpuSeconds(RUSAGE_THREAD) - cpu0;
        m_upload.start();
        return r;
    }
    void markUploaded(const QString& sha256) override
    {
        if (m_upload.isValid())
            uploadNs += m_upload.nsecsElapsed();
        m_upload.invalidate();
        m_inner.markUploaded(sha256);
    }

    double openCpuSeconds = 0;
    qint64 openNs = 0;
    qint64 uploadNs = 0;

private:
    AttachmentSource& m_inner;
    QElapsedTimer m_upload;
};

// Time of every SQL statement the desk's connection runs, by statement text (sqlite3_trace_v2 PROFILE).
class SqlProfile
{
public:
    explicit SqlProfile(sqlite3* db) : m_db(db)
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_PROFILE, &SqlProfile::callback, this);
    }
    ~SqlProfile() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }

    void print(double wallSeconds, int dossiers) const
    {
        struct Row
        {
            QString sql;
            qint64 count;
            qint64 ns;
        };
        QList<Row> rows;
        qint64 totalNs = 0, totalCount = 0;
        for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
            rows.append({it.key(), it->first, it->second});
            totalNs += it->second;
            totalCount += it->first;
        }
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.ns > b.ns; });
        out() << "    desk SQL on the engine's connection: " << totalCount << " statements, "
              << fixed(double(totalNs) / 1e9, 2) << " s (" << fixed(100.0 * double(totalNs) / 1e9 / wallSeconds, 0)
              << " % of the wall time), " << fixed(double(totalCount) / dossiers, 1) << " statements per dossier\n";
        out() << "         ms   per dossier  statement (top 14 by time)\n";
        for (int i = 0; i < std::min<qsizetype>(14, rows.size()); ++i) {
            QString sql = rows[i].sql.simplified();
            if (sql.size() > 80)
                sql = sql.left(77) + QStringLiteral("...");
            out() << "      " << fixed(double(rows[i].ns) / 1e6, 0).rightJustified(5) << "  "
                  << fixed(double(rows[i].count) / dossiers, 2).rightJustified(8) << "x     " << sql << "\n";
        }
    }

private:
    static int callback(unsigned type, void* context, void* statement, void* nanoseconds)
    {
        if (type == SQLITE_TRACE_PROFILE) {
            auto* self = static_cast<SqlProfile*>(context);
            const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
            auto& entry = self->m_stats[QString::fromUtf8(sql ? sql : "?")];
            ++entry.first;
            entry.second += *static_cast<qint64*>(nanoseconds);
        }
        return 0;
    }

    sqlite3* m_db;
    QHash<QString, std::pair<qint64, qint64>> m_stats; // sql → (count, ns)
};

// ---------------------------------------------------------------------------------------------------------

struct DrainFigures
{
    bool ok = false;
    int dossiers = 0;
    int sent = 0;
    int passes = 0;
    double wallSeconds = 0;
    double clientCpu = 0;
    double simulatorCpu = 0;
    qint64 registryDossiers = -1;
    qint64 attachmentBytes = 0;
    int attachmentsUploaded = 0;
    double openCpuSeconds = 0;
    double openSeconds = 0;
    double uploadSeconds = 0;
    QString error;

    double perSecond() const { return wallSeconds > 0 ? sent / wallSeconds : 0; }
};

// Creates `count` queued dossiers (with an attachment each when `attachmentBytes` > 0) in a fresh desk
// database, starts a simulator, and drains the outbox with the real engine; `profile` adds the SQL profile.
DrainFigures drainOnce(const QString& base, int count, qint64 attachmentBytes, int batchSize, bool profile)
{
    DrainFigures f;
    f.dossiers = count;
    QTemporaryDir dir(base + QStringLiteral("/sync-XXXXXX"));
    if (!dir.isValid()) {
        f.error = QStringLiteral("cannot create a folder under %1").arg(base);
        return f;
    }
    DeskFixture desk(dir.path());
    QString error;
    if (!desk.open(&error)) {
        f.error = error;
        return f;
    }
    QElapsedTimer setup;
    setup.start();
    if (desk.createDossiers(count, attachmentBytes).size() != count) {
        f.error = QStringLiteral("could not create the dossiers");
        return f;
    }
    out() << "    (set-up: " << count << " dossiers"
          << (attachmentBytes > 0 ? QStringLiteral(" with attachments") : QString()) << " created in "
          << fixed(double(setup.elapsed()) / 1000.0, 1) << " s, not measured)" << Qt::endl;

    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    SimulatorProcess sim;
    if (!sim.start(dir.filePath(QStringLiteral("registry.sqlite")), {}, &error)) {
        f.error = error;
        return f;
    }

    auto endpoint = RegistryEndpoint::create(sim.url());
    if (!endpoint) {
        f.error = endpoint.error().message;
        return f;
    }
    RegistryHttp http(endpoint.value(), kIoTimeoutMs);
    FileStoreAttachmentSource store(desk.db(), desk.filesRoot());
    TimedAttachmentSource files(store);
    SyncOptions options;
    options.batchSize = batchSize;
    SyncEngine engine(desk.db(), http, Credentials{QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files, options);
    std::optional<SqlProfile> sql;
    if (profile)
        sql.emplace(desk.db().handle());

    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    // Bounded: at most 50 passes (one is enough when nothing fails; maxBatchesPerPass × batchSize entries each).
    const PassReport report = drain(engine, desk.db(), 50, &f.passes);
    f.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    f.clientCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    f.sent = report.sent;
    f.attachmentBytes = report.attachmentBytes;
    f.attachmentsUploaded = report.attachmentsUploaded;
    f.openCpuSeconds = files.openCpuSeconds;
    f.openSeconds = double(files.openNs) / 1e9;
    f.uploadSeconds = double(files.uploadNs) / 1e9;
    if (sql) {
        sql->print(f.wallSeconds, count);
        sql.reset();
    }
    sim.stop();
    // The simulator, reaped by stop(), without what it costs to start and stop.
    f.simulatorCpu = std::max(0.0, cpuSeconds(RUSAGE_CHILDREN) - childrenBefore - g_simulatorIdleCpu);
    f.registryDossiers = sim.stats().value(QStringLiteral("dossiers")).toInteger(-1);
    if (!report.completed())
        f.error = report.error.code + QLatin1Char(' ') + report.error.message;
    else if (desk.pending() != 0)
        f.error = QStringLiteral("%1 entries still pending").arg(desk.pending());
    else if (f.registryDossiers != count)
        f.error = QStringLiteral("registry holds %1 dossiers, expected %2").arg(f.registryDossiers).arg(count);
    f.ok = f.error.isEmpty();
    return f;
}

void printDrain(const DrainFigures& f, int batchSize)
{
    if (!f.ok)
        out() << "    FAILED: " << f.error << "\n";
    out() << "    " << f.sent << " dossiers in " << fixed(f.wallSeconds, 2) << " s wall  →  " << fixed(f.perSecond(), 0)
          << " dossiers/s; " << f.passes << " pass(es), " << (f.dossiers + batchSize - 1) / batchSize
          << " batch(es) of " << batchSize << "\n";
    // Each exchange is request → answer, so client and simulator mostly take turns: with a core each and
    // nothing else running, the pass would take about the sum of their CPU times.
    const double cpu = f.clientCpu + f.simulatorCpu;
    out() << "    CPU: client (this process) " << fixed(f.clientCpu, 2) << " s, simulator " << fixed(f.simulatorCpu, 2)
          << " s  →  " << fixed(cpu > 0 ? f.sent / cpu : 0, 0)
          << " dossiers/s if the machine were idle (dossiers / summed CPU; wall ÷ CPU = "
          << fixed(cpu > 0 ? f.wallSeconds / cpu : 0, 1) << ")\n";
}

struct Transfer
{
    double seconds = -1;   // wall
    double clientCpu = 0;  // this process (the bare client, and the sink thread for the raw baseline)
    double serverCpu = -1; // the simulator process, when it is the server
};

// The bare client PUTting the chunks to a simulator of its own (its CPU is counted when it has stopped).
Transfer simulatorDirect(const QString& base, const QList<QByteArray>& chunks, const QList<QByteArray>& targets)
{
    Transfer t;
    QTemporaryDir dir(base + QStringLiteral("/sync-XXXXXX"));
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    SimulatorProcess sim;
    if (!dir.isValid() || !sim.start(dir.filePath(QStringLiteral("registry.sqlite"))))
        return t;
    RawHttpClient client;
    if (!client.connectTo(quint16(sim.url().port())))
        return t;
    const QJsonObject credentials{{QStringLiteral("deskId"), QLatin1String(kDeskId)},
                                  {QStringLiteral("secret"), QLatin1String(kDeskSecret)}};
    const auto answer = client.request("POST", "/v1/auth/token", "application/json",
                                       QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    if (!answer || answer->status != 200)
        return t;
    const QByteArray token =
        QJsonDocument::fromJson(answer->body).object().value(QStringLiteral("token")).toString().toLatin1();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    t.seconds = rawPutSeconds(quint16(sim.url().port()), chunks, targets, token);
    t.clientCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    sim.stop();
    t.serverCpu = std::max(0.0, cpuSeconds(RUSAGE_CHILDREN) - childrenBefore - g_simulatorIdleCpu);
    return t;
}

// Median CPU of a simulator started and stopped with no traffic.
double simulatorIdleCpu(const QString& base)
{
    QList<double> cpu;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir dir(base + QStringLiteral("/sync-XXXXXX"));
        const double before = cpuSeconds(RUSAGE_CHILDREN);
        SimulatorProcess sim;
        if (!dir.isValid() || !sim.start(dir.filePath(QStringLiteral("registry.sqlite"))))
            return 0;
        sim.stop();
        cpu.append(cpuSeconds(RUSAGE_CHILDREN) - before);
    }
    std::sort(cpu.begin(), cpu.end());
    return cpu[1];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int dossiers = option(QStringLiteral("--dossiers"), QStringLiteral("10000")).toInt();
    const int attachments = option(QStringLiteral("--attachments"), QStringLiteral("100")).toInt();
    const qint64 attachmentBytes = option(QStringLiteral("--attachment-bytes"), QStringLiteral("1048576")).toLongLong();
    const int batchSize = option(QStringLiteral("--batch-size"), QString::number(SyncOptions{}.batchSize)).toInt();
    const bool profileAlways = args.contains(QStringLiteral("--profile"));
    const QString base = option(QStringLiteral("--dir"), QStringLiteral(MOTCUA_BENCH_DATA_DIR));
    QDir().mkpath(base);
    if (dossiers <= 0 || attachments <= 0 || attachmentBytes <= 0 || batchSize <= 0 || batchSize > 500) {
        out() << "bad arguments\n";
        return 2;
    }

    out() << "Sync throughput benchmark (SyncEngine → motcua-registry-sim on 127.0.0.1, desk database in " << base
          << ")\n";

    g_simulatorIdleCpu = simulatorIdleCpu(base);
    out() << "  (a simulator started and stopped with no traffic uses " << fixed(g_simulatorIdleCpu, 2)
          << " s CPU; taken out of the simulator CPU figures below)\n";

    // 1. Drain.
    out() << "\n1. " << dossiers << " queued dossiers drained to the simulator (batch size " << batchSize << ")"
          << Qt::endl;
    const DrainFigures drained = drainOnce(base, dossiers, 0, batchSize, false);
    printDrain(drained, batchSize);
    const bool drainMet = drained.ok && drained.perSecond() >= 1000.0;
    out() << "    target >= 1,000 dossiers/s: " << verdict(drainMet) << " (" << fixed(drained.perSecond(), 0)
          << "/s)\n";
    if (!drained.ok)
        return 1;

    if (profileAlways || !drainMet) {
        const int n = std::min(dossiers, 3000);
        out() << "\n   Profile of the drain (" << n << " dossiers each; SQL traced on the desk's connection)"
              << Qt::endl;
        for (const int size : {batchSize, 500}) {
            out() << "   batch size " << size << ":\n";
            const DrainFigures p = drainOnce(base, n, 0, size, true);
            printDrain(p, size);
        }
    }

    // 2. Attachments.
    const double mib = double(attachments) * double(attachmentBytes) / 1048576.0;
    out() << "\n2. " << attachments << " dossiers with a " << fixed(double(attachmentBytes) / 1048576.0, 2)
          << " MiB attachment each (" << fixed(mib, 0) << " MiB)" << Qt::endl;

    // The same amount of data, distinct contents (never the desk's, so the registry cannot take them as known).
    QList<QByteArray> chunks, sinkTargets, simTargets;
    for (int i = 0; i < attachments; ++i) {
        chunks.append(patternBytes(attachmentBytes, quint32(900001 + i)));
        const QByteArray sha = QCryptographicHash::hash(chunks.last(), QCryptographicHash::Sha256).toHex();
        sinkTargets.append("/sink/" + sha);
        simTargets.append("/v1/attachments/" + sha + "?offset=0&size=" + QByteArray::number(attachmentBytes));
    }
    SinkThread sink;
    SinkThread quickSink(true);
    if (!sink.startListening() || !quickSink.startListening()) {
        out() << "    cannot start the loopback sinks\n";
        return 1;
    }
    QList<Transfer> raw;
    const auto rawRound = [&] {
        Transfer t;
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        t.seconds = rawPutSeconds(sink.port(), chunks, sinkTargets);
        t.clientCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
        if (t.seconds > 0)
            raw.append(t);
    };
    rawRound();
    rawRound();
    // The client's own HTTP layer (RegistryHttp over HttpConnection) moving the same bytes to a sink.
    const auto httpLayer = [&](quint16 port) {
        Transfer t;
        auto endpoint = RegistryEndpoint::create(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        if (!endpoint)
            return t;
        RegistryHttp http(endpoint.value(), kIoTimeoutMs);
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < chunks.size(); ++i)
            if (!http.put(QString::fromLatin1(sinkTargets[i]), QStringLiteral("offset=0&size=%1").arg(attachmentBytes),
                          chunks[i], "application/octet-stream")
                     .success())
                return t;
        t.seconds = double(timer.nsecsElapsed()) / 1e9;
        t.clientCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
        return t;
    };
    const Transfer layer = httpLayer(sink.port());
    const Transfer layerQuick = httpLayer(quickSink.port());
    const Transfer direct = simulatorDirect(base, chunks, simTargets);
    // What the protocol itself makes each side compute once per byte (best of two rounds).
    double shaSeconds = -1;
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray& chunk : std::as_const(chunks))
            if (Sha256::hex(chunk).isEmpty())
                return 1;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        shaSeconds = shaSeconds < 0 ? seconds : std::min(shaSeconds, seconds);
    }
    const DrainFigures up = drainOnce(base, attachments, attachmentBytes, batchSize, profileAlways);
    rawRound(); // once more after the sync pass: the machine's load changes over the run
    for (SinkThread* t : {&sink, &quickSink}) {
        t->quit();
        t->wait();
    }
    if (raw.isEmpty()) {
        out() << "    raw loopback transfer failed\n";
        return 1;
    }
    std::sort(raw.begin(), raw.end(), [](const Transfer& a, const Transfer& b) { return a.seconds < b.seconds; });
    const Transfer rawMed = raw[raw.size() / 2];

    const auto mibs = [](double amount, double seconds) { return seconds > 0 ? amount / seconds : 0.0; };
    const double engineMiB = double(up.attachmentBytes) / 1048576.0;
    const double rawMiBs = mibs(mib, rawMed.seconds);
    const double simMiBs = mibs(mib, direct.seconds);
    const double engineMiBs = mibs(engineMiB, up.wallSeconds);
    printDrain(up, batchSize);
    out() << "    raw loopback HTTP (bare client → bare sink thread, same bytes; median of " << raw.size()
          << " rounds): " << fixed(rawMiBs, 0) << " MiB/s; CPU " << fixed(1000.0 * rawMed.clientCpu / mib, 1)
          << " ms per MiB (client + sink)\n";
    out() << "    the client's HTTP layer (RegistryHttp.put over HttpConnection) → the same sink: "
          << fixed(mibs(mib, layer.seconds), 0) << " MiB/s; CPU " << fixed(1000.0 * layer.clientCpu / mib, 1)
          << " ms per MiB (client + sink)\n";
    out() << "      the same to a sink that ACKs at once (TCP_QUICKACK; would show a Nagle/delayed-ACK wait): "
          << fixed(mibs(mib, layerQuick.seconds), 0) << " MiB/s; CPU " << fixed(1000.0 * layerQuick.clientCpu / mib, 1)
          << " ms per MiB (client + sink)\n";
    out() << "    bare client → the simulator's attachment endpoint (no sync client logic): " << fixed(simMiBs, 0)
          << " MiB/s; CPU " << fixed(1000.0 * direct.clientCpu / mib, 1) << " + "
          << fixed(1000.0 * direct.serverCpu / mib, 1) << " ms per MiB (client + simulator)\n";
    out() << "    SHA-256 of the same bytes (OpenSSL, as both sides compute it): "
          << fixed(1000.0 * shaSeconds / mib, 2)
          << " ms per MiB; the desk checks each file and the registry each upload, so hashing alone holds the "
             "pass under "
          << fixed(mibs(mib, 2 * shaSeconds), 0) << " MiB/s while the two take turns\n";
    out() << "    sync pass, real client (" << up.attachmentsUploaded << " attachments, " << fixed(engineMiB, 0)
          << " MiB in " << fixed(up.wallSeconds, 2) << " s): " << fixed(engineMiBs, 0) << " MiB/s; CPU "
          << fixed(1000.0 * up.clientCpu / engineMiB, 1) << " + " << fixed(1000.0 * up.simulatorCpu / engineMiB, 1)
          << " ms per MiB (client + simulator)\n";
    out() << "      in the sync pass: opening files (the store reads each and checks its hash) "
          << fixed(up.openSeconds, 2) << " s wall, " << fixed(up.openCpuSeconds, 2)
          << " s CPU; uploads (from the open to the registry holding it) " << fixed(up.uploadSeconds, 2) << " s wall ("
          << fixed(mibs(engineMiB, up.uploadSeconds), 0) << " MiB/s while uploading)\n";
    // The reference is the faster of the two loopback HTTP figures: when the desk's own HTTP layer moves the
    // bytes to the sink faster than the bare client does, that is what loopback HTTP can do in this run.
    const double referenceMiBs = std::max(rawMiBs, mibs(mib, layer.seconds));
    const double ratio = referenceMiBs > 0 ? engineMiBs / referenceMiBs : 0;
    const bool uploadMet = up.ok && ratio >= 0.5;
    out() << "    sync pass / raw loopback (" << fixed(referenceMiBs, 0)
          << " MiB/s, the faster of the two loopback HTTP figures): " << fixed(100.0 * ratio, 0)
          << " %; sync pass / simulator endpoint: " << fixed(simMiBs > 0 ? 100.0 * engineMiBs / simMiBs : 0, 0)
          << " %\n";
    out() << "    target attachments >= 50 % of raw loopback: " << verdict(uploadMet) << "\n";
    if (!up.ok)
        return 1;
    out().flush();
    return 0;
}
