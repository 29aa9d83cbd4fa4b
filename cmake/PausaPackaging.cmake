# The Linux desktop install (`cmake --install`) and its Debian package (CPack): `make package` builds
# build/pausa_<version>_<arch>.deb from a Release tree; tests/package checks it (README "Packaging").
include(GNUInstallDirs)

set(PAUSA_APP_ID org.pausa.pausa)
set(PAUSA_MAINTAINER "Pausa maintainers <maintainers@pausa.example.org>" CACHE STRING
    "The package's Maintainer field")
# Where docs/screenshots/ is published: the AppStream metainfo names each screenshot by web address.
set(PAUSA_SCREENSHOT_BASE_URL "https://pausa.example.org/screenshots" CACHE STRING
    "Web address of docs/screenshots/, for the AppStream metainfo")
set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging/linux)
set(staged ${CMAKE_BINARY_DIR}/packaging)

# The programs: nothing of Pausa's is a shared library, so no run path (Qt comes from the system).
install(TARGETS pausa pausa-content RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set_target_properties(pausa pausa-content PROPERTIES INSTALL_RPATH "")

# The release date in the Debian changelog's form (RFC 2822).
execute_process(COMMAND date -u -R -d "${PAUSA_RELEASE_DATE} 12:00" OUTPUT_VARIABLE PAUSA_RELEASE_DATE_RFC2822
    OUTPUT_STRIP_TRAILING_WHITESPACE)

# Texts with the version in them; manual pages and the changelog gzipped as Debian wants them
# (-n: no name or time in the header, so the package is the same on every build).
configure_file(${packaging_dir}/${PAUSA_APP_ID}.metainfo.xml.in ${staged}/${PAUSA_APP_ID}.metainfo.xml @ONLY)
set(gzipped "")
foreach(page pausa.1 pausa-content.1 changelog)
    configure_file(${packaging_dir}/${page}.in ${staged}/${page} @ONLY)
    add_custom_command(OUTPUT ${staged}/${page}.gz
        COMMAND gzip -9 -n -c ${staged}/${page} > ${staged}/${page}.gz
        DEPENDS ${staged}/${page} VERBATIM)
    list(APPEND gzipped ${staged}/${page}.gz)
endforeach()
add_custom_target(pausa_packaging_files ALL DEPENDS ${gzipped})

install(FILES ${staged}/pausa.1.gz ${staged}/pausa-content.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging_dir}/${PAUSA_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${staged}/${PAUSA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/pausa.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${PAUSA_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/png/pausa-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${PAUSA_APP_ID}.png)
endforeach()
install(FILES ${packaging_dir}/copyright ${staged}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/pausa)

# Run-time dependencies: the libraries the programs link are computed by dpkg-shlibdeps (SHLIBDEPS);
# what Qt loads as plugins (QML modules, the SQLite driver, the platform plugin) is computed from the
# QML imports by qml-runtime-packages.sh. GStreamer's plugins are named here: Qt Multimedia opens them
# by element, which no file reveals (without base + good the cue player crashes, PLATFORM.md).
execute_process(
    COMMAND bash ${packaging_dir}/qml-runtime-packages.sh ${PROJECT_SOURCE_DIR}/qml
            ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_QML} ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}
    OUTPUT_VARIABLE plugin_packages ERROR_VARIABLE plugin_warnings OUTPUT_STRIP_TRAILING_WHITESPACE)
if(plugin_warnings)
    message(STATUS "${plugin_warnings}")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pausa)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PAUSA_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "short workplace courses for the pauses of a day")
# The extended description (CPack puts the summary above it as the synopsis line).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Pausa teaches a workplace skill in lessons of a few minutes: a short lesson,
a few scenario questions with feedback on every option, review of what was
missed, and guided breathing exercises. Progress stays on the computer.
.
This package holds the app (pausa) and the course checker for authors
(pausa-content).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${plugin_packages}, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
