// The interface speaks Vietnamese first: every message in motcua_vi.ts must be translated, keep the
// placeholders of its source, and reach the program through the compiled catalogue in the resources.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>

namespace motcua {
int resourcesAnchor(); // keeps the resources library (and its compiled catalogues) linked in
}

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool unfinished = false;
};

QList<Message> readMessages(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = Message{context, {}, {}, false};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            QString text;
            bool numerus = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    current.translations.append(xml.readElementText());
                } else if (xml.isCharacters() && !numerus) {
                    text += xml.text();
                }
            }
            if (!numerus)
                current.translations.append(text);
            if (!obsolete)
                out.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

} // namespace

class tst_TranslationsComplete : public QObject
{
    Q_OBJECT
private slots:
    void everyVietnameseMessageIsTranslated()
    {
        QString error;
        const auto messages = readMessages(QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_vi.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message& m : messages) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString& t) { return t.trimmed().isEmpty(); });
            if (m.unfinished || empty || m.translations.isEmpty())
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g.\n").arg(missing.size()) +
                                               missing.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void placeholdersSurviveTranslation()
    {
        QString error;
        const auto messages = readMessages(QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_vi.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList broken;
        for (const Message& m : messages) {
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString& t : m.translations)
                if (!t.isEmpty() && placeholders(t) != wanted)
                    broken << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" -> ") + t;
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void compiledCatalogueIsInTheResources()
    {
        motcua::resourcesAnchor();
        QTranslator vi;
        QVERIFY(vi.load(QStringLiteral(":/i18n/motcua_vi.qm")));
        QVERIFY(!vi.isEmpty());
        QCOMPARE(vi.language(), QStringLiteral("vi"));
    }
};

QTEST_GUILESS_MAIN(tst_TranslationsComplete)
#include "tst_TranslationsComplete.moc"
