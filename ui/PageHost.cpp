#include "PageHost.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua {

PageHost::PageHost(QString pageId, Factory factory, QWidget* parent)
    : QWidget(parent), m_pageId(std::move(pageId)), m_factory(std::move(factory))
{
    setObjectName(QStringLiteral("page:%1").arg(m_pageId));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* PageHost::ensurePage()
{
    if (m_page)
        return m_page;
    QWidget* page = m_factory ? m_factory(this) : nullptr;
    if (!page) {
        auto* label = new QLabel(tr("This page could not be opened."), this);
        label->setAlignment(Qt::AlignCenter);
        page = label;
    }
    m_page = page;
    layout()->addWidget(page);
    return page;
}

bool PageHost::pageRetranslatesItself() const
{
    return m_page && m_page->property("motcuaRetranslates").toBool();
}

void PageHost::discardPage()
{
    delete m_page.data();
    m_page = nullptr;
}

} // namespace motcua
