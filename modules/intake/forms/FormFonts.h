#pragma once

#include <QFont>
#include <QString>

namespace motcua::intake {

// The serif face printed forms use. Noto Serif (SIL OFL 1.1, resources/fonts/) is compiled into the
// program so every desk prints the same Vietnamese glyphs whatever fonts the machine has, and
// QPdfWriter embeds it in each PDF. Needs a QGuiApplication; call ensureLoaded() once on the GUI
// thread before rendering from workers.
class FormFonts
{
public:
    static QString family();
    static bool ensureLoaded();
    // A font of the form family at `points`, bold / italic as asked.
    static QFont font(double points, bool bold = false, bool italic = false);
};

} // namespace motcua::intake
