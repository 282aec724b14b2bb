#include "ScanSettings.h"

namespace motcua::scan {

QString toString(ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed:
        return QStringLiteral("flatbed");
    case ScanSource::Feeder:
        return QStringLiteral("adf");
    case ScanSource::Duplex:
        return QStringLiteral("duplex");
    }
    return {};
}

QString toString(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Color:
        return QStringLiteral("color");
    case ColorMode::Gray:
        return QStringLiteral("gray");
    case ColorMode::BlackWhite:
        return QStringLiteral("bw");
    }
    return {};
}

QString toString(PageSize size)
{
    switch (size) {
    case PageSize::A4:
        return QStringLiteral("a4");
    case PageSize::A5:
        return QStringLiteral("a5");
    case PageSize::A3:
        return QStringLiteral("a3");
    }
    return {};
}

std::optional<ScanSource> scanSourceFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("flatbed"))
        return ScanSource::Flatbed;
    if (t == QLatin1String("adf") || t == QLatin1String("feeder"))
        return ScanSource::Feeder;
    if (t == QLatin1String("duplex"))
        return ScanSource::Duplex;
    return std::nullopt;
}

std::optional<ColorMode> colorModeFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("color") || t == QLatin1String("colour"))
        return ColorMode::Color;
    if (t == QLatin1String("gray") || t == QLatin1String("grey"))
        return ColorMode::Gray;
    if (t == QLatin1String("bw") || t == QLatin1String("lineart"))
        return ColorMode::BlackWhite;
    return std::nullopt;
}

std::optional<PageSize> pageSizeFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4"))
        return PageSize::A4;
    if (t == QLatin1String("a5"))
        return PageSize::A5;
    if (t == QLatin1String("a3"))
        return PageSize::A3;
    return std::nullopt;
}

double pageWidthMm(PageSize size)
{
    switch (size) {
    case PageSize::A4:
        return 210.0;
    case PageSize::A5:
        return 148.0;
    case PageSize::A3:
        return 297.0;
    }
    return 210.0;
}

double pageHeightMm(PageSize size)
{
    switch (size) {
    case PageSize::A4:
        return 297.0;
    case PageSize::A5:
        return 210.0;
    case PageSize::A3:
        return 420.0;
    }
    return 297.0;
}

} // namespace motcua::scan
