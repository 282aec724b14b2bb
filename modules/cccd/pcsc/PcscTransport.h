#pragma once

#include "ApduTransport.h"
#include "Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <atomic>
#include <winscard.h>

namespace motcua::cccd {

// An ApduTransport over one PC/SC reader. Blocking: use it on a worker thread only (never the GUI
// thread). It owns its own PC/SC context so it is independent of the reader monitor's.
//
// T=0 cards get their GET RESPONSE (61xx) and wrong-Le (6Cxx) handling here; T=1 chaining is done by
// pcsc-lite and the reader. Extended length is reported only when the card's ATR advertises it and the
// reader does not declare a short maximum input (SCARD_ATTR_MAXINPUT); the policy can force it off.
class PcscTransport : public ApduTransport
{
public:
    enum class ExtendedLength { Auto, Off, On };

    PcscTransport();
    ~PcscTransport() override;
    PcscTransport(const PcscTransport&) = delete;
    PcscTransport& operator=(const PcscTransport&) = delete;

    // Connects in shared mode with T=0 or T=1. Errors: card.no_service, card.reader_gone, card.no_card, …
    Status connect(const QString& readerName);
    // After a card was lifted and put back (or reset by another program): a fresh connection.
    Status reconnect();
    void disconnect();
    bool isConnected() const { return m_card != 0; }

    // Exclusive access for the duration of a read (other programs wait), as CCCD.md §7.12 advises.
    Status beginTransaction();
    void endTransaction();

    Result<QByteArray> transmit(const QByteArray& command) override;
    bool supportsExtendedLength() const override;
    void setExtendedLengthPolicy(ExtendedLength policy) { m_extendedPolicy = policy; }

    // Makes the next transmit() fail with card.cancelled; callable from any thread.
    void cancel() { m_cancelled.store(true); }

    QString readerName() const { return m_reader; }
    QByteArray atr() const { return m_atr; }
    // "T=0" / "T=1"
    QString protocolName() const;

    // Counters since connect(), for the CLI and the benchmark.
    int apduCount() const { return m_apduCount; }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 transmitMicroseconds() const { return m_transmitNs / 1000; }

private:
    Result<QByteArray> transmitOnce(const QByteArray& command);
    void readCardInfo();

    SCARDCONTEXT m_context = 0;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    QString m_reader;
    QByteArray m_atr;
    bool m_readerAllowsExtended = true;
    bool m_inTransaction = false;
    ExtendedLength m_extendedPolicy = ExtendedLength::Auto;
    std::atomic<bool> m_cancelled{false};
    int m_apduCount = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_transmitNs = 0;
};

} // namespace motcua::cccd
