#pragma once

#include "gift/giftparser.h"
#include "quiz/quizanswer.h"

#include <QTest>

// Shared by the quiz tests: questions straight from GIFT, and answers in one line.
namespace QuizTest {

inline QList<Question> questions(const QString &gift)
{
    const GiftParseResult r = parseGift(gift, QStringLiteral("quiz.gift"));
    if (errorCount(r.diagnostics) > 0)
        qFatal("test GIFT does not parse: %s", qPrintable(r.diagnostics.first().toString()));
    return r.questions;
}

inline Question question(const QString &gift)
{
    return questions(gift).first();
}

inline QuizAnswer picked(const QList<int> &indexes)
{
    QuizAnswer a;
    a.selected = indexes;
    return a;
}

inline QuizAnswer typed(const QString &text)
{
    QuizAnswer a;
    a.text = text;
    return a;
}

inline QuizAnswer matched(const QList<int> &matches)
{
    QuizAnswer a;
    a.matches = matches;
    return a;
}

inline QuizAnswer number(double value)
{
    QuizAnswer a;
    a.number = value;
    a.hasNumber = true;
    return a;
}

} // namespace QuizTest
