#pragma once

#include <QDialog>

namespace motcua {

// Help → About (F1): what the program is, its version, and every keyboard shortcut of the window.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    using Shortcuts = QList<std::pair<QString, QString>>; // action, key sequence (native text)

    AboutDialog(const Shortcuts& shortcuts, bool demoMode, QWidget* parent = nullptr);
};

} // namespace motcua
