#pragma once

#include <QString>
#include <QStringList>

namespace motcua {

// The desk's command line, parsed:
//   motcua-desk [--demo|--live] [--profile NAME] [--data-dir DIR] [--lang vi|en] [--role ROLE]
//               [--screenshot FILE] [--quit-after MS] [--report-startup]
struct DeskArguments
{
    enum class Mode { Automatic, Demo, Live };

    Mode mode = Mode::Automatic;
    QString profile;
    QString dataDirectory;
    QString language; // empty = the saved choice
    QString role;     // empty = the saved or default role
    QString screenshotFile;
    int quitAfterMs = -1; // quit this long after the window is first shown; -1 = run normally
    bool reportStartup = false;

    // Parses `arguments` (argv[0] included). On bad input returns false with one clear line in *error;
    // --help and --version print and set *exitNow.
    static bool parse(const QStringList& arguments, DeskArguments* result, QString* error, bool* exitNow);
};

} // namespace motcua
