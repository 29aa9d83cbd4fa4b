// libFuzzer harness for the GIFT parser: any bytes in, no crash, no leak, no undefined behaviour, and
// the parser's promises hold (positions inside the file, weights in range, grades in 0..1).
#include "gift/giftjson.h"
#include "gift/giftparser.h"
#include "quiz/grader.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_gift: broken promise: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const GiftParseResult r = parseGift(text, QStringLiteral("fuzz.gift"));

    const qsizetype lines = text.count(u'\n') + 1;
    for (const Diagnostic &d : r.diagnostics) {
        check(d.line >= 1 && d.line <= lines, "diagnostic line inside the file");
        check(d.column >= 1 && d.column <= text.size() + 1, "diagnostic column inside its line");
        check(!d.message.isEmpty(), "diagnostic has a message");
    }
    check(!r.questions.isEmpty() || errorCount(r.diagnostics) > 0, "no questions is an error");

    for (const Question &q : r.questions) {
        check(!q.id.isEmpty(), "question has an id");
        check(!q.stem.isEmpty(), "question has a stem");
        check(q.line >= 1 && q.line <= lines, "question line inside the file");
        for (const Choice &c : q.choices)
            check(c.weight >= -100 && c.weight <= 100, "weight in -100..100");
        for (const NumericAnswer &n : q.numbers)
            check(n.weight >= -100 && n.weight <= 100 && n.tolerance >= 0, "numeric answer in range");

        QuizAnswer a;
        a.selected = {0, 1, 2};
        a.text = q.choices.isEmpty() ? QString() : q.choices.first().text;
        a.matches = {1, 0, -1, 5};
        a.number = q.numbers.isEmpty() ? 0 : q.numbers.first().value;
        a.hasNumber = true;
        const Grade g = gradeAnswer(q, a);
        check(g.score >= 0 && g.score <= 1, "score in 0..1");
        check(g.graded == q.isGraded(), "graded matches the question type");
    }

    const QByteArray json = QJsonDocument(questionsToJson(r.questions)).toJson(QJsonDocument::Compact);
    check(json.startsWith("{\"questions\":["), "JSON shape");
    return 0;
}
