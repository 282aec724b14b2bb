#include "ScanPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua::scan {

ScanPage::ScanPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Scanning"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* text = new QLabel(tr("Scan the paper components of a dossier into PDF files."), this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace motcua::scan
