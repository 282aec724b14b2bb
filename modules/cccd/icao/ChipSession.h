#pragma once

#include "AccessKey.h"
#include "CommandApdu.h"
#include "ReadStats.h"
#include "ResponseApdu.h"
#include "Result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace motcua::cccd {

class ApduTransport;
class SecureMessaging;

// One conversation with the chip's eMRTD application: SELECT + BAC (or PACE), then files read under
// secure messaging. READ BINARY adapts its length (start at 0xDF, or extended length when the transport
// allows it; step down on 67 00 / 6B 00 / 6C xx) and survives a lost session (69 87 / 69 88, a bare error
// status) or a card lifted from the reader (transport error) by re-authenticating and resuming at the
// offset reached. A response whose MAC does not verify ends the read: its data is never used.
// Synchronous; meant for a worker thread. Cancellation is polled before every APDU.
class ChipSession
{
public:
    struct Options
    {
        int initialReadLength = 0xDF; // short APDUs: 223 bytes fit a short response with 3DES and AES
        bool allowExtendedLength = true;
        int extendedReadLength = 1024; // when reader and card accept extended length
        int maxRecoveriesPerFile = 3;
        // Called before each recovery attempt (1, 2, …): a reader can wait there for the card to return.
        std::function<void(int attempt)> beforeRecovery;
    };
    // Progress of one file: bytes read and total (total is -1 until the header is known).
    using Progress = std::function<void(int done, int total)>;

    ChipSession(ApduTransport& transport, AccessKey key, Options options, const std::atomic_bool* cancel = nullptr);
    ~ChipSession();
    ChipSession(const ChipSession&) = delete;
    ChipSession& operator=(const ChipSession&) = delete;

    // Selects the application and authenticates. errc::AccessDenied for a wrong MRZ/CAN.
    Status open();
    // Selects an EF by FID and reads all of it.
    Result<QByteArray> readFile(quint16 fid, const Progress& progress = {});
    // One protected command (no recovery); the response is authenticated.
    Result<ResponseApdu> transmitSecure(const CommandApdu& command);

    const ReadStats& stats() const { return m_stats; }
    int readLength() const { return m_readLength; }
    bool isOpen() const { return m_sm != nullptr; }
    void close();

private:
    struct SecureAnswer
    {
        ResponseApdu apdu;
        bool authenticated = false;
    };
    Result<SecureAnswer> exchange(const CommandApdu& command);
    Result<QByteArray> transmit(const QByteArray& command);
    Status checkCancelled() const;
    bool stepDown(int failedLength, int suggested);

    ApduTransport& m_transport;
    AccessKey m_key;
    Options m_options;
    const std::atomic_bool* m_cancel = nullptr;
    std::unique_ptr<SecureMessaging> m_sm;
    ReadStats m_stats;
    int m_readLength = 0xDF;
    bool m_extended = false;
};

} // namespace motcua::cccd
