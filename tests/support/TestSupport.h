#pragma once

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

namespace motcua::test {

// Path of a file in the source tree (fixtures, resources).
QString sourcePath(const QString& relative);
// Path of a built program, e.g. binaryPath("bin/motcua-cli").
QString binaryPath(const QString& relative);
// A local date-time in Asia/Ho_Chi_Minh, e.g. vnTime(2026, 2, 13, 15, 30).
QDateTime vnTime(int year, int month, int day, int hour = 0, int minute = 0);

// Runs a program to completion and captures its output.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

} // namespace motcua::test
