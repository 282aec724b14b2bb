#include "DeskProfile.h"

#include "Roles.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace motcua {

namespace {
const char* const kLiveProfileKey = "desk/liveProfile";
const char* const kRoleKey = "desk/role";
} // namespace

QString DeskProfile::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DeskProfile::configuredLiveProfile()
{
    return QSettings().value(QLatin1String(kLiveProfileKey)).toString();
}

DeskProfile DeskProfile::resolve(const DeskArguments& arguments)
{
    DeskProfile profile;
    const QString configured = configuredLiveProfile();
    switch (arguments.mode) {
    case DeskArguments::Mode::Demo:
        profile.demoMode = true;
        break;
    case DeskArguments::Mode::Live:
        profile.demoMode = false;
        break;
    case DeskArguments::Mode::Automatic:
        // A named profile means a real desk; otherwise live only once one has been configured.
        profile.demoMode = arguments.profile.isEmpty() && configured.isEmpty();
        break;
    }
    if (!arguments.profile.isEmpty())
        profile.name = arguments.profile;
    else if (profile.demoMode)
        profile.name = QString::fromLatin1(demoProfileName());
    else
        profile.name = configured.isEmpty() ? QString::fromLatin1(liveProfileName()) : configured;
    if (!profile.demoMode && profile.name != configured)
        QSettings().setValue(QLatin1String(kLiveProfileKey), profile.name);

    profile.dataDirectory = QDir::cleanPath(
        QDir(arguments.dataDirectory.isEmpty() ? defaultDataDirectory() : arguments.dataDirectory).absolutePath());
    profile.profileDirectory = QDir(profile.dataDirectory).filePath(QStringLiteral("profiles/") + profile.name);
    profile.databasePath = QDir(profile.profileDirectory).filePath(QStringLiteral("motcua.db"));

    const QString savedRole = QSettings().value(QLatin1String(kRoleKey)).toString();
    if (!arguments.role.isEmpty())
        profile.role = arguments.role;
    else if (!profile.demoMode && Roles::isKnown(savedRole))
        profile.role = savedRole;
    else
        profile.role = Roles::defaultRole(profile.demoMode);
    return profile;
}

} // namespace motcua
