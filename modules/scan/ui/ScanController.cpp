#include "ScanController.h"

#include "ScanDocument.h"
#include "ScanJob.h"
#include "ScannerBackend.h"
#include "ScannerDirectory.h"

namespace motcua::scan {

ScanController::ScanController(ScannerDirectory* directory, ScanDocument* document, QObject* parent)
    : QObject(parent), m_directory(directory), m_document(document)
{
    qRegisterMetaType<ScanError>();
}

ScanController::~ScanController()
{
    if (m_job) {
        m_job->cancel();
        delete m_job;
        if (m_directory)
            m_directory->scanEnded();
    }
}

void ScanController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

bool ScanController::start(const Plan& plan)
{
    if (m_phase == Phase::Scanning)
        return false;
    m_plan = plan;
    m_error = {};
    m_received = 0;
    m_fronts.clear();
    m_backs = 0;
    m_replaced = false;
    m_expected = 0;
    if (m_plan.manualDuplex) {
        m_plan.settings.source = ScanSource::Feeder;
        m_pass = Pass::Fronts;
    } else {
        m_pass = Pass::Single;
    }
    switch (m_plan.target) {
    case Target::Append:
        m_cursor = -1;
        break;
    case Target::Insert:
        m_cursor = qBound(0, m_plan.position, m_document->count());
        break;
    case Target::Replace:
        m_cursor = m_plan.position;
        m_plan.manualDuplex = false;
        m_pass = Pass::Single;
        m_plan.settings.maxPages = 1;
        break;
    }
    return launch();
}

bool ScanController::launch()
{
    ScannerBackend* backend = m_directory ? m_directory->backendFor(m_plan.device) : nullptr;
    if (!backend) {
        m_error = ScanError(ScanError::DeviceGone, QStringLiteral("no backend for ") + m_plan.device);
        setPhase(Phase::Interrupted);
        emit interrupted(m_error);
        return false;
    }
    ScanSettings settings = m_plan.settings;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        settings.deviceOptions.insert(it.key(), it.value());
    if (m_pass == Pass::Backs) {
        m_expected = qMax(0, int(m_fronts.size()) - m_backs);
        settings.maxPages = m_expected;
    } else {
        m_expected = m_plan.target == Target::Replace ? 1 : 0;
    }
    m_passPages = 0;
    m_currentPage = -1;
    m_currentPercent = 0;
    m_error = {};
    ScanJob* job = backend->scan(m_plan.device, settings);
    job->setParent(this);
    m_job = job;
    connect(job, &ScanJob::pageStarted, this, [this](int index) {
        m_currentPage = index;
        m_currentPercent = 0;
        emit progressChanged();
    });
    connect(job, &ScanJob::pageProgressed, this, [this](int index, int percent) {
        m_currentPage = index;
        m_currentPercent = percent;
        emit progressChanged();
    });
    connect(job, &ScanJob::pageScanned, this, &ScanController::onPage);
    connect(job, &ScanJob::finished, this, &ScanController::onFinished);
    m_directory->scanStarted();
    setPhase(Phase::Scanning);
    emit progressChanged();
    return true;
}

void ScanController::onPage(const ScannedPage& page)
{
    ++m_passPages;
    ++m_received;
    int id = -1;
    switch (m_pass) {
    case Pass::Single:
        if (m_plan.target == Target::Replace) {
            if (m_replaced)
                return; // one page was asked for
            id = m_document->replaceScanned(m_cursor, page, m_plan.options);
            m_replaced = true;
        } else {
            id = m_document->insertScanned(m_cursor, page, m_plan.options);
            if (m_cursor >= 0)
                ++m_cursor;
        }
        break;
    case Pass::Fronts: {
        const int sheet = int(m_fronts.size());
        id = m_document->insertScanned(m_cursor, page, m_plan.options, DocumentPage::Side::Front, sheet);
        if (m_cursor >= 0)
            ++m_cursor;
        m_fronts.append(id);
        break;
    }
    case Pass::Backs: {
        const int n = int(m_fronts.size());
        const int k = m_backs++;
        if (k < n) {
            const int sheet = m_plan.backsReversed ? n - 1 - k : k;
            const int frontAt = m_document->positionOf(m_fronts.at(sheet));
            // The front may have been deleted meanwhile: the back then goes where that sheet would be.
            const int at = frontAt >= 0 ? frontAt + 1 : -1;
            id = m_document->insertScanned(at, page, m_plan.options, DocumentPage::Side::Back, sheet);
        } else {
            id = m_document->insertScanned(-1, page, m_plan.options, DocumentPage::Side::Back, -1);
        }
        break;
    }
    }
    m_currentPercent = 100;
    emit pageReceived(id);
    emit progressChanged();
}

void ScanController::onFinished(const ScanError& error, int pages)
{
    Q_UNUSED(pages);
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (m_directory)
        m_directory->scanEnded();
    m_currentPage = -1;
    m_currentPercent = 0;
    // A feeder that runs out after giving pages has simply finished.
    const bool normalEnd = !error.isError() || (error.code() == ScanError::NoDocuments && m_passPages > 0);
    if (error.code() == ScanError::Cancelled) {
        m_error = {};
        setPhase(Phase::Idle);
        emit notice(tr("The scan was cancelled; the %n page(s) already scanned are kept.", nullptr, m_received));
        emit progressChanged();
        return;
    }
    if (!normalEnd) {
        m_error = error;
        setPhase(Phase::Interrupted);
        emit interrupted(error);
        emit progressChanged();
        return;
    }
    m_error = {};
    if (m_pass == Pass::Fronts && !m_fronts.isEmpty()) {
        setPhase(Phase::WaitingForFlip);
        emit flipNeeded(int(m_fronts.size()));
        emit progressChanged();
        return;
    }
    if (m_pass == Pass::Backs && m_backs != m_fronts.size()) {
        emit notice(m_backs < m_fronts.size()
                        ? tr("Only %1 backs for %2 fronts: check the pages and rescan the missing backs.")
                              .arg(m_backs)
                              .arg(m_fronts.size())
                        : tr("More backs (%1) than fronts (%2): the extra pages are at the end.")
                              .arg(m_backs)
                              .arg(m_fronts.size()));
    }
    setPhase(Phase::Idle);
    emit passFinished(m_received);
    emit progressChanged();
}

void ScanController::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ScanController::continueScan()
{
    if (m_phase != Phase::Interrupted)
        return false;
    if (m_plan.target == Target::Replace && m_replaced) {
        setPhase(Phase::Idle);
        return false;
    }
    return launch();
}

bool ScanController::scanBacks()
{
    if (m_phase != Phase::WaitingForFlip)
        return false;
    m_pass = Pass::Backs;
    return launch();
}

void ScanController::skipBacks()
{
    if (m_phase != Phase::WaitingForFlip)
        return;
    setPhase(Phase::Idle);
    emit passFinished(m_received);
}

void ScanController::dismiss()
{
    if (m_phase == Phase::Interrupted || m_phase == Phase::WaitingForFlip) {
        m_error = {};
        setPhase(Phase::Idle);
    }
}

} // namespace motcua::scan
