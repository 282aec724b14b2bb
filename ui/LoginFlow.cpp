#include "LoginFlow.h"

#include "AccountStore.h"
#include "AuditTrail.h"
#include "Database.h"
#include "DeskSession.h"
#include "DossierStore.h"
#include "IdleWatcher.h"
#include "LockScreen.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "OnlineSignIn.h"
#include "SecurityLog.h"
#include "SecuritySettings.h"
#include "ServiceRegistry.h"
#include "SessionLockMonitor.h"

namespace motcua {

LoginFlow::LoginFlow(ServiceRegistry& services, Database& db, Options options, QObject* parent)
    : QObject(parent), m_services(services), m_db(db), m_options(std::move(options))
{
    m_options.signIn.maxOfflineDays = security::SecuritySettings(m_db).maxOfflineDays();
    m_signIn = std::make_unique<security::SignInService>(m_db.path(), m_options.signIn);
    m_session = std::make_unique<security::DeskSession>(m_db, m_options.demoMode);
    if (m_options.demoMode)
        return;
    // Registry accounts are checked online through the module that talks to the registry, whether it
    // loaded before the sign-in (the desk's order) or comes later.
    useOnlineSignIn();
    connect(&m_services, &ServiceRegistry::serviceAdded, this, [this](const QString& id) {
        if (id == QLatin1String(OnlineSignIn::serviceId()))
            useOnlineSignIn();
    });
}

void LoginFlow::useOnlineSignIn()
{
    if (auto* online = m_services.get<OnlineSignIn>())
        m_signIn->setOnlineAuthorityFactory(online->authorityFactory());
}

LoginFlow::~LoginFlow()
{
    if (m_services.object(QString::fromLatin1(UserSession::serviceId())) == m_session.get())
        m_services.remove(QString::fromLatin1(UserSession::serviceId()));
}

bool LoginFlow::signInAtStart(QWidget* dialogParent)
{
    if (m_options.demoMode) {
        const auto role = security::roleFromId(m_options.demoRole).value_or(security::Role::Trainer);
        m_session->signIn(security::DeskSession::demoAccount(role));
    } else {
        auto accounts = security::AccountStore(m_db).list();
        const bool firstStart = accounts.ok() && accounts->isEmpty();
        LoginDialog dialog(m_signIn.get(),
                           firstStart ? LoginDialog::Mode::CreateAdministrator : LoginDialog::Mode::SignIn,
                           m_options.profileName, dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        m_session->signIn(dialog.result().account, dialog.result().offline);
    }
    m_services.add<UserSession>(m_session.get());
    // Changes any module makes to a dossier become audit rows as they happen (the viewer and the
    // verification also catch up on whatever is left).
    if (auto* store = m_services.get<DossierStore>())
        connect(store, &DossierStore::dossierChanged, this, [this] {
            if (auto imported = security::AuditTrail(m_db).importDossierEvents(); !imported)
                qCWarning(security::lcSecurity) << "cannot mirror dossier events:" << imported.error().code;
        });
    return true;
}

void LoginFlow::attach(MainWindow& window)
{
    m_window = &window;
    applyUser();

    m_idle = new IdleWatcher(this);
    const int minutes = security::SecuritySettings(m_db).autoLockMinutes();
    m_idle->setTimeout(m_options.idleTimeoutMs >= 0 ? m_options.idleTimeoutMs : minutes * 60 * 1000);
    connect(m_idle, &IdleWatcher::idleTimedOut, this, [this] { lockFor(QStringLiteral("idle")); });
    if (!window.isLocked())
        m_idle->start();

    connect(window.lockScreen(), &LockScreen::userSwitched, this,
            [this](const security::Account& account, bool offline) {
                m_session->signIn(account, offline);
                // Unlocked first, so the pages rebuilt for the new role can be shown at once; both happen
                // before the next paint.
                if (m_window)
                    m_window->unlock();
                applyUser();
            });
    connect(&window, &MainWindow::lockChanged, this, [this](bool locked) {
        if (locked) {
            m_session->notifyLocked(m_lockReason.isEmpty() ? QStringLiteral("manual") : m_lockReason);
            m_lockReason.clear();
            m_idle->stop();
        } else {
            m_idle->start();
        }
    });

    if (m_options.followOsLock) {
        m_osLock = new security::SessionLockMonitor(this);
        connect(m_osLock, &security::SessionLockMonitor::sessionLocked, this, &LoginFlow::lockFor);
    }
}

void LoginFlow::lockFor(const QString& reason)
{
    if (!m_window || m_window->isLocked())
        return;
    m_lockReason = reason;
    m_window->lock();
}

void LoginFlow::applyUser()
{
    if (!m_window)
        return;
    m_window->lockScreen()->setAuthentication(m_options.demoMode ? nullptr : m_signIn.get(), m_session->login(),
                                              m_session->displayName());
    m_window->setUser(m_session->role(), m_session->displayName());
}

} // namespace motcua
