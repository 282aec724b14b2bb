#include "ScanError.h"

#include <QCoreApplication>

namespace motcua::scan {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::scan::ScanError", text);
}
} // namespace

QString ScanError::codeString() const
{
    switch (m_code) {
    case None:
        return QStringLiteral("scan.ok");
    case NoDocuments:
        return QStringLiteral("scan.no_documents");
    case Jammed:
        return QStringLiteral("scan.jammed");
    case CoverOpen:
        return QStringLiteral("scan.cover_open");
    case Cancelled:
        return QStringLiteral("scan.cancelled");
    case DeviceBusy:
        return QStringLiteral("scan.device_busy");
    case IoError:
        return QStringLiteral("scan.io_error");
    case DeviceGone:
        return QStringLiteral("scan.device_gone");
    case Unsupported:
        return QStringLiteral("scan.unsupported");
    case InvalidInput:
        return QStringLiteral("scan.invalid_input");
    case Internal:
        return QStringLiteral("scan.internal");
    case DriverStopped:
        return QStringLiteral("scan.driver_stopped");
    }
    return QStringLiteral("scan.internal");
}

ScanError::Code ScanError::codeFromString(const QString& code)
{
    for (int c = None; c <= DriverStopped; ++c) {
        if (ScanError(Code(c), {}).codeString() == code)
            return Code(c);
    }
    return Internal;
}

QString ScanError::userMessage() const
{
    switch (m_code) {
    case None:
        return tr("The scan finished.");
    case NoDocuments:
        return tr("The document feeder is empty.");
    case Jammed:
        return tr("The paper is jammed in the scanner.");
    case CoverOpen:
        return tr("The scanner cover is open.");
    case Cancelled:
        return tr("The scan was cancelled.");
    case DeviceBusy:
        return tr("The scanner is busy with another program.");
    case IoError:
        return tr("The scanner stopped sending the page.");
    case DeviceGone:
        return tr("The scanner is no longer connected.");
    case Unsupported:
        return tr("The scanner does not support this setting.");
    case InvalidInput:
        return tr("The scan settings or files are not valid.");
    case Internal:
        return tr("The scan failed unexpectedly.");
    case DriverStopped:
        return tr("The scanner driver stopped.");
    }
    return {};
}

QString ScanError::nextStep() const
{
    switch (m_code) {
    case None:
        return {};
    case NoDocuments:
        return tr("Put the pages face down in the feeder and scan again.");
    case Jammed:
        return tr("Open the feeder, remove the jammed sheet, then scan the remaining pages; "
                  "the pages already scanned are kept.");
    case CoverOpen:
        return tr("Close the scanner cover and scan again.");
    case Cancelled:
        return tr("The pages already scanned are kept; scan again when ready.");
    case DeviceBusy:
        return tr("Close the other scanning program or wait a moment, then try again.");
    case IoError:
        return tr("Check the scanner cable and power, then scan the remaining pages; the pages already "
                  "scanned are kept.");
    case DeviceGone:
        return tr("Reconnect or switch on the scanner, refresh the device list and scan the remaining pages.");
    case Unsupported:
        return tr("Choose another source, mode or resolution.");
    case InvalidInput:
        return tr("Check the settings or the chosen files and try again.");
    case Internal:
        return tr("Try again; if it happens again, send the details to the IT contact.");
    case DriverStopped:
        return tr("The pages already scanned are kept. Scan the remaining pages: the driver starts again by "
                  "itself. If it happens again, switch the scanner off and on.");
    }
    return {};
}

} // namespace motcua::scan
