#include "DatabaseOpener.h"

#include "DatabaseFile.h"
#include "MessageBox.h"
#include "StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeskDb, "motcua.db")

namespace motcua {

namespace {
bool is(const Error& error, const char* code)
{
    return error.code == QLatin1String(code);
}

QString details(const Error& error)
{
    return QStringLiteral("%1: %2").arg(error.code, error.message);
}
} // namespace

DatabaseOpener::Outcome DatabaseOpener::open(const QString& path, QWidget* parent, qint64 checkAtOpenLimitBytes)
{
    while (true) {
        // The log counts too: after a crash it may hold much of what the check has to read.
        const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        DatabaseOptions options;
        const bool deferCheck = bytes > checkAtOpenLimitBytes;
        if (deferCheck)
            options.check = IntegrityCheck::None;
        auto opened = Database::open(path, options);
        if (opened) {
            Outcome outcome;
            outcome.database = std::move(opened.value());
            outcome.state = ShellOptions::DatabaseState::Open;
            outcome.integrityCheckDeferred = deferCheck;
            return outcome;
        }
        const Error error = opened.error();
        qCWarning(lcDeskDb) << "cannot open the profile database:" << error.code << error.message;

        const QString nativePath = QDir::toNativeSeparators(path);
        MessageBox::Content content;
        content.icon = QMessageBox::Warning;
        content.title = tr("The desk database cannot be used");
        content.detailedText = details(error);

        if (is(error, storage_error::Corrupt)) {
            content.text = tr("The desk database is damaged.");
            content.informativeText =
                tr("The file is left exactly as it is: %1\n\nYou can work on a copy of it (what can still be read "
                   "is kept) and call the IT contact, or quit.")
                    .arg(nativePath);
            content.buttons = QMessageBox::Open | QMessageBox::Close;
            content.defaultButton = QMessageBox::Close;
            content.buttonTexts = {{QMessageBox::Open, tr("Open a &copy")}, {QMessageBox::Close, tr("&Quit")}};
            if (MessageBox::show(parent, content) != QMessageBox::Open)
                return {nullptr, ShellOptions::DatabaseState::Unavailable, {}, error};
            return openCopy(path, error, parent);
        }
        if (is(error, storage_error::Foreign) || is(error, storage_error::NotSqlite)) {
            content.text = tr("This file is not a MotCua Desk database.");
            content.informativeText =
                tr("The file is left exactly as it is: %1\n\nNothing in it belongs to the desk, so its copy would be "
                   "of no use: you can work on a new, empty database beside it and call the IT contact, or quit.")
                    .arg(nativePath);
            content.buttons = QMessageBox::Open | QMessageBox::Close;
            content.defaultButton = QMessageBox::Close;
            content.buttonTexts = {{QMessageBox::Open, tr("Open a &new database")}, {QMessageBox::Close, tr("&Quit")}};
            if (MessageBox::show(parent, content) != QMessageBox::Open)
                return {nullptr, ShellOptions::DatabaseState::Unavailable, {}, error};
            return openNewBeside(path, error, parent);
        }
        if (is(error, storage_error::Busy)) {
            content.text = tr("The desk database is in use by another program.");
            content.informativeText = tr("MotCua Desk may already be open in another window. Close it and try again.");
            content.buttons = QMessageBox::Retry | QMessageBox::Close;
            content.defaultButton = QMessageBox::Retry;
            content.buttonTexts = {{QMessageBox::Retry, tr("&Try again")}, {QMessageBox::Close, tr("&Quit")}};
            if (MessageBox::show(parent, content) == QMessageBox::Retry)
                continue;
            return {nullptr, ShellOptions::DatabaseState::Unavailable, {}, error};
        }
        if (is(error, storage_error::TooNew)) {
            explainFailure(tr("The desk database was written by a newer version of MotCua Desk. Install the "
                              "newest version, then start again."),
                           error, parent);
        } else {
            explainFailure(tr("The desk database could not be opened (disk full, no permission or a failed "
                              "update). Nothing was changed in it: %1")
                               .arg(nativePath),
                           error, parent);
        }
        return {nullptr, ShellOptions::DatabaseState::Unavailable, {}, error};
    }
}

std::optional<QStringList> DatabaseOpener::backgroundCheck(const QString& path)
{
    auto found = Database::checkFileIntegrity(path, IntegrityCheck::Quick);
    // Damage bad enough to stop the check itself is a finding, not a check that could not run.
    if (!found && is(found.error(), storage_error::Corrupt))
        return QStringList{found.error().message};
    if (!found) {
        qCWarning(lcDeskDb) << "background integrity check could not run:" << found.error().code;
        return std::nullopt;
    }
    return found.value();
}

DatabaseOpener::Outcome DatabaseOpener::openCopy(const QString& path, const Error& error, QWidget* parent)
{
    const auto copy = DatabaseFile::copyAside(path);
    if (!copy) {
        explainFailure(tr("No copy of the damaged database could be made (disk full or no permission)."), copy.error(),
                       parent);
        return {nullptr, ShellOptions::DatabaseState::Unavailable, {}, error};
    }
    // The copy is ours to change: bring it up to date, but skip the check the original already failed.
    DatabaseOptions options;
    options.create = false;
    options.check = IntegrityCheck::None;
    auto opened = Database::open(copy.value(), options);
    if (!opened) {
        explainFailure(tr("The copy of the damaged database cannot be opened either. It is kept for the IT "
                          "contact: %1")
                           .arg(QDir::toNativeSeparators(copy.value())),
                       opened.error(), parent);
        return {nullptr, ShellOptions::DatabaseState::Unavailable, {}, error};
    }
    qCWarning(lcDeskDb) << "working on a copy of a damaged database";
    return {std::move(opened.value()), ShellOptions::DatabaseState::OpenCopy, path, error};
}

DatabaseOpener::Outcome DatabaseOpener::openNewBeside(const QString& path, const Error& error, QWidget* parent)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target;
    for (int n = 0; n < 100; ++n) {
        const QString counter = n == 0 ? QString() : QStringLiteral("-%1").arg(n);
        target = info.dir().filePath(QStringLiteral("%1-new-%2%3.db").arg(info.baseName(), stamp, counter));
        if (!QFileInfo::exists(target))
            break;
    }
    auto opened = Database::open(target);
    if (!opened) {
        explainFailure(tr("No new database could be created beside it (disk full or no permission)."), opened.error(),
                       parent);
        return {nullptr, ShellOptions::DatabaseState::Unavailable, {}, error};
    }
    qCWarning(lcDeskDb) << "working on a new database beside a foreign file";
    return {std::move(opened.value()), ShellOptions::DatabaseState::OpenCopy, path, error};
}

void DatabaseOpener::explainFailure(const QString& text, const Error& error, QWidget* parent)
{
    MessageBox::Content content;
    content.icon = QMessageBox::Critical;
    content.title = tr("The desk database cannot be used");
    content.text = text;
    content.informativeText = tr("The program will close. Call the IT contact and give them the details below.");
    content.detailedText = details(error);
    content.buttons = QMessageBox::Close;
    content.buttonTexts = {{QMessageBox::Close, tr("&Quit")}};
    MessageBox::show(parent, content);
}

} // namespace motcua
