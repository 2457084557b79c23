# The Debian packages, made by CPack's DEB generator from the install rules:
#   motus          the window, motus-cli, the plugin scanner, the built-in plugins, the desktop
#                  entry, metainfo, icons and man pages (components app and plugins);
#   motus-sdk-dev  the plugin SDK: headers, the CMake package, the template (component sdk).
# `cmake --build --preset default --target package` writes both into the build folder.
# CPack rather than debhelper: the install rules already say where every file goes, so a
# debian/rules would only say it a second time; CPack adds what Debian wants on top (shlibdeps,
# md5sums, stripped binaries) and needs no source package.
include_guard(GLOBAL)

if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  # The programs find their plugins and scanner relative to themselves, with folders chosen at
  # configure time (lib/<multiarch> only under /usr), so a package must be configured for /usr.
  message(STATUS "Packages: CMAKE_INSTALL_PREFIX is ${CMAKE_INSTALL_PREFIX}, not /usr; "
                 "the 'package' target makes packages only when configured with the default preset")
endif()

set(motus_doc_dir "${CMAKE_INSTALL_DATADIR}/doc")
foreach(package_component IN ITEMS "motus;app" "motus-sdk-dev;sdk")
  list(GET package_component 0 package)
  list(GET package_component 1 component)
  install(FILES "${MOTUS_DEBIAN_CHANGELOG}" "${MOTUS_DEBIAN_COPYRIGHT}"
          DESTINATION "${motus_doc_dir}/${package}" COMPONENT ${component})
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/sdk/README.md" DESTINATION "${motus_doc_dir}/motus-sdk-dev" COMPONENT sdk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME motus)
set(CPACK_PACKAGE_VENDOR "The Motus team")
set(CPACK_PACKAGE_CONTACT "Motus team <packages@motuspt.org>")
# Equal to CPack's own default, so that CPackDeb puts no project-wide line above each package's
# own synopsis (the first line of CPACK_DEBIAN_<GROUP>_DESCRIPTION below).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://motuspt.org/")
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_STRIP_FILES ON)  # Debian ships stripped binaries (lintian: unstripped-binary-or-object)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_OUTPUT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackConfig.cmake")
set(CPACK_SOURCE_OUTPUT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackSourceConfig.cmake")

# One package per group; tests and benchmarks install nothing.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app plugins sdk)
set(CPACK_COMPONENTS_GROUPING ONE_PER_GROUP)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # motus_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "${MOTUS_DEBIAN_REVISION}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# motus: what its binaries link (dpkg-shlibdeps), and the fonts the handout is set in.
set(CPACK_DEBIAN_MOTUS_PACKAGE_NAME motus)
set(CPACK_DEBIAN_MOTUS_PACKAGE_SECTION science)  # where Debian Med's packages live
set(CPACK_DEBIAN_MOTUS_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_MOTUS_PACKAGE_DEPENDS "fonts-dejavu-core")
# Chinese, Japanese and Korean names print as letters rather than boxes with this font.
set(CPACK_DEBIAN_MOTUS_PACKAGE_RECOMMENDS "fonts-droid-fallback")
# A plugin package depends on the plugin API it was built for, not on a Motus version:
# "motus-plugin-api-2 (>= 2.1)" is met by every Motus that loads API 2.1 plugins.
string(REGEX MATCH "^[0-9]+" sdk_api_major "${MOTUS_SDK_VERSION}")
set(CPACK_DEBIAN_MOTUS_PACKAGE_PROVIDES "motus-plugin-api-${sdk_api_major} (= ${MOTUS_SDK_VERSION})")
# Descriptions: the synopsis, then paragraphs of plain lines (CPackDeb indents them and turns an
# empty line into Debian's " ." paragraph break).
set(CPACK_DEBIAN_MOTUS_DESCRIPTION "home-exercise programs for physical therapists
Motus helps a physical therapist build a home-exercise program for a patient
from an exercise library, warns before anything is handed out when an exercise
does not suit the patient (an override needs a recorded reason), and prints a
handout, PDF or HTML, that an older adult can read and follow.

Patient records (demographics, the conditions that matter for exercise and
every program given) are kept in one SQLite file with an append-only,
hash-chained audit log. Exercises come from plugins; seven are included, with
67 exercises, each with a start and a finish picture.

This package holds the window (motus), the same core without a window
(motus-cli), the plugin scanner and the built-in plugins.")

# motus-sdk-dev: headers and CMake files only, the same on every architecture.
set(CPACK_DEBIAN_SDK_PACKAGE_NAME motus-sdk-dev)
set(CPACK_DEBIAN_SDK_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_SDK_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_SDK_PACKAGE_DEPENDS "cmake (>= 3.25), g++ (>= 4:12) | c++-compiler")
# motus-cli checks a plugin as Motus will load it: plugin authors want it beside the SDK.
# The package target of motus_add_plugin(DEB_PACKAGE) runs dpkg-shlibdeps (dpkg-dev) and file.
set(CPACK_DEBIAN_SDK_PACKAGE_RECOMMENDS "motus, dpkg-dev, file")
set(CPACK_DEBIAN_SDK_DESCRIPTION "plugin SDK for Motus exercise libraries
Motus helps a physical therapist build home-exercise programs from exercise
libraries that plugins supply. This package holds what a plugin author needs
to write one: the C++ headers of the plugin API ${MOTUS_SDK_VERSION} (exercises, dosage,
safety rules and vector pictures), the CMake package MotusSDK with
motus_add_plugin(), which can also make a Debian package of the plugin, and a
template to start from, in /usr/share/motus/sdk-template.")

include(CPack)
cpack_add_component_group(motus)
cpack_add_component_group(sdk)
cpack_add_component(app GROUP motus)
cpack_add_component(plugins GROUP motus)
cpack_add_component(sdk GROUP sdk)
