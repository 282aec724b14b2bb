#pragma once

#include <QDir>
#include <QWidget>

namespace motcua::test {

// GUI tests show the screens they check; with MOTCUA_SCREENSHOT_DIR set they also save them, for
// reviewing a change of a screen (and in MOTCUA_TEST_LANGUAGE, "vi" or "en", default "en").
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

inline QString testLanguage()
{
    return qEnvironmentVariable("MOTCUA_TEST_LANGUAGE", QStringLiteral("en"));
}

} // namespace motcua::test
