#include "quizwording.h"

#include "grader.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace QuizWording {

QString optionText(const Question &question, const Choice &choice)
{
    if (question.type != QuestionType::TrueFalse)
        return choice.text;
    return choice.text == u"true" ? QCoreApplication::translate("QuizSession", "True")
                                  : QCoreApplication::translate("QuizSession", "False");
}

QString numberText(const NumericAnswer &answer, const QLocale &locale)
{
    return numericAnswerText(answer, locale);
}

QString rightAnswer(const Question &question, const QLocale &locale)
{
    QStringList parts;
    switch (question.type) {
    case QuestionType::Matching:
        for (qsizetype i : askedPairs(question))
            parts.append(question.pairs.at(i).left + QStringLiteral(" → ") + question.pairs.at(i).right);
        break;
    case QuestionType::Numerical:
        for (const NumericAnswer &n : question.numbers) {
            if (n.weight >= 100)
                parts.append(numberText(n, locale));
        }
        break;
    default:
        for (const Choice &choice : question.choices) {
            // A short answer accepted in two spellings that differ only in case or spaces ("push",
            // "Push") is one answer to the grader (gradeShort), so it reads as one.
            const auto folded = [](const QString &text) { return text.simplified().toCaseFolded(); };
            const bool sameAsListed = question.type == QuestionType::Short
                && std::any_of(parts.cbegin(), parts.cend(),
                               [&](const QString &part) { return folded(part) == folded(choice.text); });
            if (choice.weight > 0 && !sameAsListed)
                parts.append(optionText(question, choice));
        }
    }
    if (parts.size() > 1)
        return QStringLiteral("\n• ") + parts.join(QStringLiteral("\n• "));
    return parts.value(0);
}

} // namespace QuizWording
