include_guard(GLOBAL)
include(GNUInstallDirs)

# motus_add_plugin(<name> SOURCES <file>... [OUTPUT_DIRECTORY <dir>]
#                  [INSTALL_DESTINATION <dir> | NO_INSTALL])
#
# Builds <name>.so, a Motus exercise plugin, from the sources (one of them uses
# MOTUS_EXPORT_PLUGIN). Only the two exports of that macro are visible; every other symbol stays
# private to the plugin, and an undefined symbol is a link error rather than a load failure.
# INSTALL_DESTINATION defaults to <libdir>/motus/plugins, beside an installed Motus; NO_INSTALL
# suits plugins that only tests load.
function(motus_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NO_INSTALL" "OUTPUT_DIRECTORY;INSTALL_DESTINATION" "SOURCES")
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "motus_add_plugin(${name}): list the plugin's sources after SOURCES")
  endif()
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "motus_add_plugin(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()

  add_library(${name} MODULE ${arg_SOURCES})
  target_link_libraries(${name} PRIVATE Motus::sdk)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  target_link_options(${name} PRIVATE "LINKER:--no-undefined")
  if(arg_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${arg_OUTPUT_DIRECTORY}")
  endif()
  if(arg_NO_INSTALL)
    return()
  endif()
  if(NOT arg_INSTALL_DESTINATION)
    set(arg_INSTALL_DESTINATION "${CMAKE_INSTALL_LIBDIR}/motus/plugins")
  endif()
  install(TARGETS ${name} LIBRARY DESTINATION "${arg_INSTALL_DESTINATION}" COMPONENT plugins)
endfunction()
