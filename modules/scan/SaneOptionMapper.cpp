#include "SaneOptionMapper.h"

#include <cmath>

namespace motcua::scan {

namespace {

bool isDuplexValue(const QString& v)
{
    return v.contains(QLatin1String("duplex"), Qt::CaseInsensitive);
}

bool isFeederValue(const QString& v)
{
    const QString l = v.toLower();
    if (isDuplexValue(v) || l.contains(QLatin1String("back")))
        return false;
    return l.contains(QLatin1String("adf")) || l.contains(QLatin1String("feeder")) ||
           l.contains(QLatin1String("automatic document")) || l.contains(QLatin1String("sheet"));
}

bool isFlatbedValue(const QString& v)
{
    const QString l = v.toLower();
    return l.contains(QLatin1String("flatbed")) || l == QLatin1String("normal") ||
           l.contains(QLatin1String("platen")) || l.contains(QLatin1String("document table"));
}

// Common resolutions offered when a device accepts a whole range.
constexpr int kCommonResolutions[] = {75, 100, 150, 200, 240, 300, 400, 600, 1200};

} // namespace

const SaneOptionInfo* SaneOptionMapper::find(const QString& name) const
{
    for (const auto& o : m_options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

std::optional<QString> SaneOptionMapper::matchSource(const QStringList& values, ScanSource source)
{
    for (const auto& v : values) {
        if (source == ScanSource::Duplex && isDuplexValue(v))
            return v;
        if (source == ScanSource::Feeder && isFeederValue(v))
            return v;
        if (source == ScanSource::Flatbed && isFlatbedValue(v))
            return v;
    }
    return std::nullopt;
}

std::optional<QString> SaneOptionMapper::matchMode(const QStringList& values, ColorMode mode)
{
    auto pick = [&](std::initializer_list<const char*> keys) -> std::optional<QString> {
        for (const char* key : keys) {
            for (const auto& v : values) {
                if (v.contains(QLatin1String(key), Qt::CaseInsensitive))
                    return v;
            }
        }
        return std::nullopt;
    };
    switch (mode) {
    case ColorMode::Color:
        return pick({"color", "colour", "rgb"});
    case ColorMode::Gray:
    case ColorMode::BlackWhite:
        return pick({"gray", "grey"});
    }
    return std::nullopt;
}

std::optional<QString> SaneOptionMapper::sourceValue(ScanSource source) const
{
    const SaneOptionInfo* o = find(QStringLiteral("source"));
    if (!o || !o->active || o->constraint != SaneOptionInfo::Constraint::StringList) {
        if (source == ScanSource::Flatbed)
            return QString(); // nothing to set
        return std::nullopt;
    }
    return matchSource(o->strings, source);
}

std::optional<QString> SaneOptionMapper::modeValue(ColorMode mode) const
{
    const SaneOptionInfo* o = find(QStringLiteral("mode"));
    if (!o || !o->active || o->constraint != SaneOptionInfo::Constraint::StringList)
        return QString(); // a device without modes scans what it scans; the pipeline converts
    return matchMode(o->strings, mode);
}

int SaneOptionMapper::resolutionValue(int wanted) const
{
    return capabilities().nearestResolution(wanted);
}

DeviceCapabilities SaneOptionMapper::capabilities() const
{
    DeviceCapabilities caps;
    const SaneOptionInfo* source = find(QStringLiteral("source"));
    if (source && source->active && source->constraint == SaneOptionInfo::Constraint::StringList) {
        for (ScanSource s : {ScanSource::Flatbed, ScanSource::Feeder, ScanSource::Duplex}) {
            if (matchSource(source->strings, s))
                caps.sources.append(s);
        }
    }
    if (caps.sources.isEmpty())
        caps.sources.append(ScanSource::Flatbed);

    const SaneOptionInfo* mode = find(QStringLiteral("mode"));
    if (mode && mode->active && mode->constraint == SaneOptionInfo::Constraint::StringList) {
        if (matchMode(mode->strings, ColorMode::Color))
            caps.modes.append(ColorMode::Color);
        if (matchMode(mode->strings, ColorMode::Gray))
            caps.modes.append({ColorMode::Gray, ColorMode::BlackWhite});
    } else {
        caps.modes = {ColorMode::Gray, ColorMode::BlackWhite};
    }

    const SaneOptionInfo* res = find(QStringLiteral("resolution"));
    if (!res)
        res = find(QStringLiteral("x-resolution"));
    if (res && res->constraint == SaneOptionInfo::Constraint::WordList) {
        for (double w : res->words)
            caps.resolutions.append(int(std::lround(w)));
    } else if (res && res->constraint == SaneOptionInfo::Constraint::Range) {
        caps.minResolution = int(std::ceil(res->rangeMin));
        caps.maxResolution = int(std::floor(res->rangeMax));
        for (int r : kCommonResolutions) {
            if (r >= caps.minResolution && r <= caps.maxResolution)
                caps.resolutions.append(r);
        }
    }
    if (!caps.resolutions.isEmpty()) {
        caps.minResolution = caps.minResolution ? caps.minResolution : caps.resolutions.first();
        caps.maxResolution = caps.maxResolution ? caps.maxResolution : caps.resolutions.last();
    }

    auto extent = [&](const char* name) -> double {
        const SaneOptionInfo* o = find(QLatin1String(name));
        if (!o || o->unit != SaneOptionInfo::Unit::Mm)
            return 0;
        if (o->constraint == SaneOptionInfo::Constraint::Range)
            return o->rangeMax;
        if (o->constraint == SaneOptionInfo::Constraint::WordList && !o->words.isEmpty())
            return *std::max_element(o->words.begin(), o->words.end());
        return 0;
    };
    caps.maxWidthMm = extent("br-x");
    caps.maxHeightMm = extent("br-y");
    return caps;
}

} // namespace motcua::scan
