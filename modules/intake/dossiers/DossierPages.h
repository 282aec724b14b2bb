#pragma once

#include "Module.h"

#include <memory>

namespace motcua {
class ModuleContext;
}

namespace motcua::intake {

class CatalogueLoad;

// The dossier list as a page of the desk's navigation ("intake.dossiers"): built over the desk's
// DossierStore with the desk's catalogue (`catalogue`, read at module start; the built-in one without
// it), the built-in calendar and the profile's office.json when there is one. Actions on a dossier are relayed to the
// store's dossierChanged/outboxChanged, so the sync service sends them at once.
ModulePage dossierListModulePage(ModuleContext* context, std::shared_ptr<CatalogueLoad> catalogue = {});

} // namespace motcua::intake
