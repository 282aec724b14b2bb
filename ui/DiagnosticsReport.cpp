#include "DiagnosticsReport.h"

namespace motcua {

QString DiagnosticsReport::toText() const
{
    QString text;
    for (const DiagnosticsSection& section : sections) {
        text += QStringLiteral("== %1 ==\n").arg(section.title);
        for (const auto& [label, value] : section.lines) {
            if (label.isEmpty())
                text += QStringLiteral("  %1\n").arg(value);
            else
                text += QStringLiteral("  %1: %2\n").arg(label, value);
        }
        text += QLatin1Char('\n');
    }
    return text.trimmed() + QLatin1Char('\n');
}

} // namespace motcua
