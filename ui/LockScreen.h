#pragma once

#include "SignInService.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace motcua {

// Shown instead of the whole window's content while the desk is locked (Ctrl+L, idle, the OS session
// locked). It shows no personal data; the main window wipes the card data held in memory when it locks.
//
// Without authentication (demo profile, tests) a button unlocks. With it, the signed-in official types
// their password, or another official signs in ("Switch user"); every try counts towards the lockout.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

    // Unlocking then needs the password of `login` (or another account's, through Switch user).
    void setAuthentication(security::SignInService* service, const QString& login, const QString& displayName);
    bool requiresPassword() const { return m_service != nullptr; }
    QString signedInLogin() const { return m_login; }

public slots:
    // Shows the login field too, empty, for another official to sign in.
    void startSwitchUser();

signals:
    // The same official proved it is them (or no authentication is set).
    void unlockRequested();
    // Another official signed in.
    void userSwitched(const motcua::security::Account& account, bool offline);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslate();
    void submit();
    void onFinished(const security::SignInResult& result);
    void updateCountdown();
    void reset(bool switching);

    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_user;
    QLineEdit* m_loginEdit;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_unlock;
    QPushButton* m_switchUser;
    QTimer* m_countdown;

    QPointer<security::SignInService> m_service;
    QString m_login;
    QString m_displayName;
    QDateTime m_lockedUntil;
    bool m_switching = false;
    bool m_waiting = false;
};

} // namespace motcua
