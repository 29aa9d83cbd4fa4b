# Settings every target of Pausa's own code gets: warnings (errors under PAUSA_WERROR / CI) and
# the string-safety defines from STYLE.md.
function(pausa_configure_target target)
    if(MSVC) # Windows with Visual C++ (set up, never built here): its own spelling of the same
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(PAUSA_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
        if(PAUSA_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)
endfunction()

# A Qt Test executable registered with ctest, run headless.
function(pausa_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    pausa_configure_target(${name})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE PAUSA_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data"
                                               PAUSA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=Europe/Stockholm;LANG=C.UTF-8;LC_ALL=C.UTF-8")
endfunction()
