include_guard(GLOBAL)
include(GNUInstallDirs)

# motus_add_plugin(<name> SOURCES <file>... [OUTPUT_DIRECTORY <dir>]
#                  [INSTALL_DESTINATION <dir> | NO_INSTALL]
#                  [DEB_PACKAGE <package> DEB_MAINTAINER "<name> <email>" [DEB_COPYRIGHT <file>]])
#
# Builds <name>.so, a Motus exercise plugin, from the sources (one of them uses
# MOTUS_EXPORT_PLUGIN). Only the two exports of that macro are visible; every other symbol stays
# private to the plugin, and an undefined symbol is a link error rather than a load failure.
# INSTALL_DESTINATION defaults to <libdir>/motus/plugins, beside an installed Motus; NO_INSTALL
# suits plugins that only tests load.
#
# DEB_PACKAGE makes `cmake --build <build> --target package` write a Debian package of the plugin
# (with CPack: do not include(CPack) in the same project). It installs the plugin into the system
# plugin folder of a packaged Motus, /usr/lib/<multiarch>/motus/plugins, takes its version and
# description from project(VERSION DESCRIPTION), and depends on the plugin API it was built
# for ("motus-plugin-api-2 (>= 2.1)"), which the motus package provides, and on the libraries
# the plugin links. DEB_COPYRIGHT names the file installed as /usr/share/doc/<package>/copyright.
function(motus_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NO_INSTALL"
                        "OUTPUT_DIRECTORY;INSTALL_DESTINATION;DEB_PACKAGE;DEB_MAINTAINER;DEB_COPYRIGHT" "SOURCES")
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "motus_add_plugin(${name}): list the plugin's sources after SOURCES")
  endif()
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "motus_add_plugin(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(arg_DEB_PACKAGE AND (arg_NO_INSTALL OR arg_INSTALL_DESTINATION))
    message(FATAL_ERROR "motus_add_plugin(${name}): DEB_PACKAGE installs into the system plugin folder; "
                        "drop NO_INSTALL and INSTALL_DESTINATION")
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
  if(arg_DEB_PACKAGE)
    _motus_package_plugin(${name})
    return()
  endif()
  if(NOT arg_INSTALL_DESTINATION)
    set(arg_INSTALL_DESTINATION "${CMAKE_INSTALL_LIBDIR}/motus/plugins")
  endif()
  install(TARGETS ${name} LIBRARY DESTINATION "${arg_INSTALL_DESTINATION}" COMPONENT plugins)
endfunction()

# The DEB_PACKAGE half of motus_add_plugin(), run in its scope (a macro, so it sees arg_*).
macro(_motus_package_plugin name)
  if(NOT arg_DEB_MAINTAINER)
    message(FATAL_ERROR "motus_add_plugin(${name}): DEB_PACKAGE needs DEB_MAINTAINER \"Your Name <you@example.org>\"")
  endif()
  if(NOT PROJECT_VERSION OR NOT PROJECT_DESCRIPTION)
    message(FATAL_ERROR "motus_add_plugin(${name}): DEB_PACKAGE takes the package's version and description "
                        "from project(): give it VERSION and DESCRIPTION")
  endif()
  if(NOT arg_DEB_PACKAGE MATCHES "^[a-z0-9][a-z0-9.+-]+$")
    message(FATAL_ERROR "motus_add_plugin(${name}): '${arg_DEB_PACKAGE}' is not a Debian package name "
                        "(lower-case letters, digits, '.', '+' and '-')")
  endif()
  if(NOT MOTUS_SDK_VERSION MATCHES "^([0-9]+)\\.([0-9]+)")
    message(FATAL_ERROR "motus_add_plugin(${name}): the plugin API version is unknown (find_package(MotusSDK) sets it)")
  endif()
  set(_motus_api_major "${CMAKE_MATCH_1}")
  if(NOT CMAKE_LIBRARY_ARCHITECTURE)
    message(FATAL_ERROR "motus_add_plugin(${name}): DEB_PACKAGE needs a Debian multiarch compiler "
                        "(CMAKE_LIBRARY_ARCHITECTURE is empty)")
  endif()

  # Paths inside the package, under /usr: where a packaged Motus looks for its plugins.
  install(TARGETS ${name} LIBRARY DESTINATION "lib/${CMAKE_LIBRARY_ARCHITECTURE}/motus/plugins")
  if(arg_DEB_COPYRIGHT)
    install(FILES "${arg_DEB_COPYRIGHT}" DESTINATION "share/doc/${arg_DEB_PACKAGE}" RENAME copyright)
  endif()

  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGE_NAME "${arg_DEB_PACKAGE}")
  set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
  set(CPACK_PACKAGE_CONTACT "${arg_DEB_MAINTAINER}")
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_STRIP_FILES ON)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION science)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "motus-plugin-api-${_motus_api_major} (>= ${MOTUS_SDK_VERSION})")
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}\n Exercises for Motus, the home-exercise program tool for physical therapists.\n This plugin needs the Motus plugin API ${MOTUS_SDK_VERSION} or a later ${_motus_api_major}.x.")
  set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}")
  set(CPACK_OUTPUT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackConfig.cmake")
  set(CPACK_SOURCE_OUTPUT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackSourceConfig.cmake")
  include(CPack)
endmacro()
