#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

namespace motcua {

// Holds one navigation page in the stack and creates the page's widget the first time it is shown,
// so start-up pays only for the page on screen.
class PageHost : public QWidget
{
    Q_OBJECT
public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    PageHost(QString pageId, Factory factory, QWidget* parent = nullptr);

    const QString& pageId() const { return m_pageId; }
    QWidget* page() const { return m_page; }
    QWidget* ensurePage();
    // A page that handles QEvent::LanguageChange itself says so with the dynamic property
    // "motcuaRetranslates" = true; others are recreated after a language switch.
    bool pageRetranslatesItself() const;
    void setFactory(Factory factory) { m_factory = std::move(factory); }
    void discardPage();

private:
    QString m_pageId;
    Factory m_factory;
    QPointer<QWidget> m_page;
};

} // namespace motcua
