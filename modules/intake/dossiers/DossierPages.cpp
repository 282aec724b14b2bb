#include "DossierPages.h"

#include "CatalogueLoad.h"
#include "DossierListPage.h"
#include "DossierStore.h"
#include "FormFonts.h"
#include "IntakeEnvironment.h"
#include "ModuleContext.h"
#include "UserSession.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDossiers, "motcua.intake.dossiers")

namespace motcua::intake {

namespace {

// The login written into events until the desk passes its signed-in account to modules.
QString deskUserName()
{
    const QString configured = qEnvironmentVariable("MOTCUA_USER");
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("desk") : user;
}

std::shared_ptr<IntakeEnvironment> environmentFor(ModuleContext* context, DossierStore* store,
                                                  const std::shared_ptr<CatalogueLoad>& catalogue)
{
    OfficeProfile office = OfficeProfile::demo();
    const QString officePath = QDir(context->dataDirectory()).filePath(QStringLiteral("office.json"));
    if (!context->demoMode() && QFileInfo::exists(officePath)) {
        if (auto loaded = OfficeProfile::load(officePath))
            office = *loaded;
        else
            qCWarning(lcDossiers) << "office.json not usable:" << loaded.error().code;
    }
    auto loaded = IntakeEnvironment::withBuiltInData(office);
    if (!loaded) {
        qCWarning(lcDossiers) << "built-in catalogue or calendar not usable:" << loaded.error().code;
        return {};
    }
    auto env = std::make_shared<IntakeEnvironment>(*loaded);
    if (catalogue) {
        // Dossiers received under an older catalogue keep their procedure versions (retained).
        if (auto choice = catalogue->result())
            env->useCatalogue(*choice);
    }
    env->database = &store->database();
    env->userName = deskUserName();
    env->officialName = env->userName;
    env->demo = context->demoMode();
    return env;
}

} // namespace

ModulePage dossierListModulePage(ModuleContext* context, std::shared_ptr<CatalogueLoad> catalogue)
{
    ModulePage page;
    page.id = QStringLiteral("intake.dossiers");
    page.title = DossierListPage::tr("Dossiers");
    page.iconPath = QStringLiteral(":/icons/intake.svg");
    page.shortcut = QStringLiteral("Ctrl+Shift+F");
    page.roles = {QStringLiteral("official"), QStringLiteral("supervisor"), QStringLiteral("trainer")};
    page.order = 15;
    page.create = [context, catalogue](QWidget* parent) -> QWidget* {
        DossierStore* store = context ? context->services().get<DossierStore>() : nullptr;
        std::shared_ptr<IntakeEnvironment> env = store ? environmentFor(context, store, catalogue) : nullptr;
        if (!env) {
            auto* label =
                new QLabel(DossierListPage::tr("The dossier list needs the desk's database, which is not "
                                               "open. Restart the desk; if this stays, see Help → Diagnostics."),
                           parent);
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignCenter);
            return label;
        }
        FormFonts::ensureLoaded();
        auto* list = new DossierListPage(env, parent);
        QPointer<DossierStore> relay = store;
        QObject::connect(list, &DossierListPage::dossierChanged, store, [relay](const QString& uuid) {
            if (!relay)
                return;
            emit relay->dossierChanged(uuid);
            emit relay->outboxChanged();
        });
        QObject::connect(store, &DossierStore::dossierChanged, list, &DossierListPage::dossiersChanged);
        QObject::connect(store, &DossierStore::outboxChanged, list, &DossierListPage::refreshSyncStates);
        // The signed-in official, now or when the desk registers the session later.
        ServiceRegistry* services = &context->services();
        list->setSession(services->get<UserSession>());
        QObject::connect(services, &ServiceRegistry::serviceAdded, list, [list, services](const QString& id) {
            if (id == QLatin1String(UserSession::serviceId()))
                list->setSession(services->get<UserSession>());
        });
        return list;
    };
    return page;
}

} // namespace motcua::intake
