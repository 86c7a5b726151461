# Build-time layer check: fails when a source of a lower layer includes a header of a higher one.
#   cmake -DFILES=<;-list> -DFORBIDDEN=<;-list of include prefixes> -DLAYER=<name> -DSTAMP=<file>
#         -P CheckLayers.cmake
# Layers, bottom up: core (app/core, app/findings, app/classify, app/engine, …) → sim → cli → ui.
set(_bad "")
foreach(_f IN LISTS FILES)
    if(NOT EXISTS "${_f}")
        continue()
    endif()
    file(STRINGS "${_f}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(_line IN LISTS _includes)
        foreach(_prefix IN LISTS FORBIDDEN)
            if(_line MATCHES "#[ \t]*include[ \t]*[\"<]${_prefix}")
                list(APPEND _bad "${_f}: ${_line}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(_bad)
    list(JOIN _bad "\n  " _msg)
    message(FATAL_ERROR "Layer '${LAYER}' must not include a higher layer:\n  ${_msg}")
endif()
file(TOUCH "${STAMP}")
