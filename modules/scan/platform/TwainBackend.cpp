// NEVER BUILT OR RUN by the project so far (no Windows machine): see docs/SCANNING.md, "Platform backends".
// Written against the TWAIN 2.4 specification and twain.h from the TWAIN Working Group.
#include "TwainBackend.h"

#include "ScanJob.h"
#include "ScanJobControl.h"

#include <QPromise>
#include <cstring>
#include <optional>
#include <windows.h>
// clang-format off
#include <twain.h>
// clang-format on

namespace motcua::scan {

namespace {

double fromFix32(TW_FIX32 f)
{
    return f.Whole + f.Frac / 65536.0;
}

TW_FIX32 toFix32(double v)
{
    const auto value = TW_INT32(v * 65536.0 + 0.5);
    TW_FIX32 f;
    f.Whole = TW_INT16(value >> 16);
    f.Frac = TW_UINT16(value & 0xffff);
    return f;
}

ScanError::Code codeFor(TW_UINT16 conditionCode)
{
    switch (conditionCode) {
    case TWCC_PAPERJAM:
    case TWCC_PAPERDOUBLEFEED:
        return ScanError::Jammed;
    case TWCC_CHECKDEVICEONLINE:
        return ScanError::DeviceGone;
    case TWCC_DENIED:
        return ScanError::DeviceBusy;
    case TWCC_BADCAP:
    case TWCC_CAPUNSUPPORTED:
    case TWCC_BADVALUE:
        return ScanError::Unsupported;
    default:
        return ScanError::Internal;
    }
}

// A native transfer hands over a DIB; Qt reads it once a BITMAPFILEHEADER is put in front.
QImage imageFromDib(HGLOBAL dib)
{
    const auto* header = static_cast<const BITMAPINFOHEADER*>(GlobalLock(dib));
    if (!header)
        return {};
    const SIZE_T size = GlobalSize(dib);
    DWORD colors = header->biClrUsed;
    if (colors == 0 && header->biBitCount <= 8)
        colors = 1u << header->biBitCount;
    BITMAPFILEHEADER file{};
    file.bfType = 0x4d42; // "BM"
    file.bfSize = DWORD(sizeof file + size);
    file.bfOffBits = DWORD(sizeof file + header->biSize + colors * sizeof(RGBQUAD));
    QByteArray bmp(reinterpret_cast<const char*>(&file), sizeof file);
    bmp.append(reinterpret_cast<const char*>(header), qsizetype(size));
    GlobalUnlock(dib);
    return QImage::fromData(bmp, "BMP");
}

} // namespace

// One DSM session on the TWAIN thread: the DSM is opened on first use with a hidden message-only window as
// its parent, and closed with the session.
class TwainSession
{
public:
    explicit TwainSession(QObject* context) : m_context(context)
    {
        m_window =
            CreateWindowExW(0, L"STATIC", L"motcua-twain", 0, 0, 0, 0, 0, HWND_MESSAGE, nullptr, nullptr, nullptr);
        m_dsmLibrary = LoadLibraryW(L"TWAINDSM.dll");
        if (m_dsmLibrary)
            m_entry = reinterpret_cast<DSMENTRYPROC>(GetProcAddress(m_dsmLibrary, "DSM_Entry"));
        m_app.Id = 0;
        m_app.Version.MajorNum = 1;
        m_app.Version.Language = TWLG_ENGLISH_USA;
        m_app.Version.Country = TWCY_USA;
        lstrcpynA(m_app.Version.Info, "MotCua Desk", sizeof m_app.Version.Info);
        m_app.ProtocolMajor = TWON_PROTOCOLMAJOR;
        m_app.ProtocolMinor = TWON_PROTOCOLMINOR;
        m_app.SupportedGroups = DF_APP2 | DG_IMAGE | DG_CONTROL;
        lstrcpynA(m_app.Manufacturer, "MotCua", sizeof m_app.Manufacturer);
        lstrcpynA(m_app.ProductFamily, "MotCua Desk", sizeof m_app.ProductFamily);
        lstrcpynA(m_app.ProductName, "MotCua Desk", sizeof m_app.ProductName);
        if (m_entry)
            m_open = call(nullptr, DG_CONTROL, DAT_PARENT, MSG_OPENDSM, &m_window) == TWRC_SUCCESS;
    }

    ~TwainSession()
    {
        if (m_open)
            call(nullptr, DG_CONTROL, DAT_PARENT, MSG_CLOSEDSM, &m_window);
        if (m_dsmLibrary)
            FreeLibrary(m_dsmLibrary);
        if (m_window)
            DestroyWindow(m_window);
    }

    Result<QList<ScannerDevice>> listDevices()
    {
        if (!m_open)
            return Error{QStringLiteral("scan.internal"), QStringLiteral("TWAINDSM.dll missing or MSG_OPENDSM failed")};
        QList<ScannerDevice> devices;
        TW_IDENTITY source{};
        for (TW_UINT16 rc = call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_GETFIRST, &source); rc == TWRC_SUCCESS;
             rc = call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_GETNEXT, &source)) {
            const QString name = QString::fromLocal8Bit(source.ProductName);
            devices.append({QStringLiteral("twain:") + name, QString::fromLocal8Bit(source.Manufacturer), name,
                            QStringLiteral("TWAIN source"), QStringLiteral("twain")});
        }
        return devices;
    }

    Result<DeviceCapabilities> capabilities(const QString& device)
    {
        if (auto e = openSource(device); e.isError())
            return e.toError();
        DeviceCapabilities caps;
        caps.sources = {ScanSource::Flatbed};
        if (oneValue(CAP_FEEDERENABLED).has_value())
            caps.sources.append(ScanSource::Feeder);
        if (const auto duplex = oneValue(CAP_DUPLEX); duplex && *duplex != TWDX_NONE)
            caps.sources.append(ScanSource::Duplex);
        for (double v : numbers(ICAP_PIXELTYPE)) {
            if (v == TWPT_RGB)
                caps.modes.append(ColorMode::Color);
            else if (v == TWPT_GRAY)
                caps.modes.append(ColorMode::Gray);
            else if (v == TWPT_BW)
                caps.modes.append(ColorMode::BlackWhite);
        }
        for (double v : numbers(ICAP_XRESOLUTION))
            caps.resolutions.append(int(v));
        closeSource();
        return caps;
    }

    // Opens the source, sets it up, enables it without its UI and waits (in this thread's event loop) for
    // MSG_XFERREADY from the DSM callback; transfer() then takes every pending page.
    void scan(const QString& device, const ScanSettings& s, std::shared_ptr<ScanJobControl> control)
    {
        if (auto e = openSource(device); e.isError()) {
            control->finished(e, 0);
            return;
        }
        const TW_UINT16 pixelType = s.mode == ColorMode::Color  ? TWPT_RGB
                                    : s.mode == ColorMode::Gray ? TWPT_GRAY
                                                                : TWPT_BW;
        const bool feeder = s.source != ScanSource::Flatbed;
        ScanError e = setOne(ICAP_XFERMECH, TWTY_UINT16, TWSX_NATIVE);
        if (!e.isError())
            e = setOne(ICAP_PIXELTYPE, TWTY_UINT16, pixelType);
        if (!e.isError())
            e = setFix32(ICAP_XRESOLUTION, s.resolution);
        if (!e.isError())
            e = setFix32(ICAP_YRESOLUTION, s.resolution);
        if (!e.isError() && feeder)
            e = setOne(CAP_FEEDERENABLED, TWTY_BOOL, TRUE);
        if (!e.isError() && s.source == ScanSource::Duplex)
            e = setOne(CAP_DUPLEXENABLED, TWTY_BOOL, TRUE);
        if (!e.isError())
            e = setOne(CAP_XFERCOUNT, TWTY_INT16, TW_UINT32(feeder && s.maxPages > 0 ? s.maxPages : feeder ? -1 : 1));
        // Page size is not set: ICAP_SUPPORTEDSIZES support varies too much to rely on without a device.
        if (e.isError()) {
            closeSource();
            control->finished(e, 0);
            return;
        }
        s_current = this;
        TW_CALLBACK callback{};
        callback.CallBackProc = reinterpret_cast<TW_MEMREF>(&TwainSession::dsmCallback);
        if (call(&m_source, DG_CONTROL, DAT_CALLBACK, MSG_REGISTER_CALLBACK, &callback) != TWRC_SUCCESS) {
            closeSource();
            control->finished({ScanError::Unsupported, QStringLiteral("source does not take the DSM 2 callback")}, 0);
            return;
        }
        TW_USERINTERFACE ui{};
        ui.ShowUI = FALSE;
        ui.ModalUI = FALSE;
        ui.hParent = m_window;
        if (call(&m_source, DG_CONTROL, DAT_USERINTERFACE, MSG_ENABLEDS, &ui) != TWRC_SUCCESS) {
            const ScanError error = lastError(QStringLiteral("MSG_ENABLEDS"));
            closeSource();
            control->finished(error, 0);
            return;
        }
        m_ui = ui;
        m_control = std::move(control);
        m_settings = s;
    }

private:
    static TW_UINT16 FAR PASCAL dsmCallback(pTW_IDENTITY, pTW_IDENTITY, TW_UINT32, TW_UINT16, TW_UINT16 msg, TW_MEMREF)
    {
        // The specification forbids calling the DSM from inside the callback, which may also come from a
        // thread of the source: queue the work on the TWAIN thread.
        if (TwainSession* self = s_current) {
            QMetaObject::invokeMethod(
                self->m_context,
                [self, msg] {
                    if (msg == MSG_XFERREADY)
                        self->transfer();
                    else if (msg == MSG_CLOSEDSREQ || msg == MSG_CLOSEDSOK)
                        self->endBatch({ScanError::Cancelled, QStringLiteral("the source asked to close")});
                },
                Qt::QueuedConnection);
        }
        return TWRC_SUCCESS;
    }

    void transfer()
    {
        if (!m_control)
            return;
        TW_PENDINGXFERS pending{};
        do {
            if (m_control->isCancelled()) {
                call(&m_source, DG_CONTROL, DAT_PENDINGXFERS, MSG_RESET, &pending);
                endBatch({ScanError::Cancelled, QStringLiteral("cancelled during the batch")});
                return;
            }
            m_control->pageStarted(m_pages);
            TW_IMAGEINFO info{};
            call(&m_source, DG_IMAGE, DAT_IMAGEINFO, MSG_GET, &info);
            TW_HANDLE dib = nullptr;
            const TW_UINT16 rc = call(&m_source, DG_IMAGE, DAT_IMAGENATIVEXFER, MSG_GET, &dib);
            if (rc != TWRC_XFERDONE) {
                const ScanError error = rc == TWRC_CANCEL
                                            ? ScanError(ScanError::Cancelled, QStringLiteral("source cancelled"))
                                            : lastError(QStringLiteral("DAT_IMAGENATIVEXFER"));
                call(&m_source, DG_CONTROL, DAT_PENDINGXFERS, MSG_RESET, &pending);
                endBatch(error);
                return;
            }
            QImage image = imageFromDib(static_cast<HGLOBAL>(dib));
            GlobalFree(static_cast<HGLOBAL>(dib));
            call(&m_source, DG_CONTROL, DAT_PENDINGXFERS, MSG_ENDXFER, &pending);
            if (image.isNull()) {
                call(&m_source, DG_CONTROL, DAT_PENDINGXFERS, MSG_RESET, &pending);
                endBatch({ScanError::Unsupported, QStringLiteral("page in a DIB format Qt does not read")});
                return;
            }
            ScannedPage page;
            page.index = m_pages;
            page.image = image.convertToFormat(m_settings.mode == ColorMode::Color ? QImage::Format_RGB888
                                                                                   : QImage::Format_Grayscale8);
            page.dpi = info.XResolution.Whole > 0 ? int(fromFix32(info.XResolution)) : m_settings.resolution;
            page.backSide = m_settings.source == ScanSource::Duplex && m_pages % 2 == 1;
            m_control->pageProgressed(m_pages, 100);
            m_control->pageScanned(page);
            ++m_pages;
        } while (pending.Count != 0);
        endBatch({});
    }

    void endBatch(const ScanError& error)
    {
        if (!m_control)
            return;
        auto control = std::move(m_control);
        call(&m_source, DG_CONTROL, DAT_USERINTERFACE, MSG_DISABLEDS, &m_ui);
        closeSource();
        // A feeder that was empty from the start reports no pages and no error: say so.
        const ScanError outcome = !error.isError() && m_pages == 0
                                      ? ScanError(ScanError::NoDocuments, QStringLiteral("no page transferred"))
                                      : error;
        control->finished(outcome, m_pages);
        m_pages = 0;
        s_current = nullptr;
    }

    ScanError openSource(const QString& device)
    {
        if (!m_open)
            return {ScanError::Internal, QStringLiteral("TWAINDSM.dll missing or MSG_OPENDSM failed")};
        const QString product = device.section(QLatin1Char(':'), 1);
        TW_IDENTITY source{};
        for (TW_UINT16 rc = call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_GETFIRST, &source); rc == TWRC_SUCCESS;
             rc = call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_GETNEXT, &source)) {
            if (QString::fromLocal8Bit(source.ProductName) != product)
                continue;
            m_source = source;
            if (call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_OPENDS, &m_source) != TWRC_SUCCESS)
                return lastError(QStringLiteral("MSG_OPENDS"));
            m_sourceOpen = true;
            return {};
        }
        return {ScanError::DeviceGone, QStringLiteral("no TWAIN source named ") + product};
    }

    void closeSource()
    {
        if (m_sourceOpen)
            call(nullptr, DG_CONTROL, DAT_IDENTITY, MSG_CLOSEDS, &m_source);
        m_sourceOpen = false;
    }

    ScanError lastError(const QString& what)
    {
        TW_STATUS status{};
        call(m_sourceOpen ? &m_source : nullptr, DG_CONTROL, DAT_STATUS, MSG_GET, &status);
        return {codeFor(status.ConditionCode),
                QStringLiteral("%1 failed, condition code %2").arg(what).arg(status.ConditionCode)};
    }

    // The current value of a one-value capability, if the source has it.
    std::optional<TW_UINT32> oneValue(TW_UINT16 cap)
    {
        TW_CAPABILITY c{cap, TWON_ONEVALUE, nullptr};
        if (call(&m_source, DG_CONTROL, DAT_CAPABILITY, MSG_GETCURRENT, &c) != TWRC_SUCCESS || !c.hContainer)
            return std::nullopt;
        const auto* one = static_cast<const TW_ONEVALUE*>(GlobalLock(c.hContainer));
        const TW_UINT32 value = one ? one->Item : 0;
        GlobalUnlock(c.hContainer);
        GlobalFree(c.hContainer);
        return value;
    }

    // The values a capability accepts (enumeration items, or range end points and a few steps).
    QList<double> numbers(TW_UINT16 cap)
    {
        QList<double> out;
        TW_CAPABILITY c{cap, TWON_DONTCARE16, nullptr};
        if (call(&m_source, DG_CONTROL, DAT_CAPABILITY, MSG_GET, &c) != TWRC_SUCCESS || !c.hContainer)
            return out;
        auto item = [](TW_UINT16 type, TW_UINT32 raw) {
            if (type == TWTY_FIX32) {
                TW_FIX32 f;
                std::memcpy(&f, &raw, sizeof f);
                return fromFix32(f);
            }
            return double(raw);
        };
        const void* p = GlobalLock(c.hContainer);
        if (c.ConType == TWON_ENUMERATION) {
            const auto* e = static_cast<const TW_ENUMERATION*>(p);
            const size_t width = e->ItemType == TWTY_FIX32 ? sizeof(TW_FIX32) : e->ItemType == TWTY_UINT16 ? 2 : 4;
            for (TW_UINT32 i = 0; i < e->NumItems; ++i) {
                TW_UINT32 raw = 0;
                std::memcpy(&raw, e->ItemList + i * width, width);
                out.append(item(e->ItemType, raw));
            }
        } else if (c.ConType == TWON_RANGE) {
            const auto* r = static_cast<const TW_RANGE*>(p);
            for (double v : {75.0, 100.0, 150.0, 200.0, 300.0, 400.0, 600.0}) {
                if (v >= item(r->ItemType, r->MinValue) && v <= item(r->ItemType, r->MaxValue))
                    out.append(v);
            }
        } else if (c.ConType == TWON_ONEVALUE) {
            const auto* one = static_cast<const TW_ONEVALUE*>(p);
            out.append(item(one->ItemType, one->Item));
        }
        GlobalUnlock(c.hContainer);
        GlobalFree(c.hContainer);
        return out;
    }

    ScanError setOne(TW_UINT16 cap, TW_UINT16 type, TW_UINT32 value)
    {
        TW_CAPABILITY c{cap, TWON_ONEVALUE, GlobalAlloc(GHND, sizeof(TW_ONEVALUE))};
        auto* one = static_cast<TW_ONEVALUE*>(GlobalLock(c.hContainer));
        one->ItemType = type;
        one->Item = value;
        GlobalUnlock(c.hContainer);
        const TW_UINT16 rc = call(&m_source, DG_CONTROL, DAT_CAPABILITY, MSG_SET, &c);
        GlobalFree(c.hContainer);
        if (rc == TWRC_SUCCESS || rc == TWRC_CHECKSTATUS) // CHECKSTATUS: the source took a value near it
            return {};
        return lastError(QStringLiteral("setting capability 0x%1").arg(cap, 4, 16, QLatin1Char('0')));
    }

    ScanError setFix32(TW_UINT16 cap, double value)
    {
        const TW_FIX32 f = toFix32(value);
        TW_UINT32 raw = 0;
        std::memcpy(&raw, &f, sizeof f);
        return setOne(cap, TWTY_FIX32, raw);
    }

    TW_UINT16 call(pTW_IDENTITY dest, TW_UINT32 dg, TW_UINT16 dat, TW_UINT16 msg, TW_MEMREF data)
    {
        return m_entry ? m_entry(&m_app, dest, dg, dat, msg, data) : TWRC_FAILURE;
    }

    static inline TwainSession* s_current = nullptr; // the session with an enabled source (one at a time)

    QObject* m_context; // lives on the TWAIN thread
    HWND m_window = nullptr;
    HMODULE m_dsmLibrary = nullptr;
    DSMENTRYPROC m_entry = nullptr;
    TW_IDENTITY m_app{};
    TW_IDENTITY m_source{};
    TW_USERINTERFACE m_ui{};
    bool m_open = false;
    bool m_sourceOpen = false;
    std::shared_ptr<ScanJobControl> m_control; // the batch waiting for or in transfer
    ScanSettings m_settings;
    int m_pages = 0;
};

TwainBackend::TwainBackend(QObject* parent) : ScannerBackend(parent)
{
    m_thread.setObjectName(QStringLiteral("twain"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

TwainBackend::~TwainBackend()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_session.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_context;
}

void TwainBackend::post(std::function<void(TwainSession&)> task)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, task = std::move(task)] {
            if (!m_session)
                m_session = std::make_unique<TwainSession>(m_context);
            task(*m_session);
        },
        Qt::QueuedConnection);
}

QFuture<Result<QList<ScannerDevice>>> TwainBackend::devices(bool)
{
    auto promise = std::make_shared<QPromise<Result<QList<ScannerDevice>>>>();
    promise->start();
    post([promise](TwainSession& s) {
        promise->addResult(s.listDevices());
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<DeviceCapabilities>> TwainBackend::capabilities(const QString& device)
{
    auto promise = std::make_shared<QPromise<Result<DeviceCapabilities>>>();
    promise->start();
    post([promise, device](TwainSession& s) {
        promise->addResult(s.capabilities(device));
        promise->finish();
    });
    return promise->future();
}

ScanJob* TwainBackend::scan(const QString& device, const ScanSettings& settings)
{
    auto* job = new ScanJob;
    post([control = job->control(), device, settings](TwainSession& s) { s.scan(device, settings, control); });
    return job;
}

} // namespace motcua::scan
