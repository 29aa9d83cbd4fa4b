#!/usr/bin/env bash
# The code's house rules that a reader can check by eye, checked by ctest so that they stay true:
#  - no source file (C++, QML, JavaScript) of ours over 400 lines;
#  - pages do not name other pages' files: they ask their frame (AppFrame.openLesson, ...);
#  - the quiz page holds no quiz rules: it compares no question-type strings (QuizSession's input
#    kind is an enum).
# Each broken rule prints the file and line; the exit status is the number of broken rules.
set -u
root="${1:?usage: check-structure.sh SOURCE_DIR}"
cd "$root" || exit 1
broken=0

too_long=$(find cpp qml tests bench -path '*/node_modules' -prune -o \
                \( -name '*.cpp' -o -name '*.h' -o -name '*.qml' -o -name '*.js' \) -type f -print0 \
           | xargs -0 wc -l | awk '$2 != "total" && $1 > 400 { print "  " $2 ": " $1 " lines" }')
if [ -n "$too_long" ]; then
    echo "Files over 400 lines (split them by topic):"
    echo "$too_long"
    broken=$((broken + 1))
fi

page_urls=$(grep -n 'Qt\.resolvedUrl(\|StackView\.view\.\(push\|replace\)' qml/pages/*.qml)
if [ -n "$page_urls" ]; then
    echo "Pages that reach other pages by file (ask page.frame instead):"
    echo "$page_urls" | sed 's/^/  /'
    broken=$((broken + 1))
fi

type_compares=$(grep -nE '(===|!==|==|!=) *"(multichoice|multi|multiple|single|truefalse|short|shortanswer|numerical|matching|essay|description)"|questionType' \
                qml/pages/QuizPage.qml qml/components/Quiz*.qml)
if [ -n "$type_compares" ]; then
    echo "Question-type strings compared in the quiz's QML (use QuizSession's input kind):"
    echo "$type_compares" | sed 's/^/  /'
    broken=$((broken + 1))
fi

[ "$broken" -eq 0 ] && echo "structure: all rules hold"
exit "$broken"
