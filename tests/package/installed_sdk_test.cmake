# Installs Motus into a fresh prefix, then acts as a third-party plugin author and as a user:
#  1. the installed motus-cli finds its built-in plugins next to itself;
#  2. the SDK template builds in a separate CMake run against the installed MotusSDK package;
#  3. the installed motus-cli checks that plugin, and loads it from the user's plugin folder.
# Inputs (-D): BUILD_DIR, SOURCE_DIR, WORK_DIR, GENERATOR, CXX_COMPILER.
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/test_helpers.cmake")

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/motus")       # Motus as a clinic installs it
set(sdk_prefix "${WORK_DIR}/sdk")     # the SDK alone, as a plugin author installs it
set(home "${WORK_DIR}/home")
file(MAKE_DIRECTORY "${home}")
set(clean_env --unset=MOTUS_PLUGIN_PATH --unset=XDG_DATA_HOME --unset=XDG_STATE_HOME "HOME=${home}")

run(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
run(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component sdk --prefix "${sdk_prefix}")
if(EXISTS "${sdk_prefix}/bin" OR EXISTS "${sdk_prefix}/lib/motus")
  message(FATAL_ERROR "The sdk component installs more than the SDK")
endif()
find_program(installed_cli motus-cli PATHS "${prefix}/bin" NO_DEFAULT_PATH REQUIRED)

# 1. Installed, the CLI finds the built-in plugins relative to itself.
run(COMMAND "${installed_cli}" exercises --region thoracic --plugin foam-rolling ENV ${clean_env} OUTPUT out)
expect_contains("${out}" "foam-rolling/snow-angel")
expect_contains("${out}" "6 exercises of ")
run(COMMAND "${installed_cli}" plugins ENV ${clean_env} OUTPUT out)
expect_contains("${out}" "7 of 7 plugins loaded")

# 2. A separate CMake project, seeing only the installed SDK (never the source tree).
file(COPY "${sdk_prefix}/share/motus/sdk-template/" DESTINATION "${WORK_DIR}/my-exercises")
run(COMMAND "${CMAKE_COMMAND}" -S "${WORK_DIR}/my-exercises" -B "${WORK_DIR}/template-build"
            -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_PREFIX_PATH=${sdk_prefix}"
            -DCMAKE_BUILD_TYPE=Release)
run(COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}/template-build")
set(plugin "${WORK_DIR}/template-build/my_exercises.so")
if(NOT EXISTS "${plugin}")
  message(FATAL_ERROR "The template did not produce ${plugin}")
endif()

# The plugin exports the two symbols of the contract and nothing else.
find_program(nm nm REQUIRED)
run(COMMAND "${nm}" -D --defined-only "${plugin}" OUTPUT symbols)
expect_contains("${symbols}" "motus_plugin_api_version")
expect_contains("${symbols}" "motus_plugin_describe")
string(REGEX MATCHALL "\n[0-9a-f]+ [TDRB] [^\n]+" exported "\n${symbols}")
list(LENGTH exported exported_count)
if(NOT exported_count EQUAL 2)
  message(FATAL_ERROR "The template exports more than the contract's two symbols:\n${symbols}")
endif()

# 3. The installed host checks it, then loads it from the user's plugin folder.
run(COMMAND "${installed_cli}" plugin check "${plugin}" ENV ${clean_env} OUTPUT out)
expect_contains("${out}" "OK: my-exercises 1.0.0")
file(COPY "${plugin}" DESTINATION "${home}/.local/share/motus/plugins")
run(COMMAND "${installed_cli}" plugins ENV ${clean_env} OUTPUT out)
expect_contains("${out}" "loaded       my-exercises 1.0.0")
expect_contains("${out}" "8 of 8 plugins loaded")
run(COMMAND "${installed_cli}" exercise show my-exercises/chin-tuck ENV ${clean_env} OUTPUT out)
expect_contains("${out}" "Chin tuck")

file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "Installed SDK, template plugin and installed host all work together")
