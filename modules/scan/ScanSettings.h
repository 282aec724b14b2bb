#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace motcua::scan {

// Canonical scan concepts. Each backend maps them to its device's own option names and values, so the
// rest of the desk never sees "ADF Duplex" or "Lineart" spelled the way one vendor spells it.
enum class ScanSource { Flatbed, Feeder, Duplex };
enum class ColorMode { Color, Gray, BlackWhite };
enum class PageSize { A4, A5, A3 };

struct ScanSettings
{
    ScanSource source = ScanSource::Flatbed;
    ColorMode mode = ColorMode::Gray;
    int resolution = 300; // dpi
    PageSize pageSize = PageSize::A4;
    int maxPages = 0; // 0 = until the feeder is empty (always 1 on a flatbed)
    // Raw driver options applied after the canonical ones, by the driver's own names (diagnostics, tests,
    // fault injection in the demo scanner), e.g. {"read-return-value", "SANE_STATUS_JAMMED"}.
    QMap<QString, QString> deviceOptions;
};

// Stable spellings used by the CLI, JSON, profiles and the spool manifest.
QString toString(ScanSource source);
QString toString(ColorMode mode);
QString toString(PageSize size);
std::optional<ScanSource> scanSourceFromString(const QString& text); // flatbed|adf|feeder|duplex
std::optional<ColorMode> colorModeFromString(const QString& text);   // color|gray|bw
std::optional<PageSize> pageSizeFromString(const QString& text);     // a4|a5|a3

// Paper size in millimetres, portrait.
double pageWidthMm(PageSize size);
double pageHeightMm(PageSize size);

} // namespace motcua::scan

Q_DECLARE_METATYPE(motcua::scan::ScanSettings)
