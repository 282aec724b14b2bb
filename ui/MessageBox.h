#pragma once

#include <QHash>
#include <QMessageBox>
#include <optional>

namespace motcua {

// Every dialog question of the shell goes through here so GUI tests can pre-answer it instead of
// blocking on a modal box (the KeePassXC pattern). Production code never sets an answer.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // What the official sees: what happened (text), what to do next (informative), details (copyable).
    struct Content
    {
        QMessageBox::Icon icon = QMessageBox::Information;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        Buttons buttons = QMessageBox::Ok;
        Button defaultButton = QMessageBox::NoButton;
        QHash<Button, QString> buttonTexts; // custom labels for standard buttons
    };

    static Button show(QWidget* parent, const Content& content);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    // Test seam: the next dialogs return this answer without being shown (until cleared).
    static void setNextAnswer(std::optional<Button> answer);
    // The content of the last dialog asked for, shown or answered by the seam.
    static Content lastContent();
    static int shownCount();
};

} // namespace motcua
