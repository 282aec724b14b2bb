#pragma once

#include <QString>

namespace motcua::cli {

// The command line speaks the desk's UI language (docs/CLI.md): MOTCUA_LANG when set ("vi" or "en"),
// else the language the desk was last switched to on this account, else Vietnamese.
QString cliLanguage();

// Installs the compiled catalogue of cliLanguage() for the rest of the process. English needs none.
void installCliTranslator();

} // namespace motcua::cli
