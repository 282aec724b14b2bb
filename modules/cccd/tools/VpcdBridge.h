#pragma once

#include "ApduTransport.h"

#include <QString>
#include <atomic>

class QTcpSocket;

namespace motcua::cccd {

// Connects a CardResponder to vsmartcard-vpcd (TESTING-INFRA.md §4): vpcd listens on TCP (35963 for
// "Virtual PCD 00 00", 35964 for "… 00 01"); while this bridge is connected, pcscd sees a card.
// Wire format: 2-byte big-endian length + payload; a 1-byte payload is a control code (00 power off,
// 01 power on, 02 reset, 04 get ATR — answered with the ATR), anything longer is a command APDU
// answered with the response APDU.
//
// To test lifted cards the bridge can "remove" the card (close the connection) after a time or after a
// number of APDUs, and put it back after a pause. Blocking; run it on its own thread or process.
class VpcdBridge
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 35963;
        int removeAfterMs = -1;    // remove the card this long after it was inserted (< 0: never)
        int removeAfterApdus = -1; // remove the card after answering this many APDUs (< 0: never)
        int reinsertAfterMs = -1;  // put it back after this pause (< 0: stay removed and return)
        int connectTimeoutMs = 3000;
    };

    VpcdBridge(CardResponder& card, Options options);

    // Serves until the card is removed for good, vpcd closes the connection, or stop() is called.
    // Returns false when vpcd could not be reached (error() says why).
    bool run();
    // Thread-safe: makes run() return (the card disappears from the reader).
    void stop() { m_stopping.store(true); }
    QString error() const { return m_error; }
    int apduCount() const { return m_apduCount.load(); }

private:
    enum class Outcome { Closed, Removed, Stopped };
    Outcome serve(QTcpSocket& socket);
    bool readExactly(QTcpSocket& socket, char* data, qint64 size, bool* stopped);
    bool send(QTcpSocket& socket, const QByteArray& payload);

    CardResponder& m_card;
    Options m_options;
    QString m_error;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_apduCount{0};
    bool m_removalDone = false;
};

} // namespace motcua::cccd
