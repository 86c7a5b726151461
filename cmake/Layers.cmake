# ad_check_layer(<target> LAYER <name> FORBIDDEN <include prefixes…>)
# Adds a build step to <target> that fails when one of its sources includes a header of a
# higher layer ("sim/", "cli/", …). The build, not discipline, keeps the layers.
function(ad_check_layer target)
    cmake_parse_arguments(ARG "" "LAYER" "FORBIDDEN" ${ARGN})
    get_target_property(_sources ${target} SOURCES)
    get_target_property(_dir ${target} SOURCE_DIR)
    set(_files "")
    foreach(_s IN LISTS _sources)
        if(_s MATCHES "\\.(h|cpp)$")
            if(NOT IS_ABSOLUTE "${_s}")
                set(_s "${_dir}/${_s}")
            endif()
            list(APPEND _files "${_s}")
        endif()
    endforeach()
    set(_stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_layers.stamp")
    string(REPLACE ";" "\\;" _files_arg "${_files}")
    string(REPLACE ";" "\\;" _forbidden_arg "${ARG_FORBIDDEN}")
    add_custom_command(OUTPUT "${_stamp}"
        COMMAND ${CMAKE_COMMAND} "-DFILES=${_files_arg}" "-DFORBIDDEN=${_forbidden_arg}"
                "-DLAYER=${ARG_LAYER}" "-DSTAMP=${_stamp}" -P "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake"
        DEPENDS ${_files} "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake"
        COMMENT "Checking the include layers of ${target}"
        VERBATIM)
    add_custom_target(${target}_layers DEPENDS "${_stamp}")
    add_dependencies(${target} ${target}_layers)
endfunction()
