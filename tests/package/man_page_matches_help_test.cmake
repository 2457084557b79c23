# A built man page against the program's own --help: every option --help shows is in the page, and
# for motus-cli every command too, each option as `motus-cli COMMAND --help` shows it. The page
# is read as man shows it, so a command the generator skipped or a name roff mangled fails.
#
#   cmake -DPROGRAM=<program> -DPAGE=<page>.1.gz -DWORK_DIR=<folder> [-DHELP_EXIT=<code>]
#         [-DWITH_COMMANDS=ON] [-DLAUNCHER=<xvfb-run;-a>] -P man_page_matches_help_test.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/test_helpers.cmake")

if(NOT HELP_EXIT)
  set(HELP_EXIT 0)
endif()

# An empty home and no MOTUS_* variables: --help opens no records, but the log still goes somewhere.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/home")
set(sandbox "HOME=${WORK_DIR}/home" --unset=XDG_DATA_HOME --unset=XDG_STATE_HOME --unset=XDG_CACHE_HOME
            --unset=XDG_CONFIG_HOME --unset=MOTUS_DATABASE --unset=MOTUS_CLINICIAN --unset=MOTUS_PLUGIN_PATH)

function(help_of out_var)
  run(COMMAND ${LAUNCHER} "${PROGRAM}" ${ARGN} --help ENV ${sandbox} EXPECT ${HELP_EXIT} OUTPUT help)
  set(${out_var} "${help}" PARENT_SCOPE)
endfunction()

# Every --name in a help text: its options column and the options its help sentences mention.
function(options_in text out_var)
  string(REGEX MATCHALL "--[a-z][a-z0-9-]*" names "${text}")
  list(REMOVE_DUPLICATES names)
  set(${out_var} ${names} PARENT_SCOPE)
endfunction()

# The page as a reader sees it, wide enough that no tag or option is broken across lines.
# (man strips bold and italics when its output is not a terminal; -T would keep them.)
run(COMMAND man -l "${PAGE}" ENV MANWIDTH=200 LC_ALL=C.UTF-8 OUTPUT shown)

set(missing "")
help_of(help)
options_in("${help}" options)

if(WITH_COMMANDS)
  # "  programs add-item ID EXERCISE   add an exercise...": the words are the lowercase ones
  # before the arguments.
  string(FIND "${help}" "\nCommands:\n" start)
  string(SUBSTRING "${help}" ${start} -1 commands_block)
  string(FIND "${commands_block}" "\n\n" end)  # the block ends at the first blank line
  math(EXPR length "${end} - 11")  # after "\nCommands:\n", up to that blank line
  string(SUBSTRING "${commands_block}" 11 ${length} commands_block)
  string(STRIP "${commands_block}" commands_block)
  string(PREPEND commands_block "  ")
  string(REPLACE ";" "," command_lines "${commands_block}")  # a summary's ';' would split the list
  string(REPLACE "\n" ";" command_lines "${command_lines}")
  foreach(line IN LISTS command_lines)
    string(REGEX MATCH "^  ([a-z][a-z-]*( [a-z][a-z-]*)?)( |$)" found "${line}")
    if(NOT found)
      message(FATAL_ERROR "Cannot read a command from this line of --help:\n${line}")
    endif()
    set(words "${CMAKE_MATCH_1}")
    string(FIND "${shown}" "\n       ${words} " with_arguments)
    string(FIND "${shown}" "\n       ${words}\n" alone)
    if(with_arguments EQUAL -1 AND alone EQUAL -1)
      string(APPEND missing "  the command '${words}'\n")
    endif()
    string(REPLACE " " ";" word_list "${words}")
    help_of(command_help ${word_list})
    options_in("${command_help}" command_options)
    list(APPEND options ${command_options})
  endforeach()
  list(REMOVE_DUPLICATES options)
endif()

foreach(option IN LISTS options)
  string(FIND "${shown}" "${option}" at)
  if(at EQUAL -1)
    string(APPEND missing "  the option ${option}\n")
  endif()
endforeach()

if(NOT missing STREQUAL "")
  message(FATAL_ERROR "${PAGE} leaves out what ${PROGRAM} --help shows:\n${missing}")
endif()
list(LENGTH options option_count)
message(STATUS "${PAGE}: ${option_count} options found, as --help shows them")
