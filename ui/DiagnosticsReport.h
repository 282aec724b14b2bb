#pragma once

#include <QList>
#include <QString>

namespace motcua {

// What the Diagnostics dialog shows and copies: titled sections of label/value lines. Plain data, so
// parts can be collected on worker threads and put together on the GUI thread.
struct DiagnosticsSection
{
    QString title;
    QList<std::pair<QString, QString>> lines;

    void add(const QString& label, const QString& value) { lines.append({label, value}); }
};

struct DiagnosticsReport
{
    QList<DiagnosticsSection> sections;

    // Plain text for the clipboard and support tickets.
    QString toText() const;
};

} // namespace motcua
