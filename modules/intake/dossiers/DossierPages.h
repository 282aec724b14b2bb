#pragma once

#include "Module.h"

namespace motcua {
class ModuleContext;
}

namespace motcua::intake {

// The dossier list as a page of the desk's navigation ("intake.dossiers"): built over the desk's
// DossierStore with the built-in catalogue and calendar (and the profile's office.json when there is
// one). Actions on a dossier are relayed to the store's dossierChanged/outboxChanged, so the sync
// service sends them at once.
ModulePage dossierListModulePage(ModuleContext* context);

} // namespace motcua::intake
