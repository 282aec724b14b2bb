#include "MessageBox.h"

#include <QPushButton>

namespace motcua {

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
MessageBox::Content g_lastContent;
int g_shownCount = 0;
} // namespace

MessageBox::Button MessageBox::show(QWidget* parent, const Content& content)
{
    g_lastContent = content;
    ++g_shownCount;
    if (g_nextAnswer)
        return *g_nextAnswer;

    QMessageBox box(content.icon, content.title, content.text, content.buttons, parent);
    box.setInformativeText(content.informativeText);
    box.setDetailedText(content.detailedText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (content.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(content.defaultButton);
    for (auto it = content.buttonTexts.cbegin(); it != content.buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box.button(it.key()))
            button->setText(it.value());
    }
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    Content content;
    content.icon = QMessageBox::Critical;
    content.title = title;
    content.text = text;
    content.buttons = buttons;
    content.defaultButton = defaultButton;
    return show(parent, content);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    Content content;
    content.icon = QMessageBox::Question;
    content.title = title;
    content.text = text;
    content.buttons = buttons;
    content.defaultButton = defaultButton;
    return show(parent, content);
}

void MessageBox::setNextAnswer(std::optional<Button> answer)
{
    g_nextAnswer = answer;
}

MessageBox::Content MessageBox::lastContent()
{
    return g_lastContent;
}

int MessageBox::shownCount()
{
    return g_shownCount;
}

} // namespace motcua
