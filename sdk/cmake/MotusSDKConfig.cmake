# find_package(MotusSDK) gives the target Motus::sdk and the function motus_add_plugin().
include("${CMAKE_CURRENT_LIST_DIR}/MotusSDKTargets.cmake")
# The plugin API version, as in the Motus build tree: a plugin's package depends on it.
set(MOTUS_SDK_VERSION "${MotusSDK_VERSION}")
include("${CMAKE_CURRENT_LIST_DIR}/MotusAddPlugin.cmake")
