# motcua_add_module(NAME <name> CLASS <PluginClass> PLUGIN_SOURCES ... [SOURCES ...] [LIBS ...])
#
# A module is three targets:
#   motcua_<name>                the module's code as a static library (PIC); the CLI and tests link it
#   motcua_<name>_plugin         the Qt plugin the desk loads with QPluginLoader from lib/motcua/plugins
#   motcua_<name>_plugin_static  the same plugin class linked statically, for tests (Q_IMPORT_PLUGIN)
function(motcua_add_module)
    cmake_parse_arguments(M "" "NAME;CLASS" "SOURCES;PLUGIN_SOURCES;LIBS" ${ARGN})
    set(lib motcua_${M_NAME})
    if(M_SOURCES)
        add_library(${lib} STATIC ${M_SOURCES})
    else()
        add_library(${lib} INTERFACE)
    endif()
    if(M_SOURCES)
        target_link_libraries(${lib} PUBLIC motcua_plugin_api motcua_core ${M_LIBS} PRIVATE motcua_warnings)
        target_include_directories(${lib} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    else()
        target_link_libraries(${lib} INTERFACE motcua_plugin_api motcua_core ${M_LIBS})
    endif()

    qt_add_plugin(${lib}_plugin SHARED CLASS_NAME ${M_CLASS} OUTPUT_TARGETS _unused)
    target_sources(${lib}_plugin PRIVATE ${M_PLUGIN_SOURCES})
    target_link_libraries(${lib}_plugin PRIVATE ${lib} motcua_warnings)
    set_target_properties(${lib}_plugin PROPERTIES
        OUTPUT_NAME motcua_${M_NAME}
        LIBRARY_OUTPUT_DIRECTORY "${MOTCUA_PLUGIN_BUILD_DIR}")
    install(TARGETS ${lib}_plugin LIBRARY DESTINATION ${MOTCUA_PLUGIN_SUBDIR})

    qt_add_plugin(${lib}_plugin_static STATIC CLASS_NAME ${M_CLASS})
    target_sources(${lib}_plugin_static PRIVATE ${M_PLUGIN_SOURCES})
    target_link_libraries(${lib}_plugin_static PUBLIC ${lib} PRIVATE motcua_warnings)
endfunction()
