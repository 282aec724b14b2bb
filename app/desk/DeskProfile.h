#pragma once

#include "DeskArguments.h"

#include <QString>

namespace motcua {

// Which profile the desk opens, in which mode, and where its files are:
//   <data>/profiles/<name>/motcua.db
// A live profile is "configured" once the desk has been started live with it (remembered in
// QSettings "desk/liveProfile"); until then the desk opens in demo mode.
struct DeskProfile
{
    QString name;
    bool demoMode = true;
    QString dataDirectory;    // <data>
    QString profileDirectory; // <data>/profiles/<name>
    QString databasePath;
    QString role;

    static constexpr const char* demoProfileName() { return "demo"; }
    static constexpr const char* liveProfileName() { return "desk"; }

    // Decides from the command line and the settings. Remembers a live profile for the next start.
    static DeskProfile resolve(const DeskArguments& arguments);
    static QString defaultDataDirectory();
    static QString configuredLiveProfile();
};

} // namespace motcua
