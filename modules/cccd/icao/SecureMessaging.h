#pragma once

#include "CommandApdu.h"
#include "ResponseApdu.h"
#include "Result.h"
#include "SessionKeys.h"

namespace motcua::cccd {

// ICAO 9303-11 §9.8 secure messaging with DO87 (encrypted data), DO97 (Le), DO99 (status) and DO8E (MAC),
// for 3DES (BAC) and AES (PACE). Terminal side protects commands and checks every response MAC; the card
// side (used by the emulator) does the reverse. The SSC is incremented once per command and once per
// response on both sides.
class SecureMessaging
{
public:
    explicit SecureMessaging(SessionKeys keys);
    ~SecureMessaging();
    SecureMessaging(const SecureMessaging&) = delete;
    SecureMessaging& operator=(const SecureMessaging&) = delete;

    // Terminal: the protected APDU for a plain command (extended encoding when the command needs it).
    Result<QByteArray> protectCommand(const CommandApdu& plain);
    // Terminal: verifies and decrypts a response. A wrong or missing MAC is errc::SmMac / SmMalformed and
    // the data is never returned. An unprotected error status (only SW1 SW2, not 9000) is returned with
    // *authenticated = false: the status is not trustworthy and the session should be renewed.
    Result<ResponseApdu> unprotectResponse(const QByteArray& response, bool* authenticated = nullptr);

    // Card: checks and decrypts a protected command. On failure *failureSw tells the status to answer:
    // 69 87 (SM objects missing) or 69 88 (SM objects incorrect, e.g. a wrong MAC).
    Result<CommandApdu> unprotectCommand(const QByteArray& command, quint16* failureSw = nullptr);
    // Card: the protected response (DO87 when there is data, DO99, DO8E) ‖ 90 00.
    Result<QByteArray> protectResponse(const ResponseApdu& plain);

    const QByteArray& ssc() const { return m_keys.ssc; }
    const SessionKeys& keys() const { return m_keys; }

private:
    void incrementSsc();
    Result<QByteArray> encrypt(const QByteArray& plain);
    Result<QByteArray> decrypt(const QByteArray& cipher);
    Result<QByteArray> mac(const QByteArray& message);
    QByteArray encodeDo87(const QByteArray& cryptogram) const;
    QByteArray paddedHeader(quint8 cla, quint8 ins, quint8 p1, quint8 p2) const;

    SessionKeys m_keys;
};

} // namespace motcua::cccd
