#pragma once

#include "PipelineOptions.h"
#include "Result.h"
#include "ScanSettings.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace motcua::scan {

// How one kind of paper is scanned ("CCCD hai mặt – màu 300 dpi"): canonical settings plus pipeline hints.
// Profiles are data (ui/profiles.json, overridable by a user file), never code.
struct ScanProfile
{
    QString id;
    QString nameVi;
    QString nameEn;
    QStringList keywords; // matched accent-insensitively against a component's name
    ScanSource source = ScanSource::Feeder;
    ColorMode mode = ColorMode::Gray;
    int resolution = 300;
    PageSize pageSize = PageSize::A4;
    bool autoBilevel = true;
    int jpegQuality = 60;
    bool deskew = true;
    bool ocr = false; // searchable text layer (OCR); off unless the profile asks
    bool builtIn = false;

    // The name in the desk's current language (QLocale default): English when it is English, else Vietnamese.
    QString displayName() const;
    PipelineOptions pipelineOptions() const;
    ScanSettings settings() const;

    QJsonObject toJson() const;
    static Result<ScanProfile> fromJson(const QJsonObject& json);
};

// The built-in profiles (a Qt resource) merged with the user's file, which adds profiles or replaces
// built-in ones with the same id. Reading never fails: a damaged user file is reported in warnings() and
// the built-in profiles stay usable.
class ScanProfileStore
{
public:
    // `userFile` empty = defaultUserFile().
    explicit ScanProfileStore(const QString& userFile = {});

    // <AppDataLocation>/scan-profiles.json
    static QString defaultUserFile();
    static Result<QList<ScanProfile>> parse(const QByteArray& json);

    const QList<ScanProfile>& profiles() const { return m_profiles; }
    std::optional<ScanProfile> find(const QString& id) const;
    // The profile whose keywords best match a component's name ("Tờ khai thay đổi thông tin cư trú (CT01)").
    std::optional<ScanProfile> match(const QString& componentTitle) const;
    const QStringList& warnings() const { return m_warnings; }

    // Writes the user's profiles (those not built in, and edited built-ins) and reloads.
    Status saveUserProfiles(const QList<ScanProfile>& profiles);
    void reload();

private:
    QString m_userFile;
    QList<ScanProfile> m_profiles;
    QStringList m_warnings;
};

} // namespace motcua::scan
