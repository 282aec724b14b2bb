#pragma once

#include "Database.h"
#include "DossierStore.h"

#include <memory>

namespace motcua {

// The DossierStore service over the profile's database, registered before modules load. Owns the
// GUI thread's connection; workers open their own on databasePath().
class DeskDossierStore : public DossierStore
{
    Q_OBJECT
public:
    explicit DeskDossierStore(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~DeskDossierStore() override;

    Database& database() override { return *m_database; }
    QString databasePath() const override { return m_database->path(); }

private:
    std::unique_ptr<Database> m_database;
};

} // namespace motcua
