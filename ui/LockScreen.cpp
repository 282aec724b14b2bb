#include "LockScreen.h"

#include "LoginMessages.h"
#include "SignInService.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_user(new QLabel(this)),
      m_loginEdit(new QLineEdit(this)), m_password(new QLineEdit(this)), m_message(new QLabel(this)),
      m_unlock(new QPushButton(this)), m_switchUser(new QPushButton(this)), m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    // Opaque: nothing of the pages shows through.
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("pageHeading"));
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("lockUser"));
    m_user->setAlignment(Qt::AlignCenter);
    m_loginEdit->setObjectName(QStringLiteral("lockLogin"));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginEdit->setFixedWidth(300);
    m_password->setFixedWidth(300);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("#lockMessage { color: #b71c1c; }"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_countdown->setInterval(1000);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_loginEdit, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_switchUser, &QPushButton::clicked, this, [this] {
        if (m_switching) {
            reset(false);
            retranslate();
            m_password->setFocus();
        } else {
            startSwitchUser();
        }
    });
    connect(m_countdown, &QTimer::timeout, this, &LockScreen::updateCountdown);

    auto* fields = new QVBoxLayout;
    fields->addWidget(m_loginEdit, 0, Qt::AlignCenter);
    fields->addWidget(m_password, 0, Qt::AlignCenter);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_switchUser);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_user);
    layout->addLayout(fields);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();
    reset(false);
    retranslate();
}

void LockScreen::setAuthentication(security::SignInService* service, const QString& login, const QString& displayName)
{
    if (m_service != service) {
        if (m_service)
            disconnect(m_service, nullptr, this, nullptr);
        m_service = service;
        if (m_service)
            connect(m_service, &security::SignInService::finished, this, &LockScreen::onFinished);
    }
    m_login = login;
    m_displayName = displayName;
    reset(false);
    retranslate();
}

void LockScreen::startSwitchUser()
{
    if (!requiresPassword())
        return;
    reset(true);
    retranslate();
    setFocus();
}

void LockScreen::reset(bool switching)
{
    m_switching = switching;
    m_waiting = false;
    m_loginEdit->clear();
    m_password->clear();
    m_message->clear();
    m_lockedUntil = QDateTime();
    m_countdown->stop();
    m_loginEdit->setVisible(requiresPassword() && switching);
    m_password->setVisible(requiresPassword());
    m_user->setVisible(requiresPassword() && !switching);
    m_switchUser->setVisible(requiresPassword());
    m_unlock->setEnabled(true);
    // Whoever gives the lock screen focus (the main window does) lands where typing goes.
    setFocusProxy(!requiresPassword() ? static_cast<QWidget*>(m_unlock)
                  : switching         ? static_cast<QWidget*>(m_loginEdit)
                                      : static_cast<QWidget*>(m_password));
}

void LockScreen::submit()
{
    if (!requiresPassword()) {
        emit unlockRequested();
        return;
    }
    if (m_waiting || (m_lockedUntil.isValid() && m_lockedUntil > QDateTime::currentDateTime()))
        return;
    const QString login = m_switching ? m_loginEdit->text().trimmed() : m_login;
    if (login.isEmpty() || m_password->text().isEmpty())
        return;
    security::SecretBytes password = security::SecretBytes::fromString(m_password->text());
    m_password->clear();
    if (!m_service->signIn(login, std::move(password)))
        return;
    m_waiting = true;
    m_unlock->setEnabled(false);
    m_message->setText(tr("Checking…"));
}

void LockScreen::onFinished(const security::SignInResult& result)
{
    if (!m_waiting)
        return; // an attempt of the login dialog, not ours
    m_waiting = false;
    m_unlock->setEnabled(true);
    if (!result.ok()) {
        m_lockedUntil = result.lockedUntil;
        m_message->setText(LoginMessages::forResult(result));
        if (m_lockedUntil.isValid())
            m_countdown->start();
        m_password->setFocus();
        return;
    }
    const bool sameUser = result.account.login.compare(m_login, Qt::CaseInsensitive) == 0;
    reset(false);
    if (sameUser) {
        emit unlockRequested();
    } else {
        m_login = result.account.login;
        m_displayName = result.account.displayName;
        retranslate();
        emit userSwitched(result.account, result.offline);
    }
}

void LockScreen::updateCountdown()
{
    const QString text = LoginMessages::lockedFor(m_lockedUntil);
    if (text.isEmpty()) {
        m_countdown->stop();
        m_lockedUntil = QDateTime();
        m_message->clear();
        return;
    }
    m_message->setText(text);
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::showEvent(QShowEvent* event)
{
    if (!m_waiting)
        reset(m_switching);
    setFocus(); // the proxy: the button, the login or the password field
    QWidget::showEvent(event);
}

void LockScreen::hideEvent(QHideEvent* event)
{
    // Leaving the lock screen ends a switch in progress and drops what was typed.
    if (!m_waiting)
        reset(false);
    QWidget::hideEvent(event);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("The desk is locked"));
    m_text->setText(tr("The citizen's data read from the card was cleared from memory."));
    m_user->setText(tr("Signed in: %1 (%2)").arg(m_displayName, m_login));
    m_loginEdit->setPlaceholderText(tr("Login"));
    m_password->setPlaceholderText(requiresPassword() && !m_switching ? tr("Password to unlock") : tr("Password"));
    m_unlock->setText(m_switching ? tr("&Sign in") : tr("&Unlock"));
    m_switchUser->setText(m_switching ? tr("&Cancel") : tr("S&witch user"));
}

} // namespace motcua
