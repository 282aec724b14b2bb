#include "DeskArguments.h"

#include "LanguageManager.h"
#include "Roles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua {

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(motcua::DeskArguments)
};
} // namespace

bool DeskArguments::parse(const QStringList& arguments, DeskArguments* result, QString* error, bool* exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("MotCua Desk: the desk program of the commune one-stop office. Without --live it opens in "
                  "demo mode until a live profile is configured."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), Texts::tr("Demo mode for training: simulated card reader, "
                                                                    "scanner and registry; watermarked."));
    const QCommandLineOption live(QStringLiteral("live"), Texts::tr("Live mode with the real devices and registry."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Texts::tr("The desk profile to open (one database per profile)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     Texts::tr("Folder holding the profiles (default: the user's data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), Texts::tr("Interface language: vi or en."),
                                  QStringLiteral("vi|en"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Texts::tr("Open as this role: official, supervisor, trainer or administrator."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Texts::tr("Save a PNG of the main window before quitting (documentation)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       Texts::tr("Quit this many milliseconds after the window is first shown."),
                                       QStringLiteral("MS"));
    const QCommandLineOption reportStartup(QStringLiteral("report-startup"),
                                           Texts::tr("Print the start-up time when the window is first shown."));
    parser.addOptions({demo, live, profile, dataDir, lang, role, screenshot, quitAfter, reportStartup});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        fputs(qPrintable(parser.helpText()), stdout);
        *exitNow = true;
        return true;
    }
    if (parser.isSet(version)) {
        fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
        *exitNow = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Texts::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }

    DeskArguments parsed;
    if (parser.isSet(demo) && parser.isSet(live)) {
        *error = Texts::tr("--demo and --live cannot be used together.");
        return false;
    }
    if (parser.isSet(demo))
        parsed.mode = Mode::Demo;
    else if (parser.isSet(live))
        parsed.mode = Mode::Live;

    parsed.profile = parser.value(profile);
    // A profile name becomes a folder name: keep it to letters, digits, '-', '_' and '.'.
    static const QRegularExpression profilePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (parser.isSet(profile) && !profilePattern.match(parsed.profile).hasMatch()) {
        *error = Texts::tr("Invalid profile name \"%1\": use letters, digits, '.', '-' or '_'.").arg(parsed.profile);
        return false;
    }
    parsed.dataDirectory = parser.value(dataDir);
    if (parser.isSet(dataDir) && parsed.dataDirectory.isEmpty()) {
        *error = Texts::tr("--data-dir needs a folder.");
        return false;
    }
    parsed.language = parser.value(lang);
    if (parser.isSet(lang) && !LanguageManager::availableLanguages().contains(parsed.language)) {
        *error = Texts::tr("Unknown language \"%1\": use vi or en.").arg(parsed.language);
        return false;
    }
    parsed.role = parser.value(role);
    if (parser.isSet(role) && !Roles::isKnown(parsed.role)) {
        *error = Texts::tr("Unknown role \"%1\": use %2.").arg(parsed.role, Roles::all().join(QStringLiteral(", ")));
        return false;
    }
    parsed.screenshotFile = parser.value(screenshot);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        parsed.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || parsed.quitAfterMs < 0) {
            *error = Texts::tr("--quit-after needs a number of milliseconds, not \"%1\".").arg(parser.value(quitAfter));
            return false;
        }
    }
    parsed.reportStartup = parser.isSet(reportStartup);
    *result = parsed;
    return true;
}

} // namespace motcua
