#include "ScanWorkerClient.h"

#include "ScanJobControl.h"

#include <QCborArray>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcScanWorker, "motcua.scan.worker", QtInfoMsg)

namespace motcua::scan {

using namespace worker;

namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

const QString kDriverStopped = QStringLiteral("scan.driver_stopped");

} // namespace

ScanWorkerClient::ScanWorkerClient(QString workerPath, ScanWorkerTimings timings)
    : m_workerPath(std::move(workerPath)), m_timings(timings)
{
    m_tick = new QTimer(this);
    m_tick->setInterval(100); // also how soon a ScanJob::cancel() reaches the worker
    connect(m_tick, &QTimer::timeout, this, &ScanWorkerClient::onTick);
}

ScanWorkerClient::~ScanWorkerClient()
{
    Q_ASSERT(!m_process); // shutdown() ran on the client's thread
}

void ScanWorkerClient::requestDevices(bool refresh, DevicesHandler handler)
{
    Request r;
    r.kind = Kind::Devices;
    r.message = {{key("t"), msg::Devices}, {key("refresh"), refresh}};
    r.onDevices = std::move(handler);
    submit(std::move(r));
}

void ScanWorkerClient::requestCapabilities(const QString& device, CapabilitiesHandler handler)
{
    Request r;
    r.kind = Kind::Capabilities;
    r.message = {{key("t"), msg::Capabilities}, {key("device"), device}};
    r.onCapabilities = std::move(handler);
    submit(std::move(r));
}

void ScanWorkerClient::requestScan(const QString& device, const ScanSettings& settings,
                                   std::shared_ptr<ScanJobControl> control)
{
    Request r;
    r.kind = Kind::Scan;
    r.message = {{key("t"), msg::Scan}, {key("device"), device}, {key("settings"), toCbor(settings)}};
    r.control = std::move(control);
    submit(std::move(r));
}

void ScanWorkerClient::submit(Request request)
{
    if (m_shutDown) {
        fail(request, request.kind == Kind::Scan ? QStringLiteral("scan.cancelled") : QStringLiteral("scan.internal"),
             QStringLiteral("the scanner backend is closed"));
        return;
    }
    request.id = m_nextId++;
    request.message.insert(key("id"), request.id);
    m_queue.push_back(std::move(request));
    pump();
}

void ScanWorkerClient::pump()
{
    while (!m_current && !m_queue.empty() && !m_shutDown) {
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        Request& r = *m_current;
        if (r.kind == Kind::Scan && r.control->isCancelled()) {
            r.control->finished(ScanError(ScanError::Cancelled, QStringLiteral("cancelled before it started")), 0);
            m_current.reset();
            continue;
        }
        if (!m_process) {
            QString problem;
            if (!startWorker(&problem)) {
                fail(r, kDriverStopped, QStringLiteral("scanner driver stopped: ") + problem);
                m_current.reset();
                continue;
            }
        }
        if (m_hello)
            sendCurrent();
    }
    if (m_current && !m_tick->isActive())
        m_tick->start();
    else if (!m_current)
        m_tick->stop();
}

bool ScanWorkerClient::startWorker(QString* problem)
{
    const QFileInfo program(m_workerPath);
    if (!program.isFile() || !program.isExecutable()) {
        *problem = QStringLiteral("motcua-scan-worker not found at %1 (it is installed next to the desk)")
                       .arg(program.absoluteFilePath());
        return false;
    }
    m_reader = FrameReader();
    m_hello = false;
    m_stderrTail.clear();
    m_stderrPartial.clear();
    m_process = new QProcess(this);
    m_process->setProgram(program.absoluteFilePath());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ScanWorkerClient::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &ScanWorkerClient::onStderr);
    connect(m_process, &QProcess::finished, this, &ScanWorkerClient::onExited);
    m_process->start();
    if (!m_process->waitForStarted(m_timings.startMs)) {
        *problem = QStringLiteral("could not start %1: %2").arg(m_workerPath, m_process->errorString());
        stopWorker();
        return false;
    }
    m_pid = m_process->processId();
    ++m_starts;
    m_sinceHeard.start();
    qCInfo(lcScanWorker) << "started scan worker, pid" << m_pid.load();
    return true;
}

void ScanWorkerClient::stopWorker()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    m_hello = false;
    m_pid = 0;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    process->deleteLater(); // may be inside one of its own signals
}

void ScanWorkerClient::sendCurrent()
{
    Request& r = *m_current;
    if (r.sent)
        return;
    r.sent = true;
    m_process->write(encodeFrame(r.message));
    m_sinceHeard.restart();
}

void ScanWorkerClient::onStdout()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    m_sinceHeard.restart();
    m_reader.append(bytes);
    QProcess* const process = m_process;
    while (m_process == process) {
        QCborMap message;
        QByteArray data;
        const auto status = m_reader.next(&message, &data);
        if (status == FrameReader::Status::NeedMore)
            return;
        if (status == FrameReader::Status::Garbage) {
            garbage(m_reader.problem());
            return;
        }
        if (!handleFrame(message, data))
            return;
    }
}

void ScanWorkerClient::onStderr()
{
    if (!m_process)
        return;
    m_stderrPartial.append(m_process->readAllStandardError());
    qsizetype newline;
    while ((newline = m_stderrPartial.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_stderrPartial.left(newline)).trimmed();
        m_stderrPartial.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        qCInfo(lcScanWorker).noquote() << "worker:" << line;
        m_stderrTail.append(line);
        if (m_stderrTail.size() > 3)
            m_stderrTail.removeFirst();
    }
}

void ScanWorkerClient::onExited(int exitCode, QProcess::ExitStatus status)
{
    // Whatever it wrote before it went (the pages of a batch it crashed in) still counts.
    onStdout();
    onStderr();
    if (!m_process)
        return; // already handled
    fault(status == QProcess::CrashExit ? QStringLiteral("the worker crashed")
                                        : QStringLiteral("the worker exited with code %1").arg(exitCode));
}

bool ScanWorkerClient::handleFrame(const QCborMap& message, const QByteArray& data)
{
    const QString type = message.value(key("t")).toString();
    if (!data.isEmpty() && type != msg::Page)
        return reject(QStringLiteral("'%1' with %2 bytes of data").arg(type).arg(data.size()));
    if (!m_hello) {
        if (type != msg::Hello)
            return reject(QStringLiteral("first message was '%1', not hello").arg(type));
        const qint64 protocol = message.value(key("protocol")).toInteger();
        if (protocol != kProtocolVersion) {
            fault(QStringLiteral("the worker speaks protocol %1, the desk %2").arg(protocol).arg(kProtocolVersion));
            return false;
        }
        m_hello = true;
        if (m_current)
            sendCurrent();
        return true;
    }
    const qint64 id = message.value(key("id")).toInteger(-1);
    if (!m_current || !m_current->sent || id != m_current->id)
        return reject(QStringLiteral("'%1' for request %2, which is not running").arg(type).arg(id));
    Request& r = *m_current;

    if (type == msg::Idle) {
        if (!r.answered)
            return reject(QStringLiteral("idle before answering request %1").arg(id));
        m_current.reset();
        pump();
        return true;
    }
    if (r.answered)
        return reject(QStringLiteral("'%1' after the outcome of request %2").arg(type).arg(id));

    if (r.kind == Kind::Devices && type == msg::Devices) {
        r.answered = true;
        if (message.contains(key("error"))) {
            r.onDevices(errorFromCbor(message.value(key("error")).toMap()));
        } else {
            QList<ScannerDevice> devices;
            for (const QCborValue& d : message.value(key("devices")).toArray())
                devices.append(deviceFromCbor(d.toMap()));
            r.onDevices(std::move(devices));
        }
        return true;
    }
    if (r.kind == Kind::Capabilities && type == msg::Capabilities) {
        r.answered = true;
        if (message.contains(key("error")))
            r.onCapabilities(errorFromCbor(message.value(key("error")).toMap()));
        else
            r.onCapabilities(capabilitiesFromCbor(message.value(key("capabilities")).toMap()));
        return true;
    }
    if (r.kind == Kind::Scan) {
        const int index = int(message.value(key("index")).toInteger());
        if (type == msg::PageStarted) {
            r.control->pageStarted(index);
            return true;
        }
        if (type == msg::Progress) {
            r.control->pageProgressed(index, int(message.value(key("percent")).toInteger()));
            return true;
        }
        if (type == msg::Page) {
            QString problem;
            const auto page = pageFromFrame(message, data, &problem);
            if (!page)
                return reject(problem);
            ++r.pages;
            r.control->pageScanned(*page);
            return true;
        }
        if (type == msg::Finished) {
            r.answered = true;
            const ScanError error(ScanError::codeFromString(message.value(key("code")).toString()),
                                  message.value(key("detail")).toString());
            r.control->finished(error, int(message.value(key("pages")).toInteger(r.pages)));
            return true;
        }
    }
    return reject(QStringLiteral("unexpected '%1' for request %2").arg(type).arg(id));
}

void ScanWorkerClient::garbage(const QString& problem)
{
    fault(QStringLiteral("the worker sent an unreadable message (%1)").arg(problem));
}

bool ScanWorkerClient::reject(const QString& problem)
{
    garbage(problem);
    return false;
}

void ScanWorkerClient::fault(const QString& reason)
{
    QString detail = QStringLiteral("scanner driver stopped: ") + reason;
    if (!m_stderrTail.isEmpty())
        detail += QStringLiteral("; its last words: ") + m_stderrTail.join(QStringLiteral(" | "));
    qCWarning(lcScanWorker).noquote() << detail << "- pid" << m_pid.load()
                                      << "stopped; the next request starts a new one";
    stopWorker();
    if (m_current) {
        if (m_current->answered)
            qCWarning(lcScanWorker) << "request" << m_current->id << "had already ended; nothing lost";
        fail(*m_current, kDriverStopped, detail);
        m_current.reset();
    }
    pump();
}

void ScanWorkerClient::fail(Request& r, const QString& code, const QString& message)
{
    if (r.answered)
        return;
    r.answered = true;
    switch (r.kind) {
    case Kind::Devices:
        r.onDevices(Error{code, message});
        break;
    case Kind::Capabilities:
        r.onCapabilities(Error{code, message});
        break;
    case Kind::Scan: {
        const ScanError::Code scanCode = ScanError::codeFromString(code);
        QString detail = message;
        if (scanCode == ScanError::DriverStopped)
            detail += QStringLiteral(" (%1 page(s) of the batch were received and are kept)").arg(r.pages);
        r.control->finished(ScanError(scanCode, detail), r.pages);
        break;
    }
    }
}

int ScanWorkerClient::silenceLimit(const Request& r) const
{
    switch (r.kind) {
    case Kind::Devices:
        return m_timings.discoveryMs;
    case Kind::Capabilities:
        return m_timings.capabilitiesMs;
    case Kind::Scan:
        return m_timings.scanSilenceMs;
    }
    return m_timings.scanSilenceMs;
}

void ScanWorkerClient::onTick()
{
    if (!m_current || !m_process) {
        m_tick->stop();
        return;
    }
    Request& r = *m_current;
    if (!m_hello) {
        if (m_sinceHeard.elapsed() > m_timings.startMs)
            fault(QStringLiteral("the worker did not start within %1").arg(seconds(m_timings.startMs)));
        return;
    }
    if (r.kind == Kind::Scan && r.sent && !r.answered && !r.cancelSent && r.control->isCancelled()) {
        m_process->write(encodeFrame({{key("t"), msg::Cancel}, {key("id"), r.id}}));
        r.cancelSent = true;
        r.sinceCancel.start();
    }
    if (r.answered) {
        if (m_sinceHeard.elapsed() > m_timings.releaseGraceMs)
            fault(QStringLiteral("the driver did not release the scanner within %1 after the batch")
                      .arg(seconds(m_timings.releaseGraceMs)));
        return;
    }
    if (r.cancelSent && r.sinceCancel.elapsed() > m_timings.cancelGraceMs) {
        fault(QStringLiteral("the driver did not stop within %1 after cancel").arg(seconds(m_timings.cancelGraceMs)));
        return;
    }
    if (m_sinceHeard.elapsed() > silenceLimit(r))
        fault(QStringLiteral("the driver stopped answering (nothing for %1)").arg(seconds(silenceLimit(r))));
}

void ScanWorkerClient::shutdown()
{
    m_shutDown = true;
    m_tick->stop();
    auto close = [this](Request& r) {
        fail(r, r.kind == Kind::Scan ? QStringLiteral("scan.cancelled") : QStringLiteral("scan.internal"),
             QStringLiteral("the scanner backend is closed"));
    };
    if (m_current) {
        close(*m_current);
        m_current.reset();
    }
    for (Request& r : m_queue)
        close(r);
    m_queue.clear();
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    m_pid = 0;
    process->disconnect(this);
    // End of input tells the worker to release everything (sane_exit) and quit.
    process->closeWriteChannel();
    if (!process->waitForFinished(m_timings.shutdownGraceMs)) {
        qCWarning(lcScanWorker) << "scan worker did not quit within" << m_timings.shutdownGraceMs << "ms; killing it";
        process->kill();
        process->waitForFinished(2000);
    }
    delete process;
}

} // namespace motcua::scan
