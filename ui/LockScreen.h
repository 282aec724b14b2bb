#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace motcua {

// Shown instead of the pages when the official steps away (Ctrl+L). For now it only hides the screen
// and wipes the identity read from the card; signing in again comes with user accounts.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

signals:
    void unlockRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_unlock;
};

} // namespace motcua
