#include "DeskDossierStore.h"

namespace motcua {

DeskDossierStore::DeskDossierStore(std::unique_ptr<Database> database, QObject* parent)
    : DossierStore(parent), m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

DeskDossierStore::~DeskDossierStore() = default;

} // namespace motcua
