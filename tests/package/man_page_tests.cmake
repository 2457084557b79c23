# The man pages as Debian checks them (installer/man builds them into the build tree).
get_property(man_pages GLOBAL PROPERTY MOTUS_MAN_PAGES)
foreach(page IN LISTS man_pages)
  get_filename_component(page_name "${page}" NAME)
  string(REGEX REPLACE "\\.1\\.gz$" "" program "${page_name}")
  add_test(NAME "package: ${page_name} is gzip -9n, man formats it without a warning and lexgrog reads its NAME"
           COMMAND "${CMAKE_COMMAND}" -D "PAGE=${page}" -D "NAME=${program}"
                   -P "${CMAKE_CURRENT_SOURCE_DIR}/package/man_page_lint_test.cmake")
  set(man_page_${program} "${page}")
endforeach()

add_test(NAME "package: motus-cli.1 has every command and option that motus-cli --help shows"
         COMMAND "${CMAKE_COMMAND}" -D "PROGRAM=$<TARGET_FILE:motus-cli>" -D "PAGE=${man_page_motus-cli}"
                 -D "WORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/man-page-motus-cli" -D WITH_COMMANDS=ON
                 -P "${CMAKE_CURRENT_SOURCE_DIR}/package/man_page_matches_help_test.cmake")

# The window's --help needs a display, and wx ends it with exit status 255 (OnInit fails).
add_test(NAME "package: motus.1 has every option that motus --help shows"
         COMMAND "${CMAKE_COMMAND}" -D "PROGRAM=$<TARGET_FILE:motus>" -D "PAGE=${man_page_motus}"
                 -D "WORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/man-page-motus" -D HELP_EXIT=255
                 -D "LAUNCHER=${XVFB_RUN};-a" -P "${CMAKE_CURRENT_SOURCE_DIR}/package/man_page_matches_help_test.cmake")
set_tests_properties("package: motus.1 has every option that motus --help shows" PROPERTIES ENVIRONMENT "NO_AT_BRIDGE=1")
