#include "PcscChipRead.h"

#include "PcscLog.h"

#include <QDeadlineTimer>
#include <QThread>

namespace motcua::cccd {

namespace {

// pcscd notices a lifted card only at its next poll, so a reconnect right after the lift can still
// succeed on the vanished card. Only a card that answers SELECT of the eMRTD application is back;
// anything less would spend one of the session's few recovery attempts on a card that is not there.
bool answersSelect(PcscTransport& transport)
{
    static const QByteArray selectEmrtd = QByteArray::fromHex("00A4040C07A0000002471001");
    const auto answer = transport.transmit(selectEmrtd);
    return answer.ok() && answer.value().endsWith(QByteArray::fromHex("9000"));
}

} // namespace

Result<ChipReadResult> PcscChipRead::run(const QString& reader, const AccessKey& key, const CscaStore* trustStore,
                                         const std::atomic_bool* cancel, const ChipReadJob::Callbacks& callbacks,
                                         const Options& options)
{
    PcscTransport transport;
    transport.setExtendedLengthPolicy(options.extendedLength);
    if (Status connected = transport.connect(reader); !connected.ok())
        return connected.error();
    if (Status begun = transport.beginTransaction(); !begun.ok())
        return begun.error();

    ChipSession::Options sessionOptions;
    sessionOptions.beforeRecovery = [&](int attempt) {
        // A lifted card: its PC/SC handle is dead. Wait for it to be put back, then reconnect so the
        // session can authenticate again and resume where it stopped.
        qCInfo(lcPcsc) << "recovery attempt" << attempt << ": waiting for the card";
        const QDeadlineTimer deadline(options.reinsertWaitMs);
        while (!deadline.hasExpired() && !(cancel && cancel->load())) {
            if (transport.reconnect().ok() && transport.beginTransaction().ok() && answersSelect(transport))
                return;
            QThread::msleep(100);
        }
    };
    ChipReadJob job(transport, key, trustStore, cancel, sessionOptions);
    auto result = job.run(callbacks);
    transport.endTransaction();
    transport.disconnect();
    return result;
}

} // namespace motcua::cccd
