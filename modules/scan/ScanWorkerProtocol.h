#pragma once

#include "DeviceCapabilities.h"
#include "Result.h"
#include "ScanError.h"
#include "ScanSettings.h"
#include "ScannedPage.h"
#include "ScannerDevice.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <optional>

// The framed protocol between the desk (SaneProcessBackend) and motcua-scan-worker, over the worker's
// stdin (requests) and stdout (answers). Each frame is
//
//   "MCSW"  u32 message length  u32 data length  message (one CBOR map)  data (raw bytes, usually none)
//
// (lengths big-endian). Every message has "t" (the type) and, except "hello", "id" (the request it belongs
// to). Only "page" frames carry data: the image's rows. They travel outside CBOR because Qt's CBOR classes
// copy a large byte string several times (about 0.3 s for one 8.7 MB page at 300 dpi).
// docs/SCANNING.md lists the messages; this file holds the framing and the conversions both sides share.
namespace motcua::scan::worker {

inline constexpr int kProtocolVersion = 1;
inline constexpr char kMagic[4] = {'M', 'C', 'S', 'W'};
inline constexpr int kHeaderSize = 12;
inline constexpr qint64 kMaxMessage = 1024 * 1024;
// A 600 dpi colour A3 page is about 210 MB of raw pixels; anything larger is garbage.
inline constexpr qint64 kMaxData = 512LL * 1024 * 1024;

// The environment variable only the worker reads, for tests: comma-separated faults
// "hang-after-page=N", "hang-on-cancel", "garbage-after-page=N", "stdout-noise", "stuck-release".
inline constexpr char kFaultVariable[] = "MOTCUA_SCAN_WORKER_FAULT";

// Message types ("t").
namespace msg {
// desk -> worker
inline const QString Devices = QStringLiteral("devices");           // id, refresh
inline const QString Capabilities = QStringLiteral("capabilities"); // id, device
inline const QString Scan = QStringLiteral("scan");                 // id, device, settings
inline const QString Cancel = QStringLiteral("cancel");             // id
// worker -> desk (Devices and Capabilities answer with the same type: id, value or error)
inline const QString Hello = QStringLiteral("hello");              // protocol, pid
inline const QString PageStarted = QStringLiteral("page-started"); // id, index
inline const QString Progress = QStringLiteral("progress");        // id, index, percent
inline const QString Page = QStringLiteral("page");         // id, index, dpi, back, format, width, height, pixels
inline const QString Finished = QStringLiteral("finished"); // id, code, detail, pages
inline const QString Idle = QStringLiteral("idle");         // id: the driver is done with the request
} // namespace msg

QByteArray encodeFrame(const QCborMap& message);
// The frame up to its data, which the caller writes next (`dataLength` bytes).
QByteArray encodeFrameHead(const QCborMap& message, qint64 dataLength);

// Splits a byte stream into frames. Anything that is not a well-formed frame (wrong magic, oversized
// lengths, a message that is not one CBOR map with a string "t") makes the stream garbage for good: the
// other side is out of step and must be restarted.
class FrameReader
{
public:
    enum class Status { NeedMore, Frame, Garbage };

    void append(const QByteArray& bytes);
    // Takes the next complete frame out of the buffer. `data` points into the reader's buffer (no copy of a
    // page's megabytes): it stays valid until the next call to append() or next().
    Status next(QCborMap* message, QByteArray* data);
    const QString& problem() const { return m_problem; }
    qsizetype buffered() const { return m_buffer.size() - m_offset; }

private:
    Status fail(QString problem);
    void discardHandedOut();

    QByteArray m_buffer;
    qsizetype m_offset = 0; // bytes of m_buffer already handed out
    QString m_problem;
    bool m_garbage = false;
};

QCborMap toCbor(const ScanSettings& settings);
ScanSettings settingsFromCbor(const QCborMap& map);

QCborMap toCbor(const ScannerDevice& device);
ScannerDevice deviceFromCbor(const QCborMap& map);

QCborMap toCbor(const DeviceCapabilities& caps);
DeviceCapabilities capabilitiesFromCbor(const QCborMap& map);

QCborMap toCbor(const Error& error);
Error errorFromCbor(const QCborMap& map);

// A page frame: the message's fields, and as data the image's rows of Grayscale8 ("gray8") or RGB888
// ("rgb888"), packed without padding: `rows` is `image`'s own memory when its rows have no padding.
struct PageFrame
{
    QCborMap message;
    QImage image;
    QByteArray rows;
};
PageFrame pageFrame(qint64 id, const ScannedPage& page);
// nullopt (and `problem`) when the fields and the data do not describe one image of the size they claim.
std::optional<ScannedPage> pageFromFrame(const QCborMap& message, const QByteArray& rows, QString* problem);

QCborMap finishedMessage(qint64 id, const ScanError& error, int pages);

} // namespace motcua::scan::worker
