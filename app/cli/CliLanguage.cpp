#include "CliLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace motcua::cli {

namespace {
bool isKnown(const QString& code)
{
    return code == QLatin1String("vi") || code == QLatin1String("en");
}
} // namespace

QString cliLanguage()
{
    const QString asked = qEnvironmentVariable("MOTCUA_LANG").trimmed().toLower();
    if (isKnown(asked))
        return asked;
    // The desk's own settings (organisation "MotCua", application "MotCua Desk"; ui/LanguageManager).
    const QString desk = QSettings(QStringLiteral("MotCua"), QStringLiteral("MotCua Desk"))
                             .value(QStringLiteral("ui/language"))
                             .toString();
    return isKnown(desk) ? desk : QStringLiteral("vi");
}

void installCliTranslator()
{
    const QString language = cliLanguage();
    if (language == QLatin1String("en"))
        return;
    // Day and month names in human output follow the language too (JSON never uses the locale).
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    // Lives as long as the process: the application object only keeps a pointer.
    static QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/motcua_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);
}

} // namespace motcua::cli
