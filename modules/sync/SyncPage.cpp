#include "SyncPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua::sync {

SyncPage::SyncPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Synchronisation"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* text =
        new QLabel(tr("Dossiers waiting to be sent to the provincial registry, and what came back from it."), this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace motcua::sync
