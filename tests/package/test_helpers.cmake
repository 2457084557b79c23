# What the package tests share: run a command and insist on its exit code, look for a text.
include_guard(GLOBAL)

function(run)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "OUTPUT;EXPECT" "COMMAND;ENV")
  execute_process(COMMAND ${CMAKE_COMMAND} -E env ${arg_ENV} ${arg_COMMAND}
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT arg_EXPECT)
    set(arg_EXPECT 0)
  endif()
  if(NOT code STREQUAL arg_EXPECT)
    message(FATAL_ERROR "Command failed (${code}, expected ${arg_EXPECT}): ${arg_COMMAND}\n${out}")
  endif()
  if(arg_OUTPUT)
    set(${arg_OUTPUT} "${out}" PARENT_SCOPE)
  endif()
endfunction()

function(expect_contains text needle)
  string(FIND "${text}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "Expected to find '${needle}' in:\n${text}")
  endif()
endfunction()
