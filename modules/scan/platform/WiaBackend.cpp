// NEVER BUILT OR RUN by the project so far (no Windows machine): see docs/SCANNING.md, "Platform backends".
// Written against the WIA 2.0 documentation (wia.h, IWiaDevMgr2, IWiaTransfer, IWiaTransferCallback). Needs
// the Windows SDK's headers: MinGW-w64's wia.h is WIA 1.0 only (checked: no IWiaDevMgr2, no IWiaTransfer).
#include "WiaBackend.h"

#include "ScanJob.h"
#include "ScanJobControl.h"

#include <QPromise>
#include <atomic>
#include <objbase.h>
#include <string>
#include <utility>
#include <wia.h>

namespace motcua::scan {

namespace {

// Owns one COM reference.
template <typename T>
class Com
{
public:
    Com() = default;
    ~Com()
    {
        if (m_p)
            m_p->Release();
    }
    Com(const Com&) = delete;
    Com& operator=(const Com&) = delete;
    T** out() { return &m_p; }
    void reset()
    {
        if (m_p)
            m_p->Release();
        m_p = nullptr;
    }
    T* operator->() const { return m_p; }
    T* get() const { return m_p; }
    explicit operator bool() const { return m_p != nullptr; }

private:
    T* m_p = nullptr;
};

ScanError::Code codeFor(HRESULT hr)
{
    switch (hr) {
    case WIA_ERROR_PAPER_JAM:
    case WIA_ERROR_PAPER_PROBLEM:
        return ScanError::Jammed;
    case WIA_ERROR_PAPER_EMPTY:
        return ScanError::NoDocuments;
#ifdef WIA_ERROR_COVER_OPEN // WIA 2.0 headers of the Windows SDK
    case WIA_ERROR_COVER_OPEN:
        return ScanError::CoverOpen;
#endif
    case WIA_ERROR_BUSY:
        return ScanError::DeviceBusy;
    case WIA_ERROR_OFFLINE:
    case WIA_S_NO_DEVICE_AVAILABLE:
        return ScanError::DeviceGone;
    case WIA_ERROR_DEVICE_COMMUNICATION:
        return ScanError::IoError;
    default:
        return ScanError::Internal;
    }
}

ScanError errorFor(HRESULT hr, const QString& what)
{
    return {codeFor(hr), QStringLiteral("%1: HRESULT 0x%2").arg(what).arg(quint32(hr), 8, 16, QLatin1Char('0'))};
}

PROPSPEC spec(PROPID id)
{
    PROPSPEC s{};
    s.ulKind = PRSPEC_PROPID;
    s.propid = id;
    return s;
}

HRESULT writeLong(IWiaPropertyStorage* storage, PROPID id, LONG value)
{
    PROPSPEC s = spec(id);
    PROPVARIANT v;
    PropVariantInit(&v);
    v.vt = VT_I4;
    v.lVal = value;
    return storage->WriteMultiple(1, &s, &v, WIA_IPA_FIRST);
}

HRESULT writeGuid(IWiaPropertyStorage* storage, PROPID id, const GUID& value)
{
    PROPSPEC s = spec(id);
    GUID copy = value;
    PROPVARIANT v;
    PropVariantInit(&v);
    v.vt = VT_CLSID;
    v.puuid = &copy;
    return storage->WriteMultiple(1, &s, &v, WIA_IPA_FIRST);
}

// The values a property accepts: a WIA_PROP_LIST as it is, a WIA_PROP_RANGE sampled at common values.
QList<long> allowedValues(IWiaPropertyStorage* storage, PROPID id)
{
    QList<long> out;
    PROPSPEC s = spec(id);
    ULONG flags = 0;
    PROPVARIANT attributes;
    PropVariantInit(&attributes);
    if (FAILED(storage->GetPropertyAttributes(1, &s, &flags, &attributes)))
        return out;
    if (attributes.vt == (VT_VECTOR | VT_I4)) {
        const LONG* e = attributes.cal.pElems;
        if (flags & WIA_PROP_LIST) {
            for (ULONG i = WIA_LIST_VALUES; i < attributes.cal.cElems; ++i)
                out.append(e[i]);
        } else if (flags & WIA_PROP_RANGE) {
            for (long v : {75L, 100L, 150L, 200L, 300L, 400L, 600L}) {
                if (v >= e[WIA_RANGE_MIN] && v <= e[WIA_RANGE_MAX])
                    out.append(v);
            }
        }
    }
    PropVariantClear(&attributes);
    return out;
}

// Receives the pages of one Download(): one stream per page, decoded when it ends.
class PageReceiver : public IWiaTransferCallback
{
public:
    PageReceiver(std::shared_ptr<ScanJobControl> control, const ScanSettings& settings)
        : m_control(std::move(control)), m_settings(settings)
    {}
    int pages() const { return m_pages; }
    HRESULT deviceStatus() const { return m_deviceStatus; }

    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void** object) override
    {
        if (riid == IID_IUnknown || riid == IID_IWiaTransferCallback) {
            *object = static_cast<IWiaTransferCallback*>(this);
            AddRef();
            return S_OK;
        }
        *object = nullptr;
        return E_NOINTERFACE;
    }
    ULONG STDMETHODCALLTYPE AddRef() override { return ++m_refs; }
    ULONG STDMETHODCALLTYPE Release() override { return --m_refs; } // lives on the caller's stack

    HRESULT STDMETHODCALLTYPE GetNextStream(LONG, BSTR, BSTR, IStream** destination) override
    {
        if (m_stream)
            m_stream->Release();
        m_stream = nullptr;
        const HRESULT hr = CreateStreamOnHGlobal(nullptr, TRUE, &m_stream);
        if (FAILED(hr))
            return hr;
        m_stream->AddRef();
        *destination = m_stream;
        m_control->pageStarted(m_pages);
        return S_OK;
    }

    HRESULT STDMETHODCALLTYPE TransferCallback(LONG, WiaTransferParams* params) override
    {
        switch (params->lMessage) {
        case WIA_TRANSFER_MSG_STATUS:
            m_control->pageProgressed(m_pages, int(params->lPercentComplete));
            break;
        case WIA_TRANSFER_MSG_END_OF_STREAM:
            deliverPage();
            break;
        case WIA_TRANSFER_MSG_DEVICE_STATUS:
            if (FAILED(params->hrErrorStatus))
                m_deviceStatus = params->hrErrorStatus;
            break;
        default:
            break;
        }
        return m_control->isCancelled() ? S_FALSE : S_OK; // S_FALSE cancels the transfer
    }

    ~PageReceiver()
    {
        if (m_stream)
            m_stream->Release();
    }

private:
    void deliverPage()
    {
        STATSTG stat{};
        HGLOBAL memory = nullptr;
        if (!m_stream || FAILED(m_stream->Stat(&stat, STATFLAG_NONAME)) ||
            FAILED(GetHGlobalFromStream(m_stream, &memory)))
            return;
        const void* data = GlobalLock(memory);
        const QImage image =
            QImage::fromData(QByteArray(static_cast<const char*>(data), qsizetype(stat.cbSize.QuadPart)), "BMP");
        GlobalUnlock(memory);
        if (image.isNull())
            return;
        ScannedPage page;
        page.index = m_pages;
        page.image = image.convertToFormat(m_settings.mode == ColorMode::Color ? QImage::Format_RGB888
                                                                               : QImage::Format_Grayscale8);
        page.dpi = m_settings.resolution;
        page.backSide = m_settings.source == ScanSource::Duplex && m_pages % 2 == 1;
        m_control->pageScanned(page);
        ++m_pages;
    }

    std::shared_ptr<ScanJobControl> m_control;
    ScanSettings m_settings;
    IStream* m_stream = nullptr;
    std::atomic<ULONG> m_refs = 1;
    std::atomic<int> m_pages = 0;
    std::atomic<HRESULT> m_deviceStatus = S_OK;
};

} // namespace

// COM and the device manager on the WIA thread.
class WiaSession
{
public:
    WiaSession()
    {
        m_com = SUCCEEDED(CoInitializeEx(nullptr, COINIT_MULTITHREADED));
        m_status = CoCreateInstance(CLSID_WiaDevMgr2, nullptr, CLSCTX_LOCAL_SERVER, IID_IWiaDevMgr2,
                                    reinterpret_cast<void**>(m_manager.out()));
    }
    ~WiaSession()
    {
        m_manager.reset(); // before COM goes
        if (m_com)
            CoUninitialize();
    }

    Result<QList<ScannerDevice>> listDevices()
    {
        if (!m_manager)
            return errorFor(m_status, QStringLiteral("CoCreateInstance(WiaDevMgr2)")).toError();
        Com<IEnumWIA_DEV_INFO> devices;
        if (const HRESULT hr = m_manager->EnumDeviceInfo(WIA_DEVINFO_ENUM_LOCAL, devices.out()); FAILED(hr))
            return errorFor(hr, QStringLiteral("EnumDeviceInfo")).toError();
        QList<ScannerDevice> out;
        for (;;) {
            Com<IWiaPropertyStorage> properties;
            ULONG fetched = 0;
            if (devices->Next(1, properties.out(), &fetched) != S_OK || fetched == 0)
                break;
            PROPSPEC specs[] = {spec(WIA_DIP_DEV_ID), spec(WIA_DIP_DEV_NAME), spec(WIA_DIP_VEND_DESC),
                                spec(WIA_DIP_DEV_TYPE)};
            PROPVARIANT values[4];
            for (auto& v : values)
                PropVariantInit(&v);
            if (SUCCEEDED(properties->ReadMultiple(4, specs, values)) &&
                GET_STIDEVICE_TYPE(values[3].lVal) == StiDeviceTypeScanner) {
                const QString name = QString::fromWCharArray(values[1].bstrVal);
                out.append({QStringLiteral("wia:") + QString::fromWCharArray(values[0].bstrVal),
                            QString::fromWCharArray(values[2].bstrVal), name, QStringLiteral("WIA scanner"),
                            QStringLiteral("wia")});
            }
            FreePropVariantArray(4, values);
        }
        return out;
    }

    Result<DeviceCapabilities> capabilities(const QString& device)
    {
        Com<IWiaItem2> root;
        if (auto e = open(device, root); e.isError())
            return e.toError();
        DeviceCapabilities caps;
        Com<IWiaItem2> flatbed;
        Com<IWiaItem2> feeder;
        findItems(root.get(), flatbed, feeder);
        if (flatbed)
            caps.sources.append(ScanSource::Flatbed);
        Com<IWiaItem2>& any = flatbed ? flatbed : feeder;
        if (feeder) {
            caps.sources.append(ScanSource::Feeder);
            Com<IWiaPropertyStorage> storage;
            feeder->QueryInterface(IID_IWiaPropertyStorage, reinterpret_cast<void**>(storage.out()));
            PROPSPEC s = spec(WIA_IPS_DOCUMENT_HANDLING_CAPABILITIES);
            PROPVARIANT v;
            PropVariantInit(&v);
            if (storage && SUCCEEDED(storage->ReadMultiple(1, &s, &v)) && (v.lVal & DUP))
                caps.sources.append(ScanSource::Duplex);
            PropVariantClear(&v);
        }
        if (any) {
            Com<IWiaPropertyStorage> storage;
            any->QueryInterface(IID_IWiaPropertyStorage, reinterpret_cast<void**>(storage.out()));
            if (storage) {
                for (long r : allowedValues(storage.get(), WIA_IPS_XRES))
                    caps.resolutions.append(int(r));
                for (long t : allowedValues(storage.get(), WIA_IPA_DATATYPE)) {
                    if (t == WIA_DATA_COLOR)
                        caps.modes.append(ColorMode::Color);
                    else if (t == WIA_DATA_GRAYSCALE)
                        caps.modes.append(ColorMode::Gray);
                    else if (t == WIA_DATA_THRESHOLD)
                        caps.modes.append(ColorMode::BlackWhite);
                }
            }
        }
        return caps;
    }

    void scan(const QString& device, const ScanSettings& s, const std::shared_ptr<ScanJobControl>& control)
    {
        Com<IWiaItem2> root;
        if (auto e = open(device, root); e.isError()) {
            control->finished(e, 0);
            return;
        }
        Com<IWiaItem2> flatbed;
        Com<IWiaItem2> feeder;
        findItems(root.get(), flatbed, feeder);
        const bool useFeeder = s.source != ScanSource::Flatbed;
        IWiaItem2* item = useFeeder ? feeder.get() : flatbed.get();
        if (!item) {
            control->finished({ScanError::Unsupported, QStringLiteral("no %1 item").arg(toString(s.source))}, 0);
            return;
        }
        Com<IWiaPropertyStorage> storage;
        item->QueryInterface(IID_IWiaPropertyStorage, reinterpret_cast<void**>(storage.out()));
        const LONG type = s.mode == ColorMode::Color  ? WIA_DATA_COLOR
                          : s.mode == ColorMode::Gray ? WIA_DATA_GRAYSCALE
                                                      : WIA_DATA_THRESHOLD;
        const LONG depth = s.mode == ColorMode::Color ? 24 : s.mode == ColorMode::Gray ? 8 : 1;
        HRESULT hr = storage ? S_OK : E_NOINTERFACE;
        const std::pair<PROPID, LONG> properties[] = {{WIA_IPA_DATATYPE, type},
                                                      {WIA_IPA_DEPTH, depth},
                                                      {WIA_IPS_XRES, s.resolution},
                                                      {WIA_IPS_YRES, s.resolution}};
        for (const auto& [id, value] : properties) {
            if (SUCCEEDED(hr))
                hr = writeLong(storage.get(), id, value);
        }
        if (SUCCEEDED(hr))
            hr = writeGuid(storage.get(), WIA_IPA_FORMAT, WiaImgFmt_BMP);
        if (SUCCEEDED(hr) && useFeeder) {
            hr = writeLong(storage.get(), WIA_IPS_DOCUMENT_HANDLING_SELECT,
                           s.source == ScanSource::Duplex ? (FEEDER | DUPLEX) : FEEDER);
            if (SUCCEEDED(hr))
                hr = writeLong(storage.get(), WIA_IPS_PAGES, s.maxPages > 0 ? s.maxPages : ALL_PAGES);
        }
        // Page size is left to the device default: WIA_IPS_PAGE_SIZE support varies too much to rely on blind.
        if (FAILED(hr)) {
            control->finished(
                {ScanError::Unsupported, errorFor(hr, QStringLiteral("setting scan properties")).detail()}, 0);
            return;
        }
        Com<IWiaTransfer> transfer;
        if (hr = item->QueryInterface(IID_IWiaTransfer, reinterpret_cast<void**>(transfer.out())); FAILED(hr)) {
            control->finished(errorFor(hr, QStringLiteral("IWiaTransfer")), 0);
            return;
        }
        PageReceiver callback(control, s);
        hr = transfer->Download(0, &callback);
        const int pages = callback.pages();
        if (hr == S_OK || (hr == WIA_ERROR_PAPER_EMPTY && pages > 0))
            control->finished({}, pages);
        else if (hr == S_FALSE || control->isCancelled())
            control->finished({ScanError::Cancelled, QStringLiteral("cancelled during the batch")}, pages);
        else
            control->finished(
                errorFor(FAILED(callback.deviceStatus()) ? callback.deviceStatus() : hr, QStringLiteral("Download")),
                pages);
    }

private:
    ScanError open(const QString& device, Com<IWiaItem2>& root)
    {
        if (!m_manager)
            return errorFor(m_status, QStringLiteral("CoCreateInstance(WiaDevMgr2)"));
        const std::wstring id = device.section(QLatin1Char(':'), 1).toStdWString();
        BSTR bstr = SysAllocString(id.c_str());
        const HRESULT hr = m_manager->CreateDevice(0, bstr, root.out());
        SysFreeString(bstr);
        if (FAILED(hr))
            return errorFor(hr, QStringLiteral("CreateDevice"));
        return {};
    }

    // The root's children by category: the flatbed and the document feeder, when the device has them.
    static void findItems(IWiaItem2* root, Com<IWiaItem2>& flatbed, Com<IWiaItem2>& feeder)
    {
        Com<IEnumWiaItem2> children;
        if (FAILED(root->EnumChildItems(nullptr, children.out())))
            return;
        for (;;) {
            IWiaItem2* child = nullptr;
            ULONG fetched = 0;
            if (children->Next(1, &child, &fetched) != S_OK || fetched == 0)
                break;
            GUID category{};
            child->GetItemCategory(&category);
            if (category == WIA_CATEGORY_FLATBED && !flatbed)
                *flatbed.out() = child;
            else if (category == WIA_CATEGORY_FEEDER && !feeder)
                *feeder.out() = child;
            else
                child->Release();
        }
    }

    bool m_com = false;
    HRESULT m_status = S_OK;
    Com<IWiaDevMgr2> m_manager;
};

WiaBackend::WiaBackend(QObject* parent) : ScannerBackend(parent)
{
    m_thread.setObjectName(QStringLiteral("wia"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

WiaBackend::~WiaBackend()
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

void WiaBackend::post(std::function<void(WiaSession&)> task)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, task = std::move(task)] {
            if (!m_session)
                m_session = std::make_unique<WiaSession>();
            task(*m_session);
        },
        Qt::QueuedConnection);
}

QFuture<Result<QList<ScannerDevice>>> WiaBackend::devices(bool)
{
    auto promise = std::make_shared<QPromise<Result<QList<ScannerDevice>>>>();
    promise->start();
    post([promise](WiaSession& s) {
        promise->addResult(s.listDevices());
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<DeviceCapabilities>> WiaBackend::capabilities(const QString& device)
{
    auto promise = std::make_shared<QPromise<Result<DeviceCapabilities>>>();
    promise->start();
    post([promise, device](WiaSession& s) {
        promise->addResult(s.capabilities(device));
        promise->finish();
    });
    return promise->future();
}

ScanJob* WiaBackend::scan(const QString& device, const ScanSettings& settings)
{
    auto* job = new ScanJob;
    post([control = job->control(), device, settings](WiaSession& s) { s.scan(device, settings, control); });
    return job;
}

} // namespace motcua::scan
