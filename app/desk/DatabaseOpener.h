#pragma once

#include "Database.h"
#include "ShellOptions.h"

#include <QCoreApplication>
#include <memory>

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
        bool quit() const { return !database; }
    };

    static Outcome open(const QString& path, QWidget* parent = nullptr);

private:
    static Outcome openCopy(const QString& path, const Error& error, QWidget* parent);
    static Outcome openNewBeside(const QString& path, const Error& error, QWidget* parent);
    static void explainFailure(const QString& text, const Error& error, QWidget* parent);
};

} // namespace motcua
