# The Debian packages: built by CPack, checked by lintian, installed into a fresh Debian 12 root.
# Labelled "deb" (the asan preset leaves them out: a package is built from the default preset).
if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  return()  # packages are made only for /usr (installer/packaging.cmake)
endif()

set(package_dir "${PROJECT_BINARY_DIR}/packages")
add_test(NAME "package: cpack makes the motus and motus-sdk-dev .deb files"
  COMMAND "${CMAKE_COMMAND}" -D "BUILD_DIR=${PROJECT_BINARY_DIR}" -D "PACKAGE_DIR=${package_dir}"
          -D "VERSION=${PROJECT_VERSION}-${MOTUS_DEBIAN_REVISION}" -D "APP_ID=${MOTUS_APP_ID}"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/package/deb_build_test.cmake")
set_tests_properties("package: cpack makes the motus and motus-sdk-dev .deb files" PROPERTIES
  FIXTURES_SETUP motus_debs LABELS deb RUN_SERIAL ON)

add_test(NAME "package: lintian finds no error and only the warnings we keep in either package"
  COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/package/lintian_test.sh" "${package_dir}")
set_tests_properties("package: lintian finds no error and only the warnings we keep in either package" PROPERTIES
  FIXTURES_REQUIRED motus_debs LABELS deb)

# Needs root and the network; skipped (exit 77) otherwise.
add_test(NAME "package: apt installs both packages in a fresh Debian 12, they work, and purge leaves nothing"
  COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/package/deb_install_test.sh" "${package_dir}"
          "${CMAKE_CURRENT_BINARY_DIR}/deb-install-test")
set_tests_properties("package: apt installs both packages in a fresh Debian 12, they work, and purge leaves nothing"
  PROPERTIES FIXTURES_REQUIRED motus_debs LABELS deb SKIP_RETURN_CODE 77 TIMEOUT 1800)
