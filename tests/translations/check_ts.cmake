# Fails when a .ts file has unfinished or empty translations: every user-visible string of the
# product must be translated before it lands (issue 9, "a test fails when a .ts file has
# unfinished entries").
file(GLOB ts_files "${TS_DIR}/*.ts")
set(problems "")
foreach(ts IN LISTS ts_files)
    file(READ "${ts}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished n)
    if(n GREATER 0)
        get_filename_component(name "${ts}" NAME)
        string(APPEND problems "${name}: ${n} unfinished\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "Untranslated strings (run the update_translations target, then translate):\n${problems}")
endif()
list(LENGTH ts_files count)
message(STATUS "${count} translation files, all finished")
