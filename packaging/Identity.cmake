# AuthDoctor's identity for every platform, in one place: names, the application id, the session
# file type, and the files built into the program that carry them (Windows version resource,
# macOS Info.plist). Included by the top CMakeLists.txt before app/; the version comes from
# project(). Both files are rendered on every platform so the tests can check them anywhere.
set(AUTHDOCTOR_APP_ID "org.authdoctor.AuthDoctor")          # desktop entry, AppStream, bundle id
set(AUTHDOCTOR_DISPLAY_NAME "AuthDoctor")
set(AUTHDOCTOR_RELEASE_DATE "2026-12-03")  # of this version: AppStream release, Debian changelog
set(AUTHDOCTOR_COPYRIGHT "Copyright (c) 2026 The AuthDoctor developers")
set(AUTHDOCTOR_SESSION_EXTENSION "authdiag")
set(AUTHDOCTOR_SESSION_MIME "application/x-authdoctor-session")  # shared-mime-info, WiX, Info.plist
set(AUTHDOCTOR_SESSION_UTI "org.authdoctor.session")             # macOS exported type
# The oldest macOS the bundle claims to run on: the deployment target when one is set (the CI sets
# the runner's, as Homebrew's Qt is built for it), else what Qt 6.8's binaries need.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(AUTHDOCTOR_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
    set(AUTHDOCTOR_MACOS_MINIMUM "12.0")
endif()

# Info.plist's CFBundleLocalizations: English and AUTHDOCTOR_LANGUAGES (top CMakeLists.txt).
set(AUTHDOCTOR_PLIST_LOCALIZATIONS "    <string>en</string>")
foreach(lang IN LISTS AUTHDOCTOR_LANGUAGES)
    string(APPEND AUTHDOCTOR_PLIST_LOCALIZATIONS "\n    <string>${lang}</string>")
endforeach()

set(AUTHDOCTOR_INFO_PLIST ${PROJECT_BINARY_DIR}/packaging/Info.plist)
configure_file(${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in ${AUTHDOCTOR_INFO_PLIST} @ONLY)

set(AUTHDOCTOR_ICO ${CMAKE_CURRENT_LIST_DIR}/icons/AuthDoctor.ico)
set(AUTHDOCTOR_WINDOWS_RC ${PROJECT_BINARY_DIR}/packaging/authdoctor.rc)
configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/authdoctor.rc.in ${AUTHDOCTOR_WINDOWS_RC} @ONLY)
