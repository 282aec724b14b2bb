#include "CccdPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua::cccd {

CccdPage::CccdPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Card reader"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* text =
        new QLabel(tr("Place the citizen's chip ID card on the reader or scan the QR code on the card."), this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace motcua::cccd
