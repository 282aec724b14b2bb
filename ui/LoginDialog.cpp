#include "LoginDialog.h"

#include "LoginMessages.h"
#include "SignInService.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua {

LoginDialog::LoginDialog(security::SignInService* service, Mode mode, const QString& profileName, QWidget* parent)
    : QDialog(parent), m_service(service), m_mode(mode), m_profileName(profileName), m_heading(new QLabel(this)),
      m_intro(new QLabel(this)), m_loginLabel(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_repeatLabel(new QLabel(this)), m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_message(new QLabel(this)), m_submit(new QPushButton(this)), m_quit(new QPushButton(this)),
      m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setMinimumWidth(440);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setStyleSheet(QStringLiteral("#pageHeading { font-weight: bold; font-size: 16px; color: #7f1010; }"));
    m_intro->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("#loginMessage { color: #b71c1c; }"));
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_countdown->setInterval(1000);
    m_loginLabel->setBuddy(m_login);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    const bool creating = m_mode == Mode::CreateAdministrator;
    m_name->setVisible(creating);
    m_nameLabel->setVisible(creating);
    m_repeat->setVisible(creating);
    m_repeatLabel->setVisible(creating);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_submit);
    buttons->addWidget(m_quit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::updateCountdown);
    if (m_service)
        connect(m_service, &security::SignInService::finished, this, &LoginDialog::onFinished);
    retranslate();
    m_login->setFocus();
}

void LoginDialog::showMessage(const QString& text)
{
    m_message->setText(text);
}

void LoginDialog::submit()
{
    if (m_waiting || !m_service || (m_lockedUntil.isValid() && m_lockedUntil > QDateTime::currentDateTime()))
        return;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        showMessage(tr("Type your login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Type your password."));
        m_password->setFocus();
        return;
    }
    bool started = false;
    if (m_mode == Mode::CreateAdministrator) {
        if (m_name->text().trimmed().isEmpty()) {
            showMessage(tr("Type the administrator's full name."));
            m_name->setFocus();
            return;
        }
        if (m_password->text() != m_repeat->text()) {
            showMessage(tr("The two passwords differ. Type the same password twice."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
        started = m_service->createAdministrator(login, m_name->text().trimmed(),
                                                 security::SecretBytes::fromString(m_password->text()));
    } else {
        started = m_service->signIn(login, security::SecretBytes::fromString(m_password->text()));
    }
    m_password->clear();
    m_repeat->clear();
    if (!started)
        return;
    m_waiting = true;
    m_submit->setEnabled(false);
    showMessage(tr("Checking…"));
}

void LoginDialog::onFinished(const security::SignInResult& result)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_submit->setEnabled(true);
    if (result.ok()) {
        m_result = result;
        accept();
        return;
    }
    m_lockedUntil = result.lockedUntil;
    showMessage(LoginMessages::forResult(result));
    if (m_lockedUntil.isValid())
        m_countdown->start();
    m_password->setFocus();
}

void LoginDialog::updateCountdown()
{
    const QString text = LoginMessages::lockedFor(m_lockedUntil);
    if (text.isEmpty()) {
        m_countdown->stop();
        m_lockedUntil = QDateTime();
        m_message->clear();
        return;
    }
    showMessage(text);
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    const bool creating = m_mode == Mode::CreateAdministrator;
    setWindowTitle(tr("MotCua Desk — sign in"));
    m_heading->setText(creating ? tr("Set up this desk") : tr("Sign in"));
    m_intro->setText(creating ? tr("Profile %1 has no accounts yet. Create the administrator's account; the "
                                   "administrator then adds the officials' accounts.")
                                    .arg(m_profileName)
                              : tr("Profile %1. Sign in with your own account: what you open, print and change "
                                   "is recorded under your name.")
                                    .arg(m_profileName));
    m_loginLabel->setText(tr("&Login:"));
    m_nameLabel->setText(tr("Full &name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    m_submit->setText(creating ? tr("&Create and sign in") : tr("&Sign in"));
    m_quit->setText(tr("&Quit"));
}

} // namespace motcua
