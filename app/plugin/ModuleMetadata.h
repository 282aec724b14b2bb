#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVersionNumber>

namespace motcua {

struct ModuleDependency
{
    QString id;
    QVersionNumber minVersion;
};

// A module's JSON metadata (Q_PLUGIN_METADATA FILE "module.json"):
// {"id": "intake", "name": "...", "version": "0.1.0", "apiVersion": 1,
//  "dependencies": [{"id": "cccd", "version": "0.1"}], "roles": ["official"]}
struct ModuleMetadata
{
    QString id;
    QString name;
    QString description;
    QVersionNumber version;
    int apiVersion = 0;
    QList<ModuleDependency> dependencies;
    QStringList roles;

    static Result<ModuleMetadata> fromJson(const QJsonObject& json);
};

} // namespace motcua
