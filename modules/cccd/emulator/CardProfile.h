#pragma once

#include "BacKeySeed.h"
#include "CardBehaviour.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace motcua::cccd {

// A card snapshot the emulator serves: the MRZ that opens it, the LDS files by FID exactly as stored
// (EF.COM, DG1, DG2, DG13, DG14, DG15, EF.SOD, EF.CardAccess), the Active Authentication private key when
// DG15 is present, and the chip's behaviour. Saved as one JSON file (files in base64) or as a folder
// (profile.json + one .bin per file), so snapshots can be kept as fixtures and reopened in demo mode.
// Profiles made by CardFixtures hold only synthetic, clearly fake citizens.
class CardProfile
{
public:
    QString label;
    QStringList mrzLines;                  // TD1, 3 × 30
    QMap<quint16, QByteArray> files;       // FID → file bytes
    QByteArray activeAuthenticationKeyPem; // PKCS#8 PEM private key for INTERNAL AUTHENTICATE (test only)
    QString can;                           // card access number (last 6 digits of the ID), for PACE-CAN
    CardBehaviour behaviour;

    // BAC key from the MRZ lines; invalid seed when the MRZ does not parse.
    BacKeySeed bacKeySeed() const;
    QByteArray file(quint16 fid) const { return files.value(fid); }

    QJsonObject toJson() const;
    static Result<CardProfile> fromJson(const QJsonObject& json);
    Status saveJson(const QString& path) const;
    static Result<CardProfile> loadJson(const QString& path);
    Status saveToFolder(const QString& folder) const;
    static Result<CardProfile> loadFromFolder(const QString& folder);
    // A folder (with profile.json) or a JSON file.
    static Result<CardProfile> load(const QString& path);
};

} // namespace motcua::cccd
