#include "ReceptionSetup.h"

#include "CatalogueLoad.h"
#include "Database.h"
#include "DossierStore.h"
#include "ModuleContext.h"
#include "ServiceRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace motcua::intake {

namespace {
Q_LOGGING_CATEGORY(lcReception, "motcua.intake.reception")
}

QString ReceptionSetup::deskUserName()
{
    const QString configured = qEnvironmentVariable("MOTCUA_USER");
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("desk") : user;
}

ReceptionSetup ReceptionSetup::fromContext(ModuleContext* context, QString* error,
                                           const std::shared_ptr<CatalogueLoad>& catalogue)
{
    ReceptionSetup setup;
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        qCWarning(lcReception) << "reception not available:" << why;
        return setup;
    };
    if (!context)
        return fail(QStringLiteral("no module context"));
    setup.services = &context->services();
    setup.profileDirectory = context->dataDirectory();
    setup.demo = context->demoMode();
    DossierStore* store = context->services().get<DossierStore>();
    if (!store)
        return fail(QStringLiteral("no DossierStore service"));

    OfficeProfile office = OfficeProfile::demo();
    const QString officePath = QDir(setup.profileDirectory).filePath(QStringLiteral("office.json"));
    if (!setup.demo && QFileInfo::exists(officePath)) {
        if (auto loaded = OfficeProfile::load(officePath))
            office = *loaded;
        else
            qCWarning(lcReception) << "office.json not usable:" << loaded.error().code;
    }
    auto loaded = IntakeEnvironment::withBuiltInData(office);
    if (!loaded)
        return fail(QStringLiteral("built-in data: %1").arg(loaded.error().code));
    setup.env = std::make_shared<IntakeEnvironment>(*loaded);
    if (catalogue) {
        auto choice = catalogue->result();
        if (!choice)
            return fail(QStringLiteral("catalogue: %1").arg(choice.error().code));
        setup.env->useCatalogue(*choice);
    }
    setup.env->database = &store->database();
    setup.env->userName = deskUserName();
    setup.env->officialName = setup.env->userName;
    setup.env->demo = setup.demo;
    setup.databasePath = store->databasePath();
    return setup;
}

} // namespace motcua::intake
