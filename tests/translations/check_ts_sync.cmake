# Fails when a .ts file is out of step with the sources: a string the code uses that the .ts file
# does not have (it would show in English) or an entry the code no longer uses. Runs lupdate on a
# copy of every .ts file, exactly as the update_translations target would, and compares.
#   -DLUPDATE=… -DGEN_SCRIPT=…/GenerateLUpdateProject.cmake -DPROJECT_DIR=<build>/translations/.lupdate
#   -DWORK_DIR=<scratch folder>
file(GLOB projects "${PROJECT_DIR}/*_project.cmake")
if(NOT projects)
    message(FATAL_ERROR "No lupdate projects in ${PROJECT_DIR}: configure the build first")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems "")
set(checked 0)
foreach(project IN LISTS projects)
    get_filename_component(name "${project}" NAME_WE)
    set(json "${WORK_DIR}/${name}.json")
    execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${project} -DOUT_FILE=${json} -P "${GEN_SCRIPT}"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "Could not make the lupdate project ${json}")
    endif()
    include("${project}") # sets lupdate_translations
    foreach(ts IN LISTS lupdate_translations)
        get_filename_component(ts_name "${ts}" NAME)
        file(COPY "${ts}" DESTINATION "${WORK_DIR}")
        execute_process(COMMAND "${LUPDATE}" -project "${json}" -ts "${WORK_DIR}/${ts_name}" -no-obsolete
                                -locations none
                        OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "lupdate failed on ${ts_name}:\n${out}")
        endif()
        if(out MATCHES "\\(([0-9]+) new and" AND NOT CMAKE_MATCH_1 EQUAL 0)
            string(APPEND problems "${ts_name}: ${CMAKE_MATCH_1} string(s) used in the code are missing\n")
        endif()
        if(out MATCHES "Removed ([0-9]+) obsolete")
            string(APPEND problems "${ts_name}: ${CMAKE_MATCH_1} entry(ies) no longer used by the code\n")
        endif()
        math(EXPR checked "${checked} + 1")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations out of step with the sources (build the update_translations "
                        "target, then translate):\n${problems}")
endif()
message(STATUS "${checked} translation files in step with the sources")
