#include "CardReaderSettings.h"

#include <QSettings>

namespace motcua::cccd {

namespace {
const QString kReader = QStringLiteral("cccd/reader");
const QString kCscaFolder = QStringLiteral("cccd/cscaFolder");
const QString kExtendedLength = QStringLiteral("cccd/extendedLength");
} // namespace

QString CardReaderSettings::reader()
{
    return QSettings().value(kReader).toString();
}

void CardReaderSettings::setReader(const QString& name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kReader);
    else
        settings.setValue(kReader, name);
}

QString CardReaderSettings::cscaFolder()
{
    return QSettings().value(kCscaFolder, defaultCscaFolder()).toString();
}

void CardReaderSettings::setCscaFolder(const QString& folder)
{
    QSettings().setValue(kCscaFolder, folder);
}

PcscTransport::ExtendedLength CardReaderSettings::extendedLength()
{
    const QString value = QSettings().value(kExtendedLength, QStringLiteral("auto")).toString();
    if (value == QLatin1String("off"))
        return PcscTransport::ExtendedLength::Off;
    if (value == QLatin1String("on"))
        return PcscTransport::ExtendedLength::On;
    return PcscTransport::ExtendedLength::Auto;
}

} // namespace motcua::cccd
