#include "FormFonts.h"

#include <QFontDatabase>
#include <QLoggingCategory>
#include <QMutex>

namespace motcua {
int resourcesAnchor(); // resources/resources_anchor.cpp: keeps the compiled-in fonts linked
} // namespace motcua

namespace motcua::intake {

namespace {

Q_LOGGING_CATEGORY(lcForms, "motcua.forms")

QString& loadedFamily()
{
    static QString family;
    return family;
}

} // namespace

bool FormFonts::ensureLoaded()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!loadedFamily().isEmpty())
        return true;
    resourcesAnchor();
    static const char* const files[] = {"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",
                                        "NotoSerif-BoldItalic.ttf"};
    QString family;
    for (const char* file : files) {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + QLatin1String(file));
        if (id < 0) {
            qCWarning(lcForms) << "embedded font missing:" << file;
            continue;
        }
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty())
            family = families.first();
    }
    if (family.isEmpty()) {
        // Without the resources (a stripped build) fall back to the system's serif; Vietnamese still
        // prints when the machine has a font with the glyphs.
        family = QStringLiteral("Noto Serif");
        loadedFamily() = family;
        return false;
    }
    loadedFamily() = family;
    return true;
}

QString FormFonts::family()
{
    ensureLoaded();
    return loadedFamily();
}

QFont FormFonts::font(double points, bool bold, bool italic)
{
    QFont f(family());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferOutline);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace motcua::intake
