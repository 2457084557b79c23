# A plugin author who has only the SDK, three ways (CASE):
#   sdk-alone  configures sdk/ as a project of its own (not from the Motus build), installs it into a
#              fresh prefix, and builds the template out of tree against that install;
#   by-hand    compiles the template with one g++ command and the SDK's headers, no CMake package;
#   libcxx     compiles the template with clang++ and libc++, another C++ standard library.
# In every case the Motus build's motus-cli must then check the plugin and find it sound.
# Inputs (-D): CASE, SOURCE_DIR, WORK_DIR, MOTUS_CLI, and for sdk-alone GENERATOR and CXX_COMPILER.
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/test_helpers.cmake")

# The Motus build's motus-cli checks the plugin alone, as a plugin author runs it.
function(expect_sound plugin)
  if(NOT EXISTS "${plugin}")
    message(FATAL_ERROR "No plugin was built at ${plugin}")
  endif()
  run(COMMAND "${MOTUS_CLI}" plugin check "${plugin}" ENV --unset=MOTUS_PLUGIN_PATH --unset=XDG_STATE_HOME "HOME=${WORK_DIR}/home"
      OUTPUT out)
  expect_contains("${out}" "OK: my-exercises 1.0.0 - My clinic's exercises")
  expect_contains("${out}" "1 exercise, 1 education topic, plugin API ")
  message(STATUS "${out}")
endfunction()

# The steps, the dosage and both pictures came through the document intact.
function(expect_content plugin)
  run(COMMAND "${MOTUS_CLI}" exercise show my-exercises/chin-tuck --plugin-path "${plugin}"
      ENV --unset=MOTUS_PLUGIN_PATH --unset=XDG_DATA_HOME --unset=XDG_CACHE_HOME --unset=XDG_STATE_HOME "HOME=${WORK_DIR}/home" OUTPUT out)
  expect_contains("${out}" "Chin tuck")
  expect_contains("${out}" "Slide your chin straight back")
  expect_contains("${out}" "Caution Dizziness or vertigo: Moving the neck can bring on dizziness.")
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/home")
set(template "${SOURCE_DIR}/sdk/template/my_exercises.cpp")

if(CASE STREQUAL "sdk-alone")
  # The SDK as its own project: its configure step must need nothing but a C++ compiler.
  set(prefix "${WORK_DIR}/sdk")
  run(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}/sdk" -B "${WORK_DIR}/sdk-build" -G "${GENERATOR}"
              "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" OUTPUT out)
  run(COMMAND "${CMAKE_COMMAND}" --install "${WORK_DIR}/sdk-build" --prefix "${prefix}")
  if(EXISTS "${prefix}/bin" OR EXISTS "${prefix}/lib/motus")
    message(FATAL_ERROR "The SDK alone installs more than the SDK")
  endif()
  file(READ "${prefix}/share/cmake/MotusSDK/MotusSDKTargets.cmake" targets)
  expect_contains("${targets}" [[INTERFACE_INCLUDE_DIRECTORIES "${_IMPORT_PREFIX}/include"]])
  file(READ "${prefix}/share/cmake/MotusSDK/MotusSDKConfigVersion.cmake" version)
  file(STRINGS "${SOURCE_DIR}/sdk/include/motus/sdk/api_version.hpp" api REGEX "^#define MOTUS_SDK_API_MAJOR ")
  string(REGEX REPLACE ".* ([0-9]+)$" "\\1" api_major "${api}")
  expect_contains("${version}" [[set(PACKAGE_VERSION "]] "${api_major}.")

  # The template, copied from the install, built in a separate CMake run that sees only that prefix.
  file(COPY "${prefix}/share/motus/sdk-template/" DESTINATION "${WORK_DIR}/my-exercises")
  run(COMMAND "${CMAKE_COMMAND}" -S "${WORK_DIR}/my-exercises" -B "${WORK_DIR}/template-build" -G "${GENERATOR}"
              "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release
              "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Werror")
  run(COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}/template-build")
  set(plugin "${WORK_DIR}/template-build/my_exercises.so")
elseif(CASE STREQUAL "by-hand")
  find_program(gxx g++ REQUIRED)
  set(plugin "${WORK_DIR}/my_exercises.so")
  run(COMMAND "${gxx}" -std=c++20 -Wall -Wextra -Wpedantic -Werror -shared -fPIC -I "${SOURCE_DIR}/sdk/include"
              "${template}" -o "${plugin}")
elseif(CASE STREQUAL "libcxx")
  # Before API 2.0 std::string and std::vector crossed the boundary and such a plugin crashed Motus;
  # now only a JSON document does.
  find_program(clangxx clang++ REQUIRED)
  set(plugin "${WORK_DIR}/my_exercises.so")
  run(COMMAND "${clangxx}" -std=c++20 -stdlib=libc++ -Wall -Wextra -Wpedantic -Werror -shared -fPIC
              -I "${SOURCE_DIR}/sdk/include" "${template}" -o "${plugin}")
  find_program(readelf readelf REQUIRED)
  run(COMMAND "${readelf}" -d "${plugin}" OUTPUT dynamic)
  expect_contains("${dynamic}" "[libc++.so.1]")  # really built on libc++, not on GCC's libstdc++
  string(FIND "${dynamic}" "libstdc++" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "The clang plugin links libstdc++ as well:\n${dynamic}")
  endif()

  # A libc++ exception thrown and caught inside the plugin becomes the reason Motus shows.
  file(READ "${template}" source)
  set(hook "std::vector<ExerciseSpec> exercises() const override {\n")
  string(FIND "${source}" "${hook}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "The template has no '${hook}' to make throw")
  endif()
  string(REPLACE "${hook}" "${hook}    if (!info().id.empty()) throw std::runtime_error(\"the data file is missing\");\n"
                 source "#include <stdexcept>\n${source}")
  file(WRITE "${WORK_DIR}/throws.cpp" "${source}")
  run(COMMAND "${clangxx}" -std=c++20 -stdlib=libc++ -shared -fPIC -I "${SOURCE_DIR}/sdk/include"
              "${WORK_DIR}/throws.cpp" -o "${WORK_DIR}/throws.so")
  run(COMMAND "${MOTUS_CLI}" plugin check "${WORK_DIR}/throws.so" EXPECT 1 OUTPUT out)
  expect_contains("${out}" "The plugin failed while listing its exercises: the data file is missing")
else()
  message(FATAL_ERROR "Unknown CASE '${CASE}'")
endif()

expect_sound("${plugin}")
expect_content("${plugin}")
file(REMOVE_RECURSE "${WORK_DIR}")
