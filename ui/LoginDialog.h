#pragma once

#include "SignInService.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace motcua {

// The sign-in before the main window of a live profile. On the profile's first start (no account yet)
// it creates the administrator instead, who then adds the officials' accounts (motcua-cli user add).
// Attempts run on SignInService's worker; the dialog stays responsive and counts down a lockout.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SignIn, CreateAdministrator };

    LoginDialog(security::SignInService* service, Mode mode, const QString& profileName, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // The successful result once the dialog was accepted.
    const security::SignInResult& result() const { return m_result; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void onFinished(const security::SignInResult& result);
    void updateCountdown();
    void showMessage(const QString& text);

    QPointer<security::SignInService> m_service;
    Mode m_mode;
    QString m_profileName;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_loginLabel;
    QLabel* m_nameLabel;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QPushButton* m_submit;
    QPushButton* m_quit;
    QTimer* m_countdown;
    QDateTime m_lockedUntil;
    bool m_waiting = false;
    security::SignInResult m_result;
};

} // namespace motcua
