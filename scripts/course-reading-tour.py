#!/usr/bin/env python3
"""Writes a pausa-screenshots tour that reads a whole course the way a learner does: the home screen,
every module page, every card of every lesson and every quiz question with its feedback.

    python3 scripts/course-reading-tour.py lessons/besvarliga-kunder --options all > build-course/tour-phone.txt
    build-course/bin/pausa-screenshots --lessons lessons/besvarliga-kunder --sizes phone --themes light \\
        --tour build-course/tour-phone.txt --out build-course/reading/phone

The course is read with `pausa-content dump COURSE --json` (--tool, default build-course/bin/pausa-content),
so the tour sees what the app loads. Step names sort in reading order:

    M03-page, M03-page-end                 module 3's page, top and scrolled to the end
    L03-02-c04, L03-02-c04-end             module 3, lesson 2, card 4, top and scrolled to the end
    L03-02-c00-open, L03-02-c00-wider      (with --relayout) the lesson just opened, and the window widened
    Q03-05-open                            module 3, question 5, before it is answered
    Q03-05-o2, Q03-05-o2-end               the same question answered with option 2 (top, end)
    Q03-05-all, Q03-05-right               a multiple-answer question with every option / the right ones
    Q03-result, Q03-result-end             the quiz's result

A "-end" shot is identical to its top shot when the screen needs no scrolling; drop duplicates by hash.
Each "-end" step also prints "tour: NAME contentHeight height" (console.log), so a card taller than two
screens, whose middle no shot shows, can be spotted in the tool's stderr.

--options all answers every question once per option (restarting the quiz and answering the earlier
questions again), so every option's feedback is seen; --options one answers each question once, with the
wrong option that has the longest feedback (the worst case for the layout).
"""
import argparse
import json
import subprocess
import sys

FIND = ("const find = (item, name) => { if (!item) return null; if (item.objectName === name) return item; "
        "for (let i = 0; i < item.children.length; ++i) { const hit = find(item.children[i], name); "
        "if (hit) return hit } return null };")
# The Flickable around an item: the nearest ancestor with contentY and contentHeight.
FLICK_OF = ("const flickOf = item => { let p = item; while (p && (p.contentHeight === undefined "
            "|| p.contentY === undefined)) p = p.parent; return p };")


def js_string(text):
    return json.dumps(text, ensure_ascii=False)


def scroll_end(name, flick_expr):
    return (f"{{ {FIND} {FLICK_OF} const f = {flick_expr}; "
            f"console.log(\"tour: {name}\", Math.round(f.contentHeight), Math.round(f.height)); "
            f"f.contentY = Math.max(0, f.contentHeight - f.height) }}")


def default_answer():
    # Answers the current question with something valid, as fast-forwarding needs.
    return ("if (q.question.kind === QuizQuestion.Matching) q.submitMatches(q.question.matchLeft.map((x, i) => i)); "
            "else if (q.question.kind === QuizQuestion.Essay || q.question.kind === QuizQuestion.ShortAnswer) "
            "q.submitText(\"Jag lyssnar först.\"); "
            "else if (q.question.kind === QuizQuestion.Numerical) q.submitEntry(\"1\"); "
            "else if (q.question.kind !== QuizQuestion.Description) q.submitChoices([0]);")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("course", help="the course folder, e.g. lessons/besvarliga-kunder")
    parser.add_argument("--tool", default="build-course/bin/pausa-content")
    parser.add_argument("--options", choices=["all", "one"], default="all")
    parser.add_argument("--modules", default="", help="comma-separated module numbers (1-based); default all")
    parser.add_argument("--no-lessons", action="store_true")
    parser.add_argument("--no-quizzes", action="store_true")
    parser.add_argument("--relayout", type=int, metavar="WIDTH", default=0,
                        help="after opening a lesson, set the window's width to WIDTH+1 and back to WIDTH (the "
                             "window's width in the tool: 360 phone, 1280 laptop); with Qt 6.4 a lesson opened "
                             "after another page shows its cards from the third on drawn over card 1 until the "
                             "window is resized. The c00 shots before it show the unfixed screen.")
    args = parser.parse_args()

    dump = subprocess.run([args.tool, "dump", args.course, "--json"], capture_output=True, text=True)
    if not dump.stdout.strip():
        sys.exit(f"course-reading-tour: {args.tool} dump failed: {dump.stderr}")
    course = json.loads(dump.stdout)
    wanted = {int(n) for n in args.modules.split(",") if n.strip()}

    out = [f"# Reading tour of {course['id']} ({args.options} options), from scripts/course-reading-tour.py",
           "home | frame.stack.pop(null); frame.showDestinationByKey(\"home\")"]
    course_id = "App.library.defaultCourseId"
    page = "frame.stack.currentItem"
    for m, module in enumerate(course["modules"], start=1):
        if wanted and m not in wanted:
            continue
        mid = js_string(module["id"])
        out.append(f"M{m:02d}-page | frame.stack.pop(null); frame.showDestinationByKey(\"home\"); "
                   f"frame.openModule({course_id}, {mid})")
        out.append(f"M{m:02d}-page-end | " + scroll_end(f"M{m:02d}-page-end",
                   f"(() => {{ let best = null; const walk = i => {{ for (let k = 0; k < i.children.length; ++k) {{ "
                   f"const c = i.children[k]; if (c.contentHeight !== undefined && c.contentY !== undefined "
                   f"&& c.visible && (!best || c.contentHeight > best.contentHeight)) best = c; walk(c) }} }}; "
                   f"walk({page}); return best }})()"))
        if not args.no_lessons:
            for l, lesson in enumerate(module["lessons"], start=1):
                lid = js_string(lesson["id"])
                for c in range(lesson["cards"]):
                    name = f"L{m:02d}-{l:02d}-c{c + 1:02d}"
                    if c == 0:
                        script = (f"frame.stack.pop(null); frame.openLesson({course_id}, {mid}, {lid}); "
                                  f"{page}.reader.currentIndex = 0")
                        if args.relayout:
                            out.append(f"L{m:02d}-{l:02d}-c00-open | {script}")
                            out.append(f"L{m:02d}-{l:02d}-c00-wider | width = {args.relayout + 1}")
                            script = f"width = {args.relayout}"
                    else:
                        script = f"{page}.reader.currentIndex = {c}"
                    out.append(f"{name} | {script}")
                    out.append(f"{name}-end | " + scroll_end(f"{name}-end", f"find({page}, \"cardView\").currentItem"))
        quiz = module.get("quiz")
        if args.no_quizzes or not quiz:
            continue
        questions = quiz["questions"]
        q = f"const q = {page}.quiz;"
        feedback_flick = f"flickOf(find({page}, \"feedbackCard\"))"

        def restart_to(k):
            return (f"{q} q.restart(); for (let i = 0; i < {k}; ++i) {{ {default_answer()} q.next() }}")

        out.append(f"Q{m:02d}-00-start | frame.stack.pop(null); "
                   f"frame.openQuiz({course_id}, {mid})")
        for k, question in enumerate(questions):
            base = f"Q{m:02d}-{k + 1:02d}"
            kind = question["type"]
            if k == 0:
                out.append(f"{base}-open | {q} q.restart()")
            else:
                out.append(f"{base}-open | {q} q.next()")
            answers = []   # (suffix, submit script)
            choices = question.get("choices", [])
            if kind in ("single", "truefalse"):
                if args.options == "all":
                    answers = [(f"o{j + 1}", f"q.submitChoices([{j}])") for j in range(len(choices))]
                else:
                    wrong = [j for j, ch in enumerate(choices) if ch["weight"] <= 0] or [0]
                    j = max(wrong, key=lambda i: len(choices[i].get("feedback", "")))
                    answers = [(f"o{j + 1}", f"q.submitChoices([{j}])")]
            elif kind == "multiple":
                every = list(range(len(choices)))
                right = [j for j, ch in enumerate(choices) if ch["weight"] > 0]
                answers = [("all", f"q.submitChoices({every})")]
                if args.options == "all":
                    answers.append(("right", f"q.submitChoices({right})"))
            elif kind == "matching":
                n = len(question["pairs"])
                shifted = [(i + 1) % n for i in range(n)]   # display indexes: mostly wrong
                answers = [("wrong", f"q.submitMatches({shifted})")]
                if args.options == "all":
                    answers.append(("right", "q.submitMatches(q.question.matchLeft.map((x, i) => "
                                              "q.question.matchRight.indexOf(RIGHT[i])))"))
                    rights = js_string([p["right"] for p in question["pairs"]])
                    answers[-1] = ("right", answers[-1][1].replace("RIGHT", rights))
            elif kind in ("essay", "short"):
                answers = [("text", "q.submitText(\"En kund som höjde rösten i kassan. Hen var nog stressad.\")")]
            elif kind == "numerical":
                answers = [("number", "q.submitEntry(\"1\")")]
            for a, (suffix, submit) in enumerate(answers):
                prefix = f"{q} " if a == 0 else restart_to(k) + " "
                out.append(f"{base}-{suffix} | {prefix}{submit}")
                out.append(f"{base}-{suffix}-end | " + scroll_end(f"{base}-{suffix}-end", feedback_flick))
        out.append(f"Q{m:02d}-result | {q} q.next()")
        out.append(f"Q{m:02d}-result-end | " + scroll_end(
            f"Q{m:02d}-result-end", f"flickOf(find({page}, \"feedbackCard\"))"))
    print("\n".join(out))


if __name__ == "__main__":
    main()
