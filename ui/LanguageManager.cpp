#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "motcua.ui.language")

namespace motcua {

int resourcesAnchor(); // resources/resources_anchor.cpp: keeps the compiled catalogues and icons linked

namespace {
const char* const kSettingsKey = "ui/language";

QLocale localeFor(const QString& code)
{
    // English users of the desk still work in Vietnam: British English keeps day/month/year dates.
    return code == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

LanguageManager::LanguageManager(QObject* parent) : QObject(parent)
{
    resourcesAnchor();
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString LanguageManager::defaultLanguage()
{
    return QStringLiteral("vi");
}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return availableLanguages().contains(saved) ? saved : defaultLanguage();
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool LanguageManager::setLanguage(const QString& code, bool remember)
{
    if (!availableLanguages().contains(code))
        return false;
    if (remember)
        QSettings().setValue(QLatin1String(kSettingsKey), code);
    if (code == m_language)
        return true;

    // Load first, then swap, so a missing file never leaves the program half-translated.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/motcua_%1.qm").arg(code))) {
        qCWarning(lcLanguage) << "no compiled catalogue for" << code;
        app.reset();
    }
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset(); // Qt ships no qtbase_vi on every system: Qt's own few strings stay English then.

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    m_language = code;
    QLocale::setDefault(localeFor(code));
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());
    emit languageChanged(code);
    return true;
}

} // namespace motcua
