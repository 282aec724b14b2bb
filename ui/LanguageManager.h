#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QTranslator;

namespace motcua {

// Installs the desk's translations (Vietnamese first, English second) and Qt's own catalogue when
// the system has one, and remembers the choice. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, which retranslates the visible texts.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList availableLanguages(); // "vi", "en"
    static QString defaultLanguage();        // "vi"
    // The language chosen last time (QSettings "ui/language"), or the default.
    static QString savedLanguage();
    // The language's own name ("Tiếng Việt", "English"): never translated, so anyone can find theirs.
    static QString nativeName(const QString& code);

    QString language() const { return m_language; }
    // Switches the running application; returns false for an unknown code. With remember, the choice
    // is stored for the next start.
    bool setLanguage(const QString& code, bool remember = true);

signals:
    void languageChanged(const QString& code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace motcua
