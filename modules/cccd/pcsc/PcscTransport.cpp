#include "PcscTransport.h"

#include "ApduTrace.h"
#include "AtrInfo.h"
#include "CardError.h"
#include "PcscLog.h"

#include <reader.h>

namespace motcua::cccd {

namespace {

// Largest response: 65536 data bytes of an extended Le + SW.
constexpr DWORD kReceiveBufferSize = 65536 + 2;
// Short APDU limit on the reader side: 5-byte header + 255 data + Le.
constexpr DWORD kShortApduMaxInput = 261;

} // namespace

PcscTransport::PcscTransport() = default;

PcscTransport::~PcscTransport()
{
    disconnect();
}

Status PcscTransport::connect(const QString& readerName)
{
    disconnect();
    m_cancelled.store(false);
    m_apduCount = 0;
    m_bytesSent = m_bytesReceived = m_transmitNs = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context);
    if (rv != SCARD_S_SUCCESS) {
        m_context = 0;
        return Status(CardError::fromPcsc(rv, "SCardEstablishContext"));
    }
    m_reader = readerName;
    const QByteArray name = readerName.toUtf8();
    rv = SCardConnect(m_context, name.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card,
                      &m_protocol);
    if (rv != SCARD_S_SUCCESS) {
        m_card = 0;
        const Error error = CardError::fromPcsc(rv, "SCardConnect");
        qCInfo(lcPcsc) << "connect failed:" << error.message;
        SCardReleaseContext(m_context);
        m_context = 0;
        return Status(error);
    }
    readCardInfo();
    qCInfo(lcPcsc).noquote() << "connected" << protocolName() << "extended length:" << supportsExtendedLength();
    return Status::success();
}

Status PcscTransport::reconnect()
{
    if (!m_context || !m_card)
        return connect(m_reader);
    m_inTransaction = false;
    const LONG rv = SCardReconnect(m_card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD,
                                   &m_protocol);
    if (rv != SCARD_S_SUCCESS) {
        // The handle may be dead (reader replugged): start from scratch.
        return connect(m_reader);
    }
    readCardInfo();
    return Status::success();
}

void PcscTransport::readCardInfo()
{
    BYTE atr[MAX_ATR_SIZE];
    DWORD atrLen = sizeof(atr);
    DWORD state = 0;
    DWORD protocol = 0;
    char name[512];
    DWORD nameLen = sizeof(name);
    if (SCardStatus(m_card, name, &nameLen, &state, &protocol, atr, &atrLen) == SCARD_S_SUCCESS)
        m_atr = QByteArray(reinterpret_cast<const char*>(atr), int(atrLen));
    else
        m_atr.clear();

    DWORD maxInput = 0;
    DWORD len = sizeof(maxInput);
    m_readerAllowsExtended = true;
    if (SCardGetAttrib(m_card, SCARD_ATTR_MAXINPUT, reinterpret_cast<BYTE*>(&maxInput), &len) == SCARD_S_SUCCESS &&
        len == sizeof(maxInput))
        m_readerAllowsExtended = maxInput > kShortApduMaxInput;
}

void PcscTransport::disconnect()
{
    if (m_card) {
        if (m_inTransaction)
            SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
        SCardDisconnect(m_card, SCARD_LEAVE_CARD);
    }
    m_card = 0;
    m_inTransaction = false;
    if (m_context)
        SCardReleaseContext(m_context);
    m_context = 0;
}

Status PcscTransport::beginTransaction()
{
    if (!m_card)
        return Status::failure(QStringLiteral("card.no_card"), QStringLiteral("not connected"));
    const LONG rv = SCardBeginTransaction(m_card);
    if (rv != SCARD_S_SUCCESS)
        return Status(CardError::fromPcsc(rv, "SCardBeginTransaction"));
    m_inTransaction = true;
    return Status::success();
}

void PcscTransport::endTransaction()
{
    if (m_card && m_inTransaction)
        SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
    m_inTransaction = false;
}

bool PcscTransport::supportsExtendedLength() const
{
    switch (m_extendedPolicy) {
    case ExtendedLength::Off:
        return false;
    case ExtendedLength::On:
        return true;
    case ExtendedLength::Auto:
        break;
    }
    return m_card && m_readerAllowsExtended && AtrInfo(m_atr).advertisesExtendedLength();
}

QString PcscTransport::protocolName() const
{
    return m_protocol == SCARD_PROTOCOL_T0 ? QStringLiteral("T=0") : QStringLiteral("T=1");
}

Result<QByteArray> PcscTransport::transmit(const QByteArray& command)
{
    Result<QByteArray> response = transmitOnce(command);
    if (!response.ok() || m_protocol != SCARD_PROTOCOL_T0)
        return response;

    // T=0: the card announces response data with 61xx (fetch it with GET RESPONSE) or asks for the exact
    // Le with 6Cxx (send the command again).
    QByteArray data;
    QByteArray current = response.value();
    for (int round = 0; round < 64; ++round) {
        const int n = current.size();
        const quint8 sw1 = quint8(current.at(n - 2));
        const quint8 sw2 = quint8(current.at(n - 1));
        if (sw1 == 0x61) {
            data += current.left(n - 2);
            const QByteArray getResponse = QByteArray::fromHex("00C00000") + char(sw2);
            auto next = transmitOnce(getResponse);
            if (!next.ok())
                return next;
            current = next.value();
        } else if (sw1 == 0x6C && command.size() >= 5) {
            // Same command with the Le the card asked for (the last byte is Le in cases 2 and 4).
            const QByteArray again = command.left(command.size() - 1) + char(sw2);
            auto next = transmitOnce(again);
            if (!next.ok())
                return next;
            current = next.value();
        } else {
            return data + current;
        }
    }
    return Result<QByteArray>::failure(QStringLiteral("card.transport"), QStringLiteral("T=0 response loop"));
}

Result<QByteArray> PcscTransport::transmitOnce(const QByteArray& command)
{
    if (m_cancelled.load())
        return Result<QByteArray>::failure(QStringLiteral("card.cancelled"), QStringLiteral("read cancelled"));
    if (!m_card)
        return Result<QByteArray>::failure(QStringLiteral("card.no_card"), QStringLiteral("not connected"));
    qCDebug(lcApdu).noquote() << ApduTrace::describeCommand(command);

    QByteArray buffer(int(kReceiveBufferSize), Qt::Uninitialized);
    DWORD received = kReceiveBufferSize;
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    QElapsedTimer timer;
    timer.start();
    const LONG rv = SCardTransmit(m_card, pci, reinterpret_cast<const BYTE*>(command.constData()),
                                  DWORD(command.size()), nullptr, reinterpret_cast<BYTE*>(buffer.data()), &received);
    m_transmitNs += timer.nsecsElapsed();
    ++m_apduCount;
    m_bytesSent += command.size();
    if (rv != SCARD_S_SUCCESS) {
        const Error error = CardError::fromPcsc(rv, "SCardTransmit");
        qCInfo(lcApdu).noquote() << "transmit failed:" << error.message;
        return error;
    }
    if (received < 2)
        return Result<QByteArray>::failure(QStringLiteral("card.transport"),
                                           QStringLiteral("response shorter than a status word"));
    buffer.truncate(int(received));
    m_bytesReceived += buffer.size();
    qCDebug(lcApdu).noquote() << ApduTrace::describeResponse(buffer);
    return buffer;
}

} // namespace motcua::cccd
