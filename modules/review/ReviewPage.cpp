#include "ReviewPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua::review {

ReviewPage::ReviewPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Review"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* text = new QLabel(tr("Dossiers across communes: overdue, due soon, and decisions to take."), this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace motcua::review
