#include "IntakePage.h"

#include "ReceptionPage.h"
#include "ReceptionSetup.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace motcua::intake {

IntakePage::IntakePage(ModuleContext* context, QWidget* parent) : QWidget(parent)
{
    setProperty("motcuaRetranslates", true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    ReceptionSetup setup = ReceptionSetup::fromContext(context);
    if (setup.isUsable()) {
        m_reception = new ReceptionPage(std::move(setup), this);
        layout->addWidget(m_reception);
        setFocusProxy(m_reception);
    } else {
        m_unavailable = new QLabel(this);
        m_unavailable->setObjectName(QStringLiteral("receptionUnavailable"));
        m_unavailable->setWordWrap(true);
        m_unavailable->setAlignment(Qt::AlignCenter);
        layout->addWidget(m_unavailable);
    }
    retranslateUi();
}

void IntakePage::retranslateUi()
{
    if (m_unavailable)
        m_unavailable->setText(tr("Dossiers cannot be received: the desk's database is not open. Restart the desk; "
                                  "if this stays, see Help → Diagnostics."));
}

void IntakePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace motcua::intake
