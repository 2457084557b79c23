# `cmake --build <build> --target package` makes both packages, each with what it must hold.
# Inputs (-D): BUILD_DIR, PACKAGE_DIR, VERSION (e.g. 0.1.0-1), APP_ID.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/test_helpers.cmake")

file(REMOVE_RECURSE "${PACKAGE_DIR}")
run(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target package OUTPUT out)
find_program(dpkg_deb dpkg-deb REQUIRED)
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND dpkg-architecture -qDEB_HOST_MULTIARCH OUTPUT_VARIABLE multiarch OUTPUT_STRIP_TRAILING_WHITESPACE)

set(motus_deb "${PACKAGE_DIR}/motus_${VERSION}_${arch}.deb")
set(sdk_deb "${PACKAGE_DIR}/motus-sdk-dev_${VERSION}_all.deb")
foreach(deb IN ITEMS "${motus_deb}" "${sdk_deb}")
  if(NOT EXISTS "${deb}")
    message(FATAL_ERROR "No package at ${deb}:\n${out}")
  endif()
endforeach()

# motus: the programs, the scanner and plugins under /usr/lib/<multiarch>/motus, the docs, the
# desktop entry, metainfo, icons and man pages.
run(COMMAND "${dpkg_deb}" --contents "${motus_deb}" OUTPUT files)
foreach(path IN ITEMS
    ./usr/bin/motus ./usr/bin/motus-cli
    ./usr/lib/${multiarch}/motus/motus-plugin-scan
    ./usr/lib/${multiarch}/motus/plugins/foam_rolling.so ./usr/lib/${multiarch}/motus/plugins/balance.so
    ./usr/share/doc/motus/copyright ./usr/share/doc/motus/changelog.Debian.gz
    ./usr/share/applications/${APP_ID}.desktop ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg ./usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
    ./usr/share/man/man1/motus.1.gz ./usr/share/man/man1/motus-cli.1.gz)
  expect_contains("${files}" " ${path}\n")
endforeach()
string(REGEX MATCHALL "/motus/plugins/[a-z_]+\\.so" plugins "${files}")
list(LENGTH plugins plugin_count)
if(NOT plugin_count EQUAL 7)
  message(FATAL_ERROR "Expected the 7 built-in plugins in the motus package, found ${plugin_count}:\n${files}")
endif()
string(FIND "${files}" "/usr/include" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "The motus package holds SDK headers:\n${files}")
endif()
run(COMMAND "${dpkg_deb}" --field "${motus_deb}" OUTPUT fields)
expect_contains("${fields}" "Version: ${VERSION}")
expect_contains("${fields}" "libwxgtk3.2-1")   # computed by dpkg-shlibdeps from the binaries
expect_contains("${fields}" "libpocofoundation")
expect_contains("${fields}" "fonts-dejavu-core")
expect_contains("${fields}" "Provides: motus-plugin-api-2 (= 2.")

# motus-sdk-dev: headers, the CMake package and the template; nothing that runs.
run(COMMAND "${dpkg_deb}" --contents "${sdk_deb}" OUTPUT files)
foreach(path IN ITEMS
    ./usr/include/motus/sdk/sdk.hpp ./usr/share/cmake/MotusSDK/MotusSDKConfig.cmake
    ./usr/share/cmake/MotusSDK/MotusAddPlugin.cmake ./usr/share/motus/sdk-template/CMakeLists.txt
    ./usr/share/doc/motus-sdk-dev/README.md ./usr/share/doc/motus-sdk-dev/copyright)
  expect_contains("${files}" " ${path}\n")
endforeach()
foreach(forbidden IN ITEMS /usr/bin /usr/lib/)
  string(FIND "${files}" "${forbidden}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "motus-sdk-dev holds ${forbidden}:\n${files}")
  endif()
endforeach()
run(COMMAND "${dpkg_deb}" --field "${sdk_deb}" Architecture OUTPUT sdk_arch)
expect_contains("${sdk_arch}" "all")
message(STATUS "Made ${motus_deb} and ${sdk_deb}")
