#include "SaneDriver.h"

#include "SaneOptionMapper.h"
#include "ScanJobControl.h"

#include <QLoggingCategory>
#include <QThread>
#include <cmath>
#include <cstring>
#include <sane/sane.h>
#include <sane/saneopts.h>
#include <vector>

Q_LOGGING_CATEGORY(lcSane, "motcua.sane", QtWarningMsg)

namespace motcua::scan {

namespace {

QString statusText(SANE_Status status)
{
    return QString::fromLatin1(sane_strstatus(status));
}

SaneOptionInfo::Unit unitOf(SANE_Unit unit)
{
    switch (unit) {
    case SANE_UNIT_PIXEL:
        return SaneOptionInfo::Unit::Pixel;
    case SANE_UNIT_BIT:
        return SaneOptionInfo::Unit::Bit;
    case SANE_UNIT_MM:
        return SaneOptionInfo::Unit::Mm;
    case SANE_UNIT_DPI:
        return SaneOptionInfo::Unit::Dpi;
    case SANE_UNIT_PERCENT:
        return SaneOptionInfo::Unit::Percent;
    case SANE_UNIT_MICROSECOND:
        return SaneOptionInfo::Unit::Microsecond;
    default:
        return SaneOptionInfo::Unit::None;
    }
}

SaneOptionInfo::Type typeOf(SANE_Value_Type type)
{
    switch (type) {
    case SANE_TYPE_BOOL:
        return SaneOptionInfo::Type::Bool;
    case SANE_TYPE_INT:
        return SaneOptionInfo::Type::Int;
    case SANE_TYPE_FIXED:
        return SaneOptionInfo::Type::Fixed;
    case SANE_TYPE_STRING:
        return SaneOptionInfo::Type::String;
    case SANE_TYPE_BUTTON:
        return SaneOptionInfo::Type::Button;
    default:
        return SaneOptionInfo::Type::Group;
    }
}

QList<SaneOptionInfo> readOptions(SANE_Handle handle)
{
    QList<SaneOptionInfo> result;
    SANE_Int count = 0;
    if (sane_control_option(handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        return result;
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, i);
        if (!d)
            continue;
        SaneOptionInfo o;
        o.index = i;
        o.name = QString::fromLatin1(d->name ? d->name : "");
        o.title = QString::fromUtf8(d->title ? d->title : "");
        o.type = typeOf(d->type);
        o.unit = unitOf(d->unit);
        o.active = SANE_OPTION_IS_ACTIVE(d->cap);
        o.settable = SANE_OPTION_IS_SETTABLE(d->cap);
        const bool fixed = d->type == SANE_TYPE_FIXED;
        auto value = [fixed](SANE_Word w) { return fixed ? SANE_UNFIX(w) : double(w); };
        switch (d->constraint_type) {
        case SANE_CONSTRAINT_RANGE:
            o.constraint = SaneOptionInfo::Constraint::Range;
            o.rangeMin = value(d->constraint.range->min);
            o.rangeMax = value(d->constraint.range->max);
            o.rangeQuant = value(d->constraint.range->quant);
            break;
        case SANE_CONSTRAINT_WORD_LIST:
            o.constraint = SaneOptionInfo::Constraint::WordList;
            for (SANE_Int k = 1; k <= d->constraint.word_list[0]; ++k)
                o.words.append(value(d->constraint.word_list[k]));
            break;
        case SANE_CONSTRAINT_STRING_LIST:
            o.constraint = SaneOptionInfo::Constraint::StringList;
            for (const SANE_String_Const* s = d->constraint.string_list; s && *s; ++s)
                o.strings.append(QString::fromLatin1(*s));
            break;
        default:
            break;
        }
        result.append(o);
    }
    return result;
}

// An open device, closed on scope exit.
class OpenDevice
{
public:
    explicit OpenDevice(const QString& name)
    {
        m_status = sane_open(name.toLatin1().constData(), &m_handle);
        if (m_status != SANE_STATUS_GOOD)
            m_handle = nullptr;
    }
    ~OpenDevice()
    {
        if (m_handle)
            sane_close(m_handle);
    }
    OpenDevice(const OpenDevice&) = delete;
    OpenDevice& operator=(const OpenDevice&) = delete;
    SANE_Handle handle() const { return m_handle; }
    SANE_Status status() const { return m_status; }

private:
    SANE_Handle m_handle = nullptr;
    SANE_Status m_status = SANE_STATUS_GOOD;
};

ScanError openError(const QString& device, SANE_Status status)
{
    // INVAL from sane_open means the name no longer resolves: the device is gone (or never existed).
    const auto code = status == SANE_STATUS_INVAL ? ScanError::DeviceGone : SaneDriver::errorCodeFor(status);
    return {code, QStringLiteral("sane_open(%1): %2").arg(device, statusText(status))};
}

// Sets one option from text, converting to its SANE type. Returns the SANE status.
SANE_Status setOption(SANE_Handle handle, const SaneOptionInfo& o, const QString& text)
{
    const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, o.index);
    if (!d)
        return SANE_STATUS_INVAL;
    SANE_Int info = 0;
    switch (d->type) {
    case SANE_TYPE_STRING: {
        std::vector<char> buffer(size_t(qMax<SANE_Int>(d->size, SANE_Int(text.size() + 1))), 0);
        const QByteArray latin = text.toLatin1();
        std::memcpy(buffer.data(), latin.constData(), size_t(qMin<qsizetype>(latin.size(), d->size - 1)));
        return sane_control_option(handle, o.index, SANE_ACTION_SET_VALUE, buffer.data(), &info);
    }
    case SANE_TYPE_BOOL: {
        const QString t = text.toLower();
        SANE_Word w = (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")) ? SANE_TRUE
                                                                                                           : SANE_FALSE;
        return sane_control_option(handle, o.index, SANE_ACTION_SET_VALUE, &w, &info);
    }
    case SANE_TYPE_INT:
    case SANE_TYPE_FIXED: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok)
            return SANE_STATUS_INVAL;
        const SANE_Word w = d->type == SANE_TYPE_FIXED ? SANE_FIX(v) : SANE_Word(std::lround(v));
        // Array options (rare for these) get the same value in every element.
        std::vector<SANE_Word> words(size_t(qMax<SANE_Int>(1, d->size / SANE_Int(sizeof(SANE_Word)))), w);
        return sane_control_option(handle, o.index, SANE_ACTION_SET_VALUE, words.data(), &info);
    }
    case SANE_TYPE_BUTTON:
        return sane_control_option(handle, o.index, SANE_ACTION_SET_VALUE, nullptr, &info);
    default:
        return SANE_STATUS_UNSUPPORTED;
    }
}

// Applies canonical settings then raw overrides, re-reading descriptors after each change because setting
// the source or mode can change other options' ranges.
ScanError applySettings(SANE_Handle handle, const ScanSettings& s)
{
    auto set = [&](const QString& name, const QString& value, bool required) -> ScanError {
        const auto options = readOptions(handle);
        const SaneOptionMapper mapper(options);
        const SaneOptionInfo* o = mapper.find(name);
        if (!o || !o->active || !o->settable) {
            if (required)
                return {ScanError::Unsupported, QStringLiteral("option '%1' not available").arg(name)};
            return {};
        }
        const SANE_Status st = setOption(handle, *o, value);
        if (st != SANE_STATUS_GOOD) {
            if (required)
                return {st == SANE_STATUS_INVAL ? ScanError::Unsupported : SaneDriver::errorCodeFor(st),
                        QStringLiteral("setting %1=%2: %3").arg(name, value, statusText(st))};
            qCWarning(lcSane) << "could not set" << name << "to" << value << statusText(st);
        }
        return {};
    };

    SaneOptionMapper mapper(readOptions(handle));
    const auto source = mapper.sourceValue(s.source);
    if (!source)
        return {ScanError::Unsupported, QStringLiteral("source %1 not offered by the device").arg(toString(s.source))};
    if (!source->isEmpty()) {
        if (auto e = set(QStringLiteral("source"), *source, true); e.isError())
            return e;
    }
    mapper = SaneOptionMapper(readOptions(handle));
    const auto mode = mapper.modeValue(s.mode);
    if (!mode)
        return {ScanError::Unsupported, QStringLiteral("mode %1 not offered by the device").arg(toString(s.mode))};
    if (!mode->isEmpty()) {
        if (auto e = set(QStringLiteral("mode"), *mode, true); e.isError())
            return e;
    }
    if (auto e = set(QStringLiteral("depth"), QStringLiteral("8"), false); e.isError())
        return e;
    mapper = SaneOptionMapper(readOptions(handle));
    const int resolution = mapper.resolutionValue(s.resolution);
    if (resolution > 0) {
        if (auto e = set(QStringLiteral("resolution"), QString::number(resolution), true); e.isError())
            return e;
    }
    // Geometry in millimetres, clamped to the bed; sheet-fed backends also want the paper size.
    mapper = SaneOptionMapper(readOptions(handle));
    const DeviceCapabilities caps = mapper.capabilities();
    const double w = caps.maxWidthMm > 0 ? qMin(pageWidthMm(s.pageSize), caps.maxWidthMm) : pageWidthMm(s.pageSize);
    const double h = caps.maxHeightMm > 0 ? qMin(pageHeightMm(s.pageSize), caps.maxHeightMm) : pageHeightMm(s.pageSize);
    for (const auto& [name, value] : {std::pair{"page-width", w}, std::pair{"page-height", h}, std::pair{"tl-x", 0.0},
                                      std::pair{"tl-y", 0.0}, std::pair{"br-x", w}, std::pair{"br-y", h}}) {
        if (auto e = set(QLatin1String(name), QString::number(value, 'f', 2), false); e.isError())
            return e;
    }
    for (auto it = s.deviceOptions.cbegin(); it != s.deviceOptions.cend(); ++it) {
        if (auto e = set(it.key(), it.value(), true); e.isError())
            return {ScanError::InvalidInput, e.detail()};
    }
    return {};
}

// Turns the bytes of one frame into a QImage (Grayscale8 or RGB888).
QImage toImage(const SANE_Parameters& p, const QByteArray& data, int lines)
{
    const int width = p.pixels_per_line;
    const int bpl = p.bytes_per_line;
    if (width <= 0 || lines <= 0 || bpl <= 0)
        return {};
    const bool rgb = p.format == SANE_FRAME_RGB;
    QImage image(width, lines, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < lines; ++y) {
        const auto* src = reinterpret_cast<const uchar*>(data.constData()) + qsizetype(y) * bpl;
        uchar* dst = image.scanLine(y);
        const int samples = rgb ? width * 3 : width;
        if (p.depth == 8) {
            std::memcpy(dst, src, size_t(samples));
        } else if (p.depth == 16) {
            const auto* src16 = reinterpret_cast<const quint16*>(src); // native byte order per the SANE standard
            for (int i = 0; i < samples; ++i)
                dst[i] = uchar(src16[i] >> 8);
        } else if (p.depth == 1 && !rgb) {
            for (int x = 0; x < width; ++x) // SANE lineart: bit set = black
                dst[x] = (src[x >> 3] & (0x80 >> (x & 7))) ? 0 : 255;
        } else {
            return {};
        }
    }
    return image;
}

} // namespace

SaneDriver::SaneDriver() : m_owner(QThread::currentThread())
{
    SANE_Int version = 0;
    const SANE_Status st = sane_init(&version, nullptr);
    m_initialised = st == SANE_STATUS_GOOD;
    if (!m_initialised)
        qCWarning(lcSane) << "sane_init failed:" << statusText(st);
    else
        qCDebug(lcSane) << "SANE" << SANE_VERSION_MAJOR(version) << SANE_VERSION_MINOR(version)
                        << SANE_VERSION_BUILD(version);
}

SaneDriver::~SaneDriver()
{
    Q_ASSERT(QThread::currentThread() == m_owner);
    if (m_initialised)
        sane_exit();
}

ScanError::Code SaneDriver::errorCodeFor(int saneStatus)
{
    switch (SANE_Status(saneStatus)) {
    case SANE_STATUS_GOOD:
    case SANE_STATUS_EOF:
        return ScanError::None;
    case SANE_STATUS_NO_DOCS:
        return ScanError::NoDocuments;
    case SANE_STATUS_JAMMED:
        return ScanError::Jammed;
    case SANE_STATUS_COVER_OPEN:
        return ScanError::CoverOpen;
    case SANE_STATUS_CANCELLED:
        return ScanError::Cancelled;
    case SANE_STATUS_DEVICE_BUSY:
    case SANE_STATUS_ACCESS_DENIED:
        return ScanError::DeviceBusy;
    case SANE_STATUS_IO_ERROR:
        return ScanError::IoError;
    case SANE_STATUS_UNSUPPORTED:
        return ScanError::Unsupported;
    case SANE_STATUS_INVAL:
        return ScanError::InvalidInput;
    default:
        return ScanError::Internal;
    }
}

Result<QList<ScannerDevice>> SaneDriver::listDevices()
{
    Q_ASSERT(QThread::currentThread() == m_owner);
    if (!m_initialised)
        return Error{QStringLiteral("scan.internal"), QStringLiteral("SANE is not initialised")};
    const SANE_Device** list = nullptr;
    const SANE_Status st = sane_get_devices(&list, SANE_FALSE);
    if (st != SANE_STATUS_GOOD)
        return ScanError(errorCodeFor(st), QStringLiteral("sane_get_devices: ") + statusText(st)).toError();
    QList<ScannerDevice> devices;
    for (const SANE_Device** d = list; d && *d; ++d) {
        devices.append({QString::fromLatin1((*d)->name), QString::fromUtf8((*d)->vendor),
                        QString::fromUtf8((*d)->model), QString::fromUtf8((*d)->type), QStringLiteral("sane")});
    }
    return devices;
}

Result<QList<SaneOptionInfo>> SaneDriver::options(const QString& device)
{
    Q_ASSERT(QThread::currentThread() == m_owner);
    OpenDevice open(device);
    if (!open.handle())
        return openError(device, open.status()).toError();
    return readOptions(open.handle());
}

Result<DeviceCapabilities> SaneDriver::capabilities(const QString& device)
{
    auto opts = options(device);
    if (!opts)
        return opts.error();
    return SaneOptionMapper(opts.value()).capabilities();
}

ScanError SaneDriver::scan(const QString& device, const ScanSettings& settings, ScanJobControl& control, int* pages)
{
    Q_ASSERT(QThread::currentThread() == m_owner);
    *pages = 0;
    if (!m_initialised)
        return {ScanError::Internal, QStringLiteral("SANE is not initialised")};
    // A fresh open per batch: some backends only reset their feeder state on open.
    OpenDevice open(device);
    if (!open.handle())
        return openError(device, open.status());
    SANE_Handle h = open.handle();
    // The outcome of the batch is reported as soon as it is known, before the device is released: a driver
    // that hangs in sane_cancel or sane_close cannot hold back the jam or the last page. `control` keeps the
    // first report (SaneBackend reports again when this returns).
    auto report = [&](ScanError error) {
        control.finished(error, *pages);
        return error;
    };
    auto end = [&](ScanError error) {
        control.finished(error, *pages);
        sane_cancel(h);
        return error;
    };
    if (ScanError e = applySettings(h, settings); e.isError())
        return report(e);

    const bool feeder = settings.source != ScanSource::Flatbed;
    const int dpi = SaneOptionMapper(readOptions(h)).resolutionValue(settings.resolution);
    std::vector<SANE_Byte> buffer(256 * 1024);

    for (int index = 0;; ++index) {
        if (settings.maxPages > 0 && index >= settings.maxPages)
            break;
        if (!feeder && index >= 1)
            break;
        if (control.isCancelled())
            return end({ScanError::Cancelled, QStringLiteral("cancelled before page %1").arg(index + 1)});
        control.pageStarted(index);
        SANE_Status st = sane_start(h);
        if (st == SANE_STATUS_NO_DOCS && index > 0)
            break; // the feeder ran out after at least one page: the normal end of a batch
        if (st != SANE_STATUS_GOOD)
            return end(
                {errorCodeFor(st), QStringLiteral("sane_start (page %1): %2").arg(index + 1).arg(statusText(st))});

        // One page, possibly in three frames (three-pass scanners send red, green, blue separately).
        QByteArray planes[3];
        QByteArray data;
        SANE_Parameters p{};
        for (bool lastFrame = false; !lastFrame;) {
            st = sane_get_parameters(h, &p);
            if (st != SANE_STATUS_GOOD)
                return end({errorCodeFor(st), QStringLiteral("sane_get_parameters: ") + statusText(st)});
            lastFrame = p.last_frame;
            const qint64 expected = p.lines > 0 ? qint64(p.lines) * p.bytes_per_line : 0;
            QByteArray frame;
            if (expected > 0)
                frame.reserve(expected);
            int lastPercent = -1;
            for (;;) {
                if (control.isCancelled())
                    return end({ScanError::Cancelled, QStringLiteral("cancelled during page %1").arg(index + 1)});
                SANE_Int len = 0;
                st = sane_read(h, buffer.data(), SANE_Int(buffer.size()), &len);
                if (len > 0)
                    frame.append(reinterpret_cast<const char*>(buffer.data()), len);
                if (st == SANE_STATUS_EOF)
                    break;
                if (st != SANE_STATUS_GOOD) {
                    // Backends built on sanei_thread (the `test` backend among them) read in a helper thread
                    // that sane_cancel() stops with pthread_cancel. Right after an immediate read error that
                    // thread may be cancelled inside malloc; glibc's allocator lock then stays held and
                    // sane_cancel() waits for the thread forever. There is no pause here to dodge that any
                    // more: the error is reported first (end() does so before sane_cancel), SANE runs in
                    // motcua-scan-worker, the worker says "idle" only after sane_cancel and sane_close
                    // returned, and the desk kills a worker that does not go idle within the clean-up grace
                    // and starts a fresh one for the next request (SaneProcessBackend, docs/SCANNING.md).
                    return end({errorCodeFor(st),
                                QStringLiteral("sane_read (page %1): %2").arg(index + 1).arg(statusText(st))});
                }
                if (expected > 0) {
                    const int percent = int(frame.size() * 100 / expected);
                    if (percent != lastPercent) {
                        lastPercent = percent;
                        control.pageProgressed(index, percent);
                    }
                }
            }
            switch (p.format) {
            case SANE_FRAME_RED:
                planes[0] = frame;
                break;
            case SANE_FRAME_GREEN:
                planes[1] = frame;
                break;
            case SANE_FRAME_BLUE:
                planes[2] = frame;
                break;
            default:
                data = frame;
            }
        }
        if (p.format == SANE_FRAME_RED || p.format == SANE_FRAME_GREEN || p.format == SANE_FRAME_BLUE) {
            // Interleave the three planes into one RGB frame.
            if (p.depth != 8)
                return end({ScanError::Unsupported, QStringLiteral("three-pass scans deeper than 8 bits")});
            const qsizetype n = qMin(planes[0].size(), qMin(planes[1].size(), planes[2].size()));
            data.resize(n * 3);
            for (qsizetype i = 0; i < n; ++i) {
                data[3 * i] = planes[0][i];
                data[3 * i + 1] = planes[1][i];
                data[3 * i + 2] = planes[2][i];
            }
            p.format = SANE_FRAME_RGB;
            p.bytes_per_line *= 3;
        }
        const int lines = p.bytes_per_line > 0 ? int(data.size() / p.bytes_per_line) : 0;
        QImage image = toImage(p, data, lines);
        if (image.isNull())
            return end({ScanError::Unsupported,
                        QStringLiteral("frame format %1 depth %2 not supported").arg(int(p.format)).arg(p.depth)});
        ScannedPage page;
        page.index = index;
        page.image = image;
        page.dpi = dpi > 0 ? dpi : settings.resolution;
        page.backSide = settings.source == ScanSource::Duplex && index % 2 == 1;
        control.pageScanned(page);
        *pages = index + 1;
        qCDebug(lcSane) << "page" << index + 1 << image.width() << "x" << image.height();
    }
    return end({}); // sane_cancel ends the batch (required after the last page of a feeder run)
}

} // namespace motcua::scan
