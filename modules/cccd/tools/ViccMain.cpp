// motcua-vicc: puts an emulated card on a vsmartcard-vpcd reader (see VpcdBridge).
#include "CardFixtures.h"
#include "EmulatedCard.h"
#include "SimpleTestCard.h"
#include "TestPki.h"
#include "VpcdBridge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <memory>

using namespace motcua::cccd;
using motcua::Status;

namespace {

int badInput(const QString& message)
{
    QTextStream(stderr) << "motcua-vicc: " << message << Qt::endl;
    return 2;
}

bool readInt(const QCommandLineParser& parser, const QString& name, int* value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    return ok && *value >= 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-vicc"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves an emulated card to vsmartcard-vpcd so pcscd shows it in a virtual reader.\n"
                       "Example: motcua-vicc --profile /tmp/card --port 35963 --remove-after-apdus 20"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("vpcd host (default 127.0.0.1)."), QStringLiteral("HOST"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("vpcd port: 35963 = Virtual PCD 00 00, 35964 = 00 01."),
         QStringLiteral("PORT"), QStringLiteral("35963")},
        {QStringLiteral("profile"), QStringLiteral("Card profile folder to serve."), QStringLiteral("DIR")},
        {QStringLiteral("generate"),
         QStringLiteral("Generate a synthetic card profile into DIR (profile + TEST-ONLY CSCA in DIR/csca), then "
                        "serve it."),
         QStringLiteral("DIR")},
        {QStringLiteral("citizen"), QStringLiteral("Fixture citizen index for --generate (default 0)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("generate-only"), QStringLiteral("With --generate: write the profile and exit.")},
        {QStringLiteral("test-card"), QStringLiteral("Serve a data-less test card (PC/SC checks only).")},
        {QStringLiteral("remove-after"), QStringLiteral("Lift the card MS milliseconds after insertion."),
         QStringLiteral("MS")},
        {QStringLiteral("remove-after-apdus"), QStringLiteral("Lift the card after answering N APDUs."),
         QStringLiteral("N")},
        {QStringLiteral("reinsert-after"), QStringLiteral("Put a lifted card back after MS milliseconds."),
         QStringLiteral("MS")},
    });
    parser.process(app);

    VpcdBridge::Options options;
    options.host = parser.value(QStringLiteral("host"));
    bool ok = false;
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return badInput(QStringLiteral("--port must be a TCP port number"));
    options.port = quint16(port);
    if (!readInt(parser, QStringLiteral("remove-after"), &options.removeAfterMs) ||
        !readInt(parser, QStringLiteral("remove-after-apdus"), &options.removeAfterApdus) ||
        !readInt(parser, QStringLiteral("reinsert-after"), &options.reinsertAfterMs))
        return badInput(QStringLiteral("--remove-after, --remove-after-apdus and --reinsert-after take a number"));

    std::unique_ptr<CardResponder> card;
    if (parser.isSet(QStringLiteral("test-card"))) {
        card = std::make_unique<SimpleTestCard>();
    } else if (parser.isSet(QStringLiteral("generate"))) {
        const QString dir = parser.value(QStringLiteral("generate"));
        const int index = parser.value(QStringLiteral("citizen")).toInt(&ok);
        if (!ok || index < 0)
            return badInput(QStringLiteral("--citizen takes a number"));
        auto pki = TestPki::create();
        if (!pki.ok())
            return badInput(pki.error().message);
        auto profile = CardFixtures::profile(CardFixtures::citizen(index % CardFixtures::citizenCount()), pki.value());
        if (!profile.ok())
            return badInput(profile.error().message);
        if (Status saved = profile->saveToFolder(dir); !saved.ok())
            return badInput(saved.error().message);
        if (Status written = pki->writeCscaTo(QDir(dir).filePath(QStringLiteral("csca"))); !written.ok())
            return badInput(written.error().message);
        if (parser.isSet(QStringLiteral("generate-only")))
            return 0;
        card = std::make_unique<EmulatedCard>(profile.value());
    } else if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = CardProfile::load(parser.value(QStringLiteral("profile")));
        if (!profile.ok())
            return badInput(QStringLiteral("cannot load the profile: ") + profile.error().message);
        card = std::make_unique<EmulatedCard>(profile.value());
    } else {
        return badInput(QStringLiteral("give --profile DIR, --generate DIR or --test-card"));
    }

    VpcdBridge bridge(*card, options);
    QTextStream(stderr) << "motcua-vicc: connecting to vpcd on " << options.host << ':' << options.port << Qt::endl;
    if (!bridge.run()) {
        QTextStream(stderr) << "motcua-vicc: " << bridge.error() << Qt::endl;
        return 1;
    }
    QTextStream(stderr) << "motcua-vicc: done after " << bridge.apduCount() << " APDUs" << Qt::endl;
    return 0;
}
