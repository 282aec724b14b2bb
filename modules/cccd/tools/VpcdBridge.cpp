#include "VpcdBridge.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>

namespace motcua::cccd {

namespace {

constexpr int kPollMs = 20;

enum Control : quint8 { PowerOff = 0x00, PowerOn = 0x01, Reset = 0x02, GetAtr = 0x04 };

} // namespace

VpcdBridge::VpcdBridge(CardResponder& card, Options options) : m_card(card), m_options(std::move(options)) {}

bool VpcdBridge::run()
{
    bool everConnected = false;
    while (!m_stopping.load()) {
        QTcpSocket socket;
        socket.connectToHost(m_options.host, m_options.port);
        if (!socket.waitForConnected(m_options.connectTimeoutMs)) {
            m_error = QStringLiteral("cannot reach vpcd on %1:%2: %3")
                          .arg(m_options.host)
                          .arg(m_options.port)
                          .arg(socket.errorString());
            return everConnected;
        }
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        everConnected = true;
        const Outcome outcome = serve(socket);
        socket.abort();
        m_card.powerOff();
        if (outcome != Outcome::Removed || m_options.reinsertAfterMs < 0)
            return true;
        // The card is "lifted": wait, then put it back on the reader.
        const QDeadlineTimer pause(m_options.reinsertAfterMs);
        while (!pause.hasExpired() && !m_stopping.load())
            QThread::msleep(kPollMs);
    }
    return true;
}

bool VpcdBridge::readExactly(QTcpSocket& socket, char* data, qint64 size, bool* stopped)
{
    qint64 got = 0;
    while (got < size) {
        if (m_stopping.load()) {
            *stopped = true;
            return false;
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(kPollMs)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                return false;
            if (got == 0)
                return false; // idle: let the caller check its removal timers
            continue;
        }
        const qint64 n = socket.read(data + got, size - got);
        if (n < 0)
            return false;
        got += n;
    }
    return true;
}

bool VpcdBridge::send(QTcpSocket& socket, const QByteArray& payload)
{
    QByteArray frame;
    frame.reserve(payload.size() + 2);
    frame.append(char((payload.size() >> 8) & 0xFF));
    frame.append(char(payload.size() & 0xFF));
    frame.append(payload);
    if (socket.write(frame) != frame.size())
        return false;
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(1000))
            return false;
    return true;
}

VpcdBridge::Outcome VpcdBridge::serve(QTcpSocket& socket)
{
    QElapsedTimer inserted;
    inserted.start();
    int apdusThisInsertion = 0;
    while (true) {
        if (!m_removalDone && ((m_options.removeAfterMs >= 0 && inserted.elapsed() >= m_options.removeAfterMs) ||
                               (m_options.removeAfterApdus >= 0 && apdusThisInsertion >= m_options.removeAfterApdus))) {
            m_removalDone = true; // one lift per run: the reinserted card stays
            return Outcome::Removed;
        }
        char header[2];
        bool stopped = false;
        if (!readExactly(socket, header, 2, &stopped)) {
            if (stopped)
                return Outcome::Stopped;
            if (socket.state() != QAbstractSocket::ConnectedState)
                return Outcome::Closed;
            continue; // idle
        }
        const int length = (quint8(header[0]) << 8) | quint8(header[1]);
        QByteArray payload(length, Qt::Uninitialized);
        // A frame in flight is read to the end; a stop request in between still ends the session.
        if (length > 0 && !readExactly(socket, payload.data(), length, &stopped)) {
            if (stopped)
                return Outcome::Stopped;
            if (socket.state() != QAbstractSocket::ConnectedState)
                return Outcome::Closed;
            // The length arrived without its payload within one poll: keep waiting for it.
            if (!socket.waitForReadyRead(1000) || !readExactly(socket, payload.data(), length, &stopped))
                return Outcome::Closed;
        }
        if (length == 1) {
            switch (quint8(payload.at(0))) {
            case PowerOff:
                m_card.powerOff();
                break;
            case PowerOn:
                m_card.powerOn();
                break;
            case Reset:
                m_card.powerOff();
                m_card.powerOn();
                break;
            case GetAtr:
                if (!send(socket, m_card.atr()))
                    return Outcome::Closed;
                break;
            default:
                break; // unknown control code: ignore, as vicc does
            }
            continue;
        }
        const QByteArray response = m_card.respond(payload);
        ++apdusThisInsertion;
        m_apduCount.fetch_add(1);
        if (!send(socket, response))
            return Outcome::Closed;
    }
}

} // namespace motcua::cccd
