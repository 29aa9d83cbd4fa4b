# ctest translations_complete: runs lupdate over the app's sources into copies of the .ts files (the
# originals are left alone) and fails when a visible string has no translation, new or unfinished.
# Fix: cmake --build build --target update_translations, then translate what it marks unfinished.
# Inputs: LUPDATE, SOURCES_FILE (one source path per line), TS_FILES (;-separated), WORK_DIR.
file(STRINGS "${SOURCES_FILE}" sources)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none ${sources} -ts "${copy}"
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND problems "${name}: ${count} string(s) without a translation\n")
    endif()
    message(STATUS "${name}: ${output}")
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}Run `cmake --build build --target update_translations` and translate "
                        "the strings marked unfinished in i18n/*.ts.")
endif()
