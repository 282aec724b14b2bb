#include "ChipSession.h"

#include "ApduTransport.h"
#include "BacProtocol.h"
#include "CardErrors.h"
#include "IcaoLog.h"
#include "LdsFile.h"
#include "PaceProtocol.h"
#include "SecureMessaging.h"
#include "Tlv.h"

#include <QByteArray>

namespace motcua::cccd {

namespace {

const QByteArray EmrtdAid = QByteArray::fromHex("A0000002471001");
// Short READ BINARY lengths tried in turn after the chip refuses a length.
constexpr int ShortLengths[] = {0xDF, 0xA0, 0x80, 0x68, 0x40, 0x20, 0x10};
constexpr int HeaderProbe = 4;    // tag + 82 LL LL: enough to learn an LDS file's size
constexpr int MaxOffset = 0x7FFF; // P1P2 offsets; larger files need odd INS (not used by the CCCD)

QString hexSw(quint16 sw)
{
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

bool isRecoverable(const Error& e)
{
    return e.code == QLatin1String(errc::Transport) || e.code == QLatin1String(errc::SmSessionLost);
}

// Lets BAC/PACE send their plain APDUs through the session's counting and cancellation.
class SessionTransport : public ApduTransport
{
public:
    explicit SessionTransport(std::function<Result<QByteArray>(const QByteArray&)> send) : m_send(std::move(send)) {}
    Result<QByteArray> transmit(const QByteArray& command) override { return m_send(command); }

private:
    std::function<Result<QByteArray>(const QByteArray&)> m_send;
};

} // namespace

ChipSession::ChipSession(ApduTransport& transport, AccessKey key, Options options, const std::atomic_bool* cancel)
    : m_transport(transport), m_key(std::move(key)), m_options(std::move(options)), m_cancel(cancel)
{
    m_extended =
        m_options.allowExtendedLength && m_transport.supportsExtendedLength() && m_options.extendedReadLength > 256;
    m_readLength = m_extended ? m_options.extendedReadLength : std::clamp(m_options.initialReadLength, 1, 256);
}

ChipSession::~ChipSession()
{
    close();
}

void ChipSession::close()
{
    m_sm.reset(); // SecureMessaging wipes its keys
}

Status ChipSession::checkCancelled() const
{
    if (m_cancel && m_cancel->load())
        return Status(cardError(errc::Cancelled, QStringLiteral("read cancelled")));
    return Status::success();
}

Result<QByteArray> ChipSession::transmit(const QByteArray& command)
{
    if (auto c = checkCancelled(); !c)
        return c.error();
    ++m_stats.apdus;
    m_stats.bytesSent += command.size();
    auto response = m_transport.transmit(command);
    if (response) {
        m_stats.bytesReceived += response->size();
        if (response->size() < 2)
            return cardError(errc::Transport, QStringLiteral("response shorter than a status word"));
    }
    return response;
}

Status ChipSession::open()
{
    close();
    SessionTransport channel([this](const QByteArray& c) { return transmit(c); });
    if (m_key.kind == AccessKey::Kind::Can) {
        auto keys = PaceProtocol::authenticate(channel, m_key.can);
        if (!keys)
            return Status(keys.error());
        m_sm = std::make_unique<SecureMessaging>(*keys);
        // After PACE the application is selected under secure messaging.
        auto selected = transmitSecure(CommandApdu(0x00, 0xA4, 0x04, 0x0C, EmrtdAid));
        if (!selected)
            return Status(selected.error());
        if (!selected->isSuccess())
            return Status(cardError(errc::NotSupported,
                                    QStringLiteral("eMRTD application not selectable (%1)").arg(hexSw(selected->sw))));
    } else {
        auto selected = transmit(CommandApdu(0x00, 0xA4, 0x04, 0x0C, EmrtdAid).encode());
        if (!selected)
            return Status(selected.error());
        const ResponseApdu r = ResponseApdu::fromBytes(*selected);
        if (!r.isSuccess())
            return Status(cardError(errc::NotSupported,
                                    QStringLiteral("no eMRTD application on the card (%1)").arg(hexSw(r.sw))));
        auto keys = BacProtocol::authenticate(channel, m_key.mrz);
        if (!keys)
            return Status(keys.error());
        m_sm = std::make_unique<SecureMessaging>(*keys);
    }
    ++m_stats.authentications;
    qCDebug(icaoLog) << "secure session opened" << (m_key.kind == AccessKey::Kind::Can ? "PACE" : "BAC");
    return Status::success();
}

Result<ChipSession::SecureAnswer> ChipSession::exchange(const CommandApdu& command)
{
    if (!m_sm)
        return cardError(errc::SmSessionLost, QStringLiteral("no secure session"));
    auto wire = m_sm->protectCommand(command);
    if (!wire)
        return wire.error();
    auto raw = transmit(*wire);
    if (!raw) {
        close(); // the card may have been reset: the session is gone
        return raw.error();
    }
    bool authenticated = false;
    auto plain = m_sm->unprotectResponse(*raw, &authenticated);
    if (!plain) {
        close();
        qCInfo(icaoLog) << "secure messaging failed:" << plain.error().code;
        return plain.error();
    }
    if (!authenticated)
        close(); // a bare status: the counters may disagree now, renew the session before going on
    return SecureAnswer{*plain, authenticated};
}

Result<ResponseApdu> ChipSession::transmitSecure(const CommandApdu& command)
{
    auto answer = exchange(command);
    if (!answer)
        return answer.error();
    if (!answer->authenticated)
        return cardError(errc::Status,
                         QStringLiteral("unprotected status %1 under secure messaging").arg(hexSw(answer->apdu.sw)));
    return answer->apdu;
}

bool ChipSession::stepDown(int failedLength, int suggested)
{
    if (m_extended) {
        m_extended = false;
        m_readLength = std::clamp(m_options.initialReadLength, 1, 256);
        qCInfo(icaoLog) << "extended length refused; falling back to short READ BINARY";
        return true;
    }
    if (suggested > 0 && suggested < failedLength) {
        m_readLength = suggested;
        return true;
    }
    for (const int len : ShortLengths) {
        if (len < failedLength) {
            m_readLength = len;
            qCInfo(icaoLog) << "READ BINARY length lowered to" << len;
            return true;
        }
    }
    return false;
}

Result<QByteArray> ChipSession::readFile(quint16 fid, const Progress& progress)
{
    const QString name = LdsFile::name(fid);
    QByteArray data;
    int total = -1;
    int recoveries = 0;
    bool selected = false;

    // A recoverable failure: renew the session and go on from the offset reached.
    const auto recover = [&](const Error& e) -> Status {
        if (recoveries >= m_options.maxRecoveriesPerFile)
            return Status(cardError(
                errc::RecoveryExhausted,
                QStringLiteral("%1: gave up after %2 recoveries (%3)").arg(name).arg(recoveries).arg(e.code)));
        ++recoveries;
        ++m_stats.recoveries;
        qCInfo(icaoLog) << "recovering while reading" << name << "at offset" << data.size() << "after" << e.code;
        close();
        selected = false;
        if (m_options.beforeRecovery)
            m_options.beforeRecovery(recoveries);
        return Status::success();
    };

    if (progress)
        progress(0, -1);
    while (true) {
        if (auto c = checkCancelled(); !c)
            return c.error();
        if (!m_sm) {
            const Status opened = open();
            if (!opened) {
                if (isRecoverable(opened.error())) {
                    if (auto r = recover(opened.error()); !r)
                        return r.error();
                    continue;
                }
                return opened.error();
            }
        }
        if (!selected) {
            QByteArray fidBytes;
            fidBytes.append(static_cast<char>(fid >> 8));
            fidBytes.append(static_cast<char>(fid & 0xFF));
            auto answer = exchange(CommandApdu(0x00, 0xA4, 0x02, 0x0C, fidBytes));
            if (!answer) {
                if (isRecoverable(answer.error())) {
                    if (auto r = recover(answer.error()); !r)
                        return r.error();
                    continue;
                }
                return answer.error();
            }
            const quint16 sw = answer->apdu.sw;
            if (sw == sw::FileNotFound)
                return cardError(errc::FileNotFound, QStringLiteral("%1 not on the card").arg(name));
            if (sw == sw::SecurityNotSatisfied)
                return cardError(errc::FileAccessDenied, QStringLiteral("%1 needs more access rights").arg(name));
            if (!answer->authenticated || sw != sw::Ok) {
                if (!answer->authenticated) {
                    if (auto r = recover(cardError(errc::SmSessionLost, hexSw(sw))); !r)
                        return r.error();
                    continue;
                }
                return cardError(errc::Status, QStringLiteral("SELECT %1 answered %2").arg(name, hexSw(sw)));
            }
            selected = true;
        }

        // How much to ask for: the header first, then chunks up to the end.
        int want = 0;
        if (total < 0) {
            auto header = Tlv::parseHeader(data);
            if (header) {
                total = header->totalSize();
                if (total > MaxOffset + 256)
                    return cardError(errc::FileTooLarge, QStringLiteral("%1 declares %2 bytes").arg(name).arg(total));
                if (progress)
                    progress(static_cast<int>(data.size()), total);
            } else if (data.size() >= 6) {
                return cardError(errc::FileMalformed, QStringLiteral("%1: %2").arg(name, header.error().message));
            }
        }
        if (total >= 0) {
            if (data.size() >= total)
                break;
            want = std::min<int>(m_readLength, total - static_cast<int>(data.size()));
        } else {
            want = data.isEmpty() ? HeaderProbe : 6 - static_cast<int>(data.size());
        }
        const int offset = static_cast<int>(data.size());
        if (offset > MaxOffset)
            return cardError(errc::FileTooLarge, QStringLiteral("%1 extends past offset 32767").arg(name));

        CommandApdu read(0x00, 0xB0, static_cast<quint8>(offset >> 8), static_cast<quint8>(offset & 0xFF), {}, want);
        auto answer = exchange(read);
        if (!answer) {
            if (answer.error().code == QLatin1String(errc::Transport) && m_extended) {
                // Some readers fail extended APDUs at the transport level (CCID error): go short.
                stepDown(want, 0);
            }
            if (isRecoverable(answer.error())) {
                if (auto r = recover(answer.error()); !r)
                    return r.error();
                continue;
            }
            return answer.error(); // bad MAC, malformed response: never retried, never used
        }
        const quint16 sw = answer->apdu.sw;
        const bool lengthRefused = sw == sw::WrongLength || sw == sw::WrongParameters || (sw & 0xFF00) == 0x6C00;
        if (lengthRefused) {
            const int suggested = (sw & 0xFF00) == 0x6C00 ? (sw & 0xFF) : 0;
            if (want <= HeaderProbe || !stepDown(want, suggested))
                return cardError(errc::Status, QStringLiteral("READ BINARY %1 refused (%2)").arg(name, hexSw(sw)));
            if (!answer->authenticated)
                selected = false; // a bare status ended the session: renew it, then go on (not a recovery)
            continue;
        }
        if (!answer->authenticated) {
            if (auto r = recover(cardError(errc::SmSessionLost, hexSw(sw))); !r)
                return r.error();
            continue;
        }
        if (sw != sw::Ok && sw != sw::EndOfFileWarning) {
            if (sw == sw::SecurityNotSatisfied)
                return cardError(errc::FileAccessDenied, QStringLiteral("%1 needs more access rights").arg(name));
            return cardError(errc::Status, QStringLiteral("READ BINARY %1 answered %2").arg(name, hexSw(sw)));
        }
        const QByteArray& chunk = answer->apdu.data;
        if (chunk.isEmpty() || chunk.size() > want)
            return cardError(errc::FileMalformed,
                             QStringLiteral("%1: asked %2 bytes, got %3").arg(name).arg(want).arg(chunk.size()));
        data += chunk;
        if (total >= 0 && progress)
            progress(static_cast<int>(std::min<qsizetype>(data.size(), total)), total);
        if (sw == sw::EndOfFileWarning && total >= 0 && data.size() < total)
            return cardError(errc::FileMalformed, QStringLiteral("%1 ends before its declared length").arg(name));
    }
    data.truncate(total);
    m_stats.readLength = m_readLength;
    m_stats.extendedLength = m_extended;
    m_stats.fileBytes += data.size();
    qCDebug(icaoLog) << "read" << name << data.size() << "bytes";
    return data;
}

} // namespace motcua::cccd
