# One built man page as Debian's tools read it: gzipped at the highest level with no name or time
# stamp inside, formatted by man without a single warning (the very command lintian runs), and
# with a NAME line that lexgrog (mandb's whatis reader) accepts.
#
#   cmake -DPAGE=<page>.1.gz -DNAME=<program> -P man_page_lint_test.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/test_helpers.cmake")

if(NOT EXISTS "${PAGE}")
  message(FATAL_ERROR "No man page at ${PAGE}: build the default target first.")
endif()

# The gzip header (RFC 1952): flags (byte 3) without FNAME, MTIME (bytes 4 to 7) zero, and XFL
# (byte 8) 2, "maximum compression": what gzip -9n writes.
file(READ "${PAGE}" header LIMIT 10 HEX)
string(SUBSTRING "${header}" 0 6 magic)
string(SUBSTRING "${header}" 6 2 flags)
string(SUBSTRING "${header}" 8 8 mtime)
string(SUBSTRING "${header}" 16 2 extra_flags)
if(NOT magic STREQUAL "1f8b08" OR NOT flags STREQUAL "00" OR NOT mtime STREQUAL "00000000"
   OR NOT extra_flags STREQUAL "02")
  message(FATAL_ERROR "${PAGE} is not compressed with gzip -9n (header ${header}).")
endif()

# lintian's check (groff-message): every line man writes to stderr is a warning.
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 MANROFFSEQ= MANWIDTH=80
          man --warnings -E UTF-8 -l -Tutf8 -Z "${PAGE}"
  RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE warnings)
if(NOT code EQUAL 0 OR NOT warnings STREQUAL "")
  message(FATAL_ERROR "man found problems in ${PAGE} (exit ${code}):\n${warnings}")
endif()

run(COMMAND lexgrog "${PAGE}" OUTPUT whatis)
expect_contains("${whatis}" ": \"${NAME} - ")
