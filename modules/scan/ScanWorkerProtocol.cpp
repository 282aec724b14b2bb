#include "ScanWorkerProtocol.h"

#include <QCborArray>
#include <QCborValue>
#include <QtEndian>
#include <cstring>

namespace motcua::scan::worker {

namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

} // namespace

QByteArray encodeFrameHead(const QCborMap& message, qint64 dataLength)
{
    const QByteArray payload = message.toCborValue().toCbor();
    QByteArray frame;
    frame.reserve(kHeaderSize + payload.size());
    frame.append(kMagic, sizeof kMagic);
    char lengths[8];
    qToBigEndian(quint32(payload.size()), lengths);
    qToBigEndian(quint32(dataLength), lengths + 4);
    frame.append(lengths, sizeof lengths);
    frame.append(payload);
    return frame;
}

QByteArray encodeFrame(const QCborMap& message)
{
    return encodeFrameHead(message, 0);
}

FrameReader::Status FrameReader::fail(QString problem)
{
    m_garbage = true;
    m_problem = std::move(problem);
    m_buffer.clear();
    m_offset = 0;
    return Status::Garbage;
}

void FrameReader::discardHandedOut()
{
    if (m_offset == 0)
        return;
    if (m_offset == m_buffer.size())
        m_buffer.clear(); // gives a page's megabytes back between pages
    else
        m_buffer.remove(0, m_offset);
    m_offset = 0;
}

void FrameReader::append(const QByteArray& bytes)
{
    discardHandedOut(); // what was handed out is no longer needed
    if (m_buffer.isEmpty())
        m_buffer = bytes; // shared, not copied
    else
        m_buffer.append(bytes);
}

FrameReader::Status FrameReader::next(QCborMap* message, QByteArray* data)
{
    if (m_garbage)
        return Status::Garbage;
    discardHandedOut();
    // The magic is checked as soon as its bytes arrive, so a stray text line is caught without waiting for
    // a length's worth of it.
    const qsizetype magicBytes = qMin<qsizetype>(m_buffer.size(), sizeof kMagic);
    if (std::memcmp(m_buffer.constData(), kMagic, size_t(magicBytes)) != 0)
        return fail(QStringLiteral("bad frame start %1").arg(QString::fromLatin1(m_buffer.left(16).toHex(' '))));
    if (m_buffer.size() < kHeaderSize)
        return Status::NeedMore;
    const qsizetype length = qFromBigEndian<quint32>(m_buffer.constData() + sizeof kMagic);
    const qsizetype dataLength = qFromBigEndian<quint32>(m_buffer.constData() + sizeof kMagic + 4);
    if (length > kMaxMessage || dataLength > kMaxData)
        return fail(QStringLiteral("frame of %1 + %2 bytes is over the limit").arg(length).arg(dataLength));
    if (m_buffer.size() < kHeaderSize + length + dataLength) {
        m_buffer.reserve(kHeaderSize + length + dataLength); // a page arrives in pieces: grow once
        return Status::NeedMore;
    }
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(m_buffer.constData() + kHeaderSize, length, &error);
    if (error.error != QCborError::NoError)
        return fail(QStringLiteral("unreadable frame: ") + error.errorString());
    if (!value.isMap() || !value.toMap().value(key("t")).isString())
        return fail(QStringLiteral("frame is not a typed message"));
    *message = value.toMap();
    *data = dataLength > 0 ? QByteArray::fromRawData(m_buffer.constData() + kHeaderSize + length, dataLength)
                           : QByteArray();
    m_offset = kHeaderSize + length + dataLength;
    return Status::Frame;
}

QCborMap toCbor(const ScanSettings& s)
{
    QCborMap options;
    for (auto it = s.deviceOptions.cbegin(); it != s.deviceOptions.cend(); ++it)
        options.insert(it.key(), it.value());
    return {{key("source"), toString(s.source)},     {key("mode"), toString(s.mode)}, {key("resolution"), s.resolution},
            {key("pageSize"), toString(s.pageSize)}, {key("maxPages"), s.maxPages},   {key("options"), options}};
}

ScanSettings settingsFromCbor(const QCborMap& map)
{
    ScanSettings s;
    s.source = scanSourceFromString(map.value(key("source")).toString()).value_or(ScanSource::Flatbed);
    s.mode = colorModeFromString(map.value(key("mode")).toString()).value_or(ColorMode::Gray);
    s.resolution = int(map.value(key("resolution")).toInteger(300));
    s.pageSize = pageSizeFromString(map.value(key("pageSize")).toString()).value_or(PageSize::A4);
    s.maxPages = int(map.value(key("maxPages")).toInteger(0));
    const QCborMap options = map.value(key("options")).toMap();
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        s.deviceOptions.insert(it.key().toString(), it.value().toString());
    return s;
}

QCborMap toCbor(const ScannerDevice& d)
{
    return {{key("name"), d.name},
            {key("vendor"), d.vendor},
            {key("model"), d.model},
            {key("type"), d.type},
            {key("backend"), d.backend}};
}

ScannerDevice deviceFromCbor(const QCborMap& map)
{
    return {map.value(key("name")).toString(), map.value(key("vendor")).toString(), map.value(key("model")).toString(),
            map.value(key("type")).toString(), map.value(key("backend")).toString()};
}

QCborMap toCbor(const DeviceCapabilities& c)
{
    QCborArray sources;
    for (ScanSource s : c.sources)
        sources.append(toString(s));
    QCborArray modes;
    for (ColorMode m : c.modes)
        modes.append(toString(m));
    QCborArray resolutions;
    for (int r : c.resolutions)
        resolutions.append(r);
    return {{key("sources"), sources},
            {key("modes"), modes},
            {key("resolutions"), resolutions},
            {key("minResolution"), c.minResolution},
            {key("maxResolution"), c.maxResolution},
            {key("maxWidthMm"), c.maxWidthMm},
            {key("maxHeightMm"), c.maxHeightMm}};
}

DeviceCapabilities capabilitiesFromCbor(const QCborMap& map)
{
    DeviceCapabilities c;
    for (const QCborValue& v : map.value(key("sources")).toArray()) {
        if (auto s = scanSourceFromString(v.toString()))
            c.sources.append(*s);
    }
    for (const QCborValue& v : map.value(key("modes")).toArray()) {
        if (auto m = colorModeFromString(v.toString()))
            c.modes.append(*m);
    }
    for (const QCborValue& v : map.value(key("resolutions")).toArray())
        c.resolutions.append(int(v.toInteger()));
    c.minResolution = int(map.value(key("minResolution")).toInteger());
    c.maxResolution = int(map.value(key("maxResolution")).toInteger());
    c.maxWidthMm = map.value(key("maxWidthMm")).toDouble();
    c.maxHeightMm = map.value(key("maxHeightMm")).toDouble();
    return c;
}

QCborMap toCbor(const Error& error)
{
    return {{key("code"), error.code}, {key("message"), error.message}};
}

Error errorFromCbor(const QCborMap& map)
{
    return {map.value(key("code")).toString(), map.value(key("message")).toString()};
}

PageFrame pageFrame(qint64 id, const ScannedPage& page)
{
    const bool rgb = page.image.format() == QImage::Format_RGB888;
    const QImage image = rgb || page.image.format() == QImage::Format_Grayscale8
                             ? page.image
                             : page.image.convertToFormat(QImage::Format_Grayscale8);
    const qsizetype rowBytes = qsizetype(image.width()) * (rgb ? 3 : 1);
    PageFrame frame;
    frame.image = image;
    if (image.bytesPerLine() == rowBytes) { // no padding: the image's memory as it is (kept alive by frame.image)
        frame.rows =
            QByteArray::fromRawData(reinterpret_cast<const char*>(frame.image.constBits()), rowBytes * image.height());
    } else {
        frame.rows.resize(rowBytes * image.height());
        for (int y = 0; y < image.height(); ++y)
            std::memcpy(frame.rows.data() + y * rowBytes, image.constScanLine(y), size_t(rowBytes));
    }
    frame.message = {{key("t"), msg::Page},         {key("id"), id},
                     {key("index"), page.index},    {key("dpi"), page.dpi},
                     {key("back"), page.backSide},  {key("format"), rgb ? key("rgb888") : key("gray8")},
                     {key("width"), image.width()}, {key("height"), image.height()}};
    return frame;
}

std::optional<ScannedPage> pageFromFrame(const QCborMap& message, const QByteArray& rows, QString* problem)
{
    const QString format = message.value(key("format")).toString();
    const bool rgb = format == QLatin1String("rgb888");
    if (!rgb && format != QLatin1String("gray8")) {
        *problem = QStringLiteral("page in unknown format '%1'").arg(format);
        return std::nullopt;
    }
    const qint64 width = message.value(key("width")).toInteger();
    const qint64 height = message.value(key("height")).toInteger();
    const qint64 rowBytes = width * (rgb ? 3 : 1);
    if (width <= 0 || height <= 0 || width > 100000 || height > 100000 || rows.size() != rowBytes * height) {
        *problem = QStringLiteral("page of %1 x %2 pixels with %3 bytes").arg(width).arg(height).arg(rows.size());
        return std::nullopt;
    }
    ScannedPage page;
    page.index = int(message.value(key("index")).toInteger());
    page.dpi = int(message.value(key("dpi")).toInteger(300));
    page.backSide = message.value(key("back")).toBool();
    page.image = QImage(int(width), int(height), rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < int(height); ++y)
        std::memcpy(page.image.scanLine(y), rows.constData() + y * rowBytes, size_t(rowBytes));
    return page;
}

QCborMap finishedMessage(qint64 id, const ScanError& error, int pages)
{
    return {{key("t"), msg::Finished},
            {key("id"), id},
            {key("code"), error.codeString()},
            {key("detail"), error.detail()},
            {key("pages"), pages}};
}

} // namespace motcua::scan::worker
