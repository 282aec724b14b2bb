#pragma once

#include "Database.h"
#include "ShellOptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class QWidget;

namespace motcua {

// Opens the profile's database at start-up and talks the official through what can go wrong. A
// damaged or foreign file is never written to: the desk offers to work on a copy beside it (or, when
// nothing in the file is ours, on a new database beside it), or to quit. Dialogs go through the
// MessageBox seam so tests can answer them.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(motcua::DatabaseOpener)
public:
    struct Outcome
    {
        std::unique_ptr<Database> database; // null when quitting
        ShellOptions::DatabaseState state = ShellOptions::DatabaseState::Unavailable;
        QString originalPath; // with OpenCopy: the file left untouched
        Error error;          // why the original could not be used
        // The file was too large to check before the window shows: run Database::checkFileIntegrity on
        // a worker thread once the desk is up (the warning strip reports what it finds).
        bool integrityCheckDeferred = false;
        bool quit() const { return !database; }
    };

    // Up to this size the quick check runs before the desk opens (about a second from a cold disk);
    // a larger file, years of dossiers, is checked in the background instead of delaying the start.
    static constexpr qint64 kCheckAtOpenLimitBytes = 64 * 1024 * 1024;

    static Outcome open(const QString& path, QWidget* parent = nullptr,
                        qint64 checkAtOpenLimitBytes = kCheckAtOpenLimitBytes);

    // The deferred check (Outcome::integrityCheckDeferred), for a worker thread: the problems found, empty
    // when the file is sound, nothing when the check could not run (busy, unreadable).
    static std::optional<QStringList> backgroundCheck(const QString& path);

private:
    static Outcome openCopy(const QString& path, const Error& error, QWidget* parent);
    static Outcome openNewBeside(const QString& path, const Error& error, QWidget* parent);
    static void explainFailure(const QString& text, const Error& error, QWidget* parent);
};

} // namespace motcua
