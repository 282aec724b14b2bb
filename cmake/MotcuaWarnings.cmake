# Warnings on for every target of the project; fatal when MOTCUA_WERROR is set (CI).
add_library(motcua_warnings INTERFACE)
target_compile_options(motcua_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wno-missing-field-initializers
    $<$<BOOL:${MOTCUA_WERROR}>:-Werror>)
