#include "LastErrors.h"

#include <QMutex>
#include <QMutexLocker>

namespace motcua {

namespace {
QMutex g_mutex;
QList<LastErrors::Entry> g_entries;
int g_capacity = 20;
QtMessageHandler g_previous = nullptr;
bool g_installed = false;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LastErrors::record(type, QString::fromLatin1(context.category ? context.category : "default"), message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void LastErrors::install(int capacity)
{
    QMutexLocker lock(&g_mutex);
    g_capacity = qMax(1, capacity);
    if (g_installed)
        return;
    g_installed = true;
    g_previous = qInstallMessageHandler(handler);
}

void LastErrors::record(QtMsgType type, const QString& category, const QString& message)
{
    QString level;
    switch (type) {
    case QtWarningMsg:
        level = QStringLiteral("warning");
        break;
    case QtCriticalMsg:
        level = QStringLiteral("critical");
        break;
    case QtFatalMsg:
        level = QStringLiteral("fatal");
        break;
    default:
        return; // debug and info messages are not errors
    }
    QMutexLocker lock(&g_mutex);
    g_entries.append({QDateTime::currentDateTime(), level, category, message});
    while (g_entries.size() > g_capacity)
        g_entries.removeFirst();
}

QList<LastErrors::Entry> LastErrors::entries()
{
    QMutexLocker lock(&g_mutex);
    return g_entries;
}

void LastErrors::clear()
{
    QMutexLocker lock(&g_mutex);
    g_entries.clear();
}

} // namespace motcua
