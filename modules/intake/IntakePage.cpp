#include "IntakePage.h"

#include "CatalogueLoad.h"
#include "ReceptionPage.h"
#include "ReceptionSetup.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace motcua::intake {

IntakePage::IntakePage(ModuleContext* context, std::shared_ptr<CatalogueLoad> catalogue, QWidget* parent)
    : QWidget(parent)
{
    setProperty("motcuaRetranslates", true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    ReceptionSetup setup = ReceptionSetup::fromContext(context, nullptr, catalogue);
    if (setup.isUsable()) {
        for (const RejectedCatalogue& r : setup.env->catalogueRejected)
            m_notUsed.append(catalogueSourceKey(r.source) + QLatin1Char(' ') + r.version);
        if (!m_notUsed.isEmpty()) {
            m_catalogueInForce = setup.env->catalogue.version();
            m_catalogueNotice = new QLabel(this);
            m_catalogueNotice->setObjectName(QStringLiteral("catalogueNotice"));
            m_catalogueNotice->setWordWrap(true);
            m_catalogueNotice->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 4px 8px;"));
            layout->addWidget(m_catalogueNotice);
        }
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
    if (m_catalogueNotice)
        m_catalogueNotice->setText(tr("A procedure catalogue stored on this desk failed its checks and is not used "
                                      "(%1); dossiers are received under catalogue %2. Ask the administrator "
                                      "to import a correct file.")
                                       .arg(m_notUsed.join(QStringLiteral(", ")), m_catalogueInForce));
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
