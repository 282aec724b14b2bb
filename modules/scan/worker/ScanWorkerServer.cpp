#include "ScanWorkerServer.h"

#include "ScanJob.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace motcua::scan::worker {

namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

void logLine(const QString& text)
{
    std::fprintf(stderr, "motcua-scan-worker: %s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace

ScanWorkerServer::ScanWorkerServer(int inFd, int outFd, QObject* parent)
    : QObject(parent), m_inFd(inFd), m_outFd(outFd), m_faults(readFaults())
{}

ScanWorkerServer::~ScanWorkerServer()
{
    for (const auto& job : std::as_const(m_jobs))
        delete job.data(); // cancels; SaneBackend's destructor then waits for the SANE thread
}

ScanWorkerServer::Faults ScanWorkerServer::readFaults()
{
    Faults f;
    const QString spec = qEnvironmentVariable(kFaultVariable);
    for (const QString& item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        const int value = item.section(QLatin1Char('='), 1).trimmed().toInt();
        if (name == QLatin1String("hang-after-page"))
            f.hangAfterPage = value;
        else if (name == QLatin1String("hang-on-cancel"))
            f.hangOnCancel = true;
        else if (name == QLatin1String("garbage-after-page"))
            f.garbageAfterPage = value;
        else if (name == QLatin1String("stdout-noise"))
            f.stdoutNoise = true;
        else if (name == QLatin1String("stuck-release"))
            f.stuckRelease = true;
        else
            logLine(QStringLiteral("unknown fault '%1' ignored").arg(item));
    }
    if (!spec.isEmpty())
        logLine(QStringLiteral("fault injection: %1").arg(spec));
    return f;
}

void ScanWorkerServer::hangForever()
{
    logLine(QStringLiteral("fault injection: hanging"));
    for (;;)
        ::pause();
}

void ScanWorkerServer::start()
{
    if (m_faults.stdoutNoise) {
        // What a chatty vendor backend does; main() pointed fd 1 at stderr, so this must not reach the desk.
        std::printf("vendor backend: firmware 1.0 loaded\n");
        std::fflush(stdout);
    }
    m_notifier = new QSocketNotifier(m_inFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ScanWorkerServer::onReadable);
    send({{key("t"), msg::Hello}, {key("protocol"), kProtocolVersion}, {key("pid"), qint64(::getpid())}});
}

void ScanWorkerServer::onReadable()
{
    char buffer[64 * 1024];
    const ssize_t n = ::read(m_inFd, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_notifier->setEnabled(false);
        emit inputClosed();
        return;
    }
    m_reader.append(QByteArray(buffer, qsizetype(n)));
    for (;;) {
        QCborMap message;
        QByteArray data;
        const auto status = m_reader.next(&message, &data);
        if (status == FrameReader::Status::NeedMore)
            return;
        if (status == FrameReader::Status::Garbage) {
            logLine(QStringLiteral("unreadable request (%1); quitting").arg(m_reader.problem()));
            m_notifier->setEnabled(false);
            emit inputClosed();
            return;
        }
        handle(message);
    }
}

void ScanWorkerServer::handle(const QCborMap& message)
{
    const QString type = message.value(key("t")).toString();
    const qint64 id = message.value(key("id")).toInteger();

    if (type == msg::Devices) {
        m_backend.devices(message.value(key("refresh")).toBool())
            .then(this, [this, id](const Result<QList<ScannerDevice>>& result) {
                QCborMap answer{{key("t"), msg::Devices}, {key("id"), id}};
                if (result) {
                    QCborArray devices;
                    for (const ScannerDevice& d : result.value())
                        devices.append(toCbor(d));
                    answer.insert(key("devices"), devices);
                } else {
                    answer.insert(key("error"), toCbor(result.error()));
                }
                send(answer);
                sendIdleWhenDone(id);
            });
    } else if (type == msg::Capabilities) {
        m_backend.capabilities(message.value(key("device")).toString())
            .then(this, [this, id](const Result<DeviceCapabilities>& result) {
                QCborMap answer{{key("t"), msg::Capabilities}, {key("id"), id}};
                if (result)
                    answer.insert(key("capabilities"), toCbor(result.value()));
                else
                    answer.insert(key("error"), toCbor(result.error()));
                send(answer);
                sendIdleWhenDone(id);
            });
    } else if (type == msg::Scan) {
        ScanJob* job = m_backend.scan(message.value(key("device")).toString(),
                                      settingsFromCbor(message.value(key("settings")).toMap()));
        job->setParent(this);
        m_jobs.insert(id, job);
        connect(job, &ScanJob::pageStarted, this, [this, id](int index) {
            send({{key("t"), msg::PageStarted}, {key("id"), id}, {key("index"), index}});
        });
        connect(job, &ScanJob::pageProgressed, this, [this, id](int index, int percent) {
            send({{key("t"), msg::Progress}, {key("id"), id}, {key("index"), index}, {key("percent"), percent}});
        });
        connect(job, &ScanJob::pageScanned, this, [this, id](const ScannedPage& page) {
            const PageFrame frame = pageFrame(id, page);
            writeAll(encodeFrameHead(frame.message, frame.rows.size()));
            writeAll(frame.rows);
            ++m_pagesSent;
            if (m_faults.garbageAfterPage > 0 && m_pagesSent == m_faults.garbageAfterPage) {
                logLine(QStringLiteral("fault injection: writing garbage"));
                writeAll(QByteArrayLiteral("Segmentation fault (core dumped)\n\x01\x02\x03 not a frame"));
            }
            if (m_faults.hangAfterPage > 0 && m_pagesSent == m_faults.hangAfterPage)
                hangForever();
        });
        connect(job, &ScanJob::finished, this, [this, id, job](const ScanError& error, int pages) {
            send(finishedMessage(id, error, pages));
            m_jobs.remove(id);
            job->deleteLater();
            if (m_faults.stuckRelease) {
                logLine(QStringLiteral("fault injection: never going idle"));
                return;
            }
            sendIdleWhenDone(id);
        });
    } else if (type == msg::Cancel) {
        if (m_faults.hangOnCancel)
            hangForever();
        if (ScanJob* job = m_jobs.value(id))
            job->cancel();
    } else {
        logLine(QStringLiteral("unknown request '%1' ignored").arg(type));
    }
}

void ScanWorkerServer::sendIdleWhenDone(qint64 id)
{
    // Queued behind whatever the SANE thread still does for this request (sane_cancel, sane_close): a
    // driver that hangs there never lets this through, and the desk restarts the worker.
    m_backend.whenIdle().then(this, [this, id] { send({{key("t"), msg::Idle}, {key("id"), id}}); });
}

void ScanWorkerServer::send(const QCborMap& message)
{
    writeAll(encodeFrame(message));
}

void ScanWorkerServer::writeAll(const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_outFd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // The desk closed its end: nobody is left to scan for.
            logLine(QStringLiteral("the desk is gone; quitting"));
            ::_exit(0);
        }
        data += n;
        left -= n;
    }
}

} // namespace motcua::scan::worker
