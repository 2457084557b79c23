# The desktop entry and the AppStream metainfo, checked by the validators desktops use, and every
# icon size in the staging tree at its size.
get_property(desktop_entry GLOBAL PROPERTY MOTUS_DESKTOP_ENTRY)
get_property(metainfo GLOBAL PROPERTY MOTUS_METAINFO)
get_property(icon_sizes GLOBAL PROPERTY MOTUS_ICON_SIZES)
add_test(NAME "package: the desktop entry passes desktop-file-validate and the metainfo appstreamcli validate"
  COMMAND "${CMAKE_COMMAND}" -D "DESKTOP_ENTRY=${desktop_entry}" -D "METAINFO=${metainfo}"
          -D "VERSION=${PROJECT_VERSION}" -D "STAGE_DIR=${MOTUS_STAGE_DIR}" -D "APP_ID=${MOTUS_APP_ID}"
          -D "ICON_SIZES=${icon_sizes}"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/package/desktop_files_test.cmake")
