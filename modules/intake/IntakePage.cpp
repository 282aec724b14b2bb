#include "IntakePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua::intake {

IntakePage::IntakePage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Receive dossier"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* text = new QLabel(
        tr("Pick the procedure, fill in the applicant from the card, scan each component and print the receipt."),
        this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace motcua::intake
