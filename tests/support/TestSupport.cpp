#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTimeZone>

namespace motcua::test {

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(MOTCUA_SOURCE_DIR)).absoluteFilePath(relative);
}

QString binaryPath(const QString& relative)
{
    return QDir(QStringLiteral(MOTCUA_BINARY_DIR)).absoluteFilePath(relative);
}

QDateTime vnTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Asia/Ho_Chi_Minh"));
}

ProcessResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timeout";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace motcua::test
