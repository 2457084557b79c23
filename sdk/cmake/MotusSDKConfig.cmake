# find_package(MotusSDK) gives the target Motus::sdk and the function motus_add_plugin().
include("${CMAKE_CURRENT_LIST_DIR}/MotusSDKTargets.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/MotusAddPlugin.cmake")
