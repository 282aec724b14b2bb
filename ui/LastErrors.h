#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// Keeps the last warnings and errors the program logged, for Diagnostics. Installed once as a Qt
// message handler that forwards to the previous handler; thread-safe. Log messages never carry
// personal data (house rule), so showing them is safe.
class LastErrors
{
public:
    struct Entry
    {
        QDateTime time;
        QString level; // "warning", "critical", "fatal"
        QString category;
        QString message;
    };

    static void install(int capacity = 20);
    static void record(QtMsgType type, const QString& category, const QString& message);
    static QList<Entry> entries();
    static void clear();
};

} // namespace motcua
