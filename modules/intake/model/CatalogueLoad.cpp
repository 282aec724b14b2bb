#include "CatalogueLoad.h"

#include "Database.h"
#include "DeskCatalogue.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::intake {

namespace {
Q_LOGGING_CATEGORY(lcCatalogueLoad, "motcua.intake.catalogue")

Result<CatalogueChoice> loadFrom(const QString& databasePath)
{
    DatabaseOptions options;
    options.create = false;
    options.migrate = false;              // the desk migrated the file when it opened it
    options.check = IntegrityCheck::None; // and checked it
    options.checkpointIntervalMs = 0;     // the desk's own connection runs the checkpointer
    auto db = Database::open(databasePath, options);
    auto choice = db ? DeskCatalogue::load(*db.value(), DeskCatalogue::RegistryCopy::Keep) : DeskCatalogue::builtIn();
    if (!db)
        qCWarning(lcCatalogueLoad) << "desk database not readable for the catalogue, the built-in one stays:"
                                   << db.error().code;
    if (!choice)
        qCCritical(lcCatalogueLoad) << "the built-in catalogue is not usable:" << choice.error().code;
    return choice;
}

} // namespace

std::shared_ptr<CatalogueLoad> CatalogueLoad::start(const QString& databasePath)
{
    auto load = std::make_shared<CatalogueLoad>();
    load->m_future = QtConcurrent::run(loadFrom, databasePath);
    return load;
}

Result<CatalogueChoice> CatalogueLoad::result() const
{
    return m_future.result();
}

} // namespace motcua::intake
