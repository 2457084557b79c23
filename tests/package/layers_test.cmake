# The house's dependency rule, checked on every test run rather than by hand:
#   app/gui, app/cli  ->  app/core  ->  db/  ->  sdk/       plugins/ -> sdk/ only
# Each room may include only what its layer allows; the libraries behind a room (SQLite behind
# db/, Boost.DLL behind the scanner, wx behind the GUI) are included nowhere else; and nothing
# above app/core can reach the writable store (db::Store is only ever seen as const there).
#
#   cmake -DSOURCE_DIR=<repository> -P layers_test.cmake
cmake_minimum_required(VERSION 3.25)

set(problems "")

# forbid(<room> <what> <regex>): no file in <room> may have an #include matching <regex>.
function(forbid room what regex)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${room}/*.cpp" "${SOURCE_DIR}/${room}/*.hpp" "${SOURCE_DIR}/${room}/*.h")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
      if(line MATCHES "${regex}")
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
        string(STRIP "${line}" line)
        string(APPEND problems "  ${shown}: ${line}  (${room} may not include ${what})\n")
      endif()
    endforeach()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

# forbid_text(<room> <what> <regex>): no line of code in <room> may match <regex>.
function(forbid_text room what regex)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${room}/*.cpp" "${SOURCE_DIR}/${room}/*.hpp")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "${regex}")
    foreach(line IN LISTS lines)
      file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
      string(STRIP "${line}" line)
      string(APPEND problems "  ${shown}: ${line}  (${what})\n")
    endforeach()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

set(sqlite "SQLiteCpp/|sqlite3\\.h")
set(server "libpq-fe\\.h|pqxx|Poco/Data/")
set(dll "boost/dll")
set(wx "[<\"]wx/")

# The SDK is the plugin author's whole world: the standard library and itself.
forbid(sdk "anything of Motus but the SDK" "motus/(core|db|gui|cli)/|${wx}|${sqlite}|${dll}|Poco/")
forbid(plugins "anything but the SDK" "motus/(core|db|gui|cli)/|${wx}|${sqlite}|${dll}|Poco/")

# db/ is the only room that talks to a database; it knows nothing above it.
forbid(db "app/core, the GUI or plugin loading" "motus/(core|gui|cli)/|${wx}|${dll}")

# app/core: the domain, without a window, a database driver or plugin loading.
forbid(app/core "wx, a database driver or Boost.DLL" "${wx}|${sqlite}|${server}|${dll}")

# Above the core: the records only through app/core, never the store or a driver.
foreach(room app/gui app/cli)
  forbid(${room} "the store, a database driver or Boost.DLL"
         "motus/db/store\\.hpp|${sqlite}|${server}|${dll}|motus/core/src/")
  forbid_text(${room} "a writable db::Store outside app/core: use core::Records"
              "([^t] |^|[(<,])db::Store *&|db::Store *\\*|db::Store [a-z_]+[({;]")
endforeach()
forbid(app/cli "wx (only the GUI does)" "${wx}")
forbid(app/scanner "the records or the window" "motus/(db|gui|cli)/|${wx}|${sqlite}")

# Only the plugin scanner loads plugins.
foreach(room app/core app/gui app/cli db sdk plugins)
  forbid(${room} "Boost.DLL (only app/scanner loads plugins)" "${dll}")
endforeach()

# Link lines: what each target above the core links directly.
foreach(room app/gui app/cli)
  file(READ "${SOURCE_DIR}/${room}/CMakeLists.txt" cmake_text)
  if(cmake_text MATCHES "Motus::db|motus_db|SQLiteCpp|SQLite::|Boost::")
    string(APPEND problems "  ${room}/CMakeLists.txt links the store or a driver directly (link Motus::core)\n")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "The layer rule (gui, cli -> core -> db -> sdk) is broken:\n${problems}")
endif()
message(STATUS "The layer rule holds: gui, cli -> core -> db -> sdk; plugins -> sdk.")
