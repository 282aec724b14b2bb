#include "ScannerIndicator.h"

#include "Scanner.h"

namespace motcua {

ScannerIndicator::ScannerIndicator(ServiceRegistry& services, QWidget* parent)
    : ServiceIndicator(services, QString::fromLatin1(Scanner::serviceId()), parent)
{
    setObjectName(QStringLiteral("scannerIndicator"));
    bind();
}

void ScannerIndicator::connectService(QObject* service)
{
    auto* scanner = static_cast<Scanner*>(service);
    connect(scanner, &Scanner::stateChanged, this, &ScannerIndicator::refresh);
    connect(scanner, &Scanner::devicesChanged, this, &ScannerIndicator::refresh);
}

void ScannerIndicator::showService()
{
    auto* scanner = qobject_cast<Scanner*>(service());
    if (!scanner)
        return showUnavailable();
    Level level = Level::Ok;
    QString fallback;
    switch (scanner->state()) {
    case Scanner::State::NoDevice:
        level = Level::Warning;
        fallback = tr("no scanner");
        break;
    case Scanner::State::Ready:
        fallback = tr("ready");
        break;
    case Scanner::State::Scanning:
        level = Level::Busy;
        fallback = tr("scanning…");
        break;
    case Scanner::State::Error:
        level = Level::Error;
        fallback = tr("error");
        break;
    }
    const QString status = scanner->statusText().isEmpty() ? fallback : scanner->statusText();
    QString toolTip = tr("Scanner: %1").arg(status);
    const QStringList devices = scanner->devices();
    if (!devices.isEmpty())
        toolTip += QLatin1Char('\n') + tr("Devices: %1").arg(devices.join(QStringLiteral(", ")));
    setStatus(level, tr("Scanner: %1").arg(status), toolTip);
}

void ScannerIndicator::showUnavailable()
{
    setStatus(Level::Unavailable, tr("Scanner: not available"),
              tr("Scanner: not available (the scan module is not loaded)"));
}

} // namespace motcua
