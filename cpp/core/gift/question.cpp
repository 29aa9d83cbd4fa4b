#include "question.h"

#include <algorithm>
#include <cmath>

bool Question::isScenario() const
{
    if (type != QuestionType::Single && type != QuestionType::Multiple)
        return false;
    if (choices.isEmpty())
        return false;
    return std::all_of(choices.cbegin(), choices.cend(),
                       [](const Choice &c) { return !c.feedback.trimmed().isEmpty(); });
}

int gradedQuestionCount(const QList<Question> &questions)
{
    return int(std::count_if(questions.cbegin(), questions.cend(), [](const Question &q) { return q.isGraded(); }));
}

QString numericAnswerText(const NumericAnswer &answer)
{
    // Twelve significant digits at most, so a range's ends (1.1..1.3) come back as written.
    const auto number = [](double value) { return QString::number(value, 'g', 12); };
    if (std::isinf(answer.tolerance))
        return QStringLiteral("*");
    if (answer.range)
        return number(answer.value - answer.tolerance) + QChar(0x2013) + number(answer.value + answer.tolerance);
    if (answer.tolerance == 0)
        return number(answer.value);
    return number(answer.value) + QStringLiteral(" ± ") + number(answer.tolerance);
}

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Multiple:
        return QStringLiteral("multiple");
    case QuestionType::TrueFalse:
        return QStringLiteral("truefalse");
    case QuestionType::Short:
        return QStringLiteral("short");
    case QuestionType::Matching:
        return QStringLiteral("matching");
    case QuestionType::Numerical:
        return QStringLiteral("numerical");
    case QuestionType::Essay:
        return QStringLiteral("essay");
    case QuestionType::Description:
        return QStringLiteral("description");
    }
    return QStringLiteral("description");
}

QString textFormatName(TextFormat format)
{
    switch (format) {
    case TextFormat::Moodle:
        return QStringLiteral("moodle");
    case TextFormat::Html:
        return QStringLiteral("html");
    case TextFormat::Markdown:
        return QStringLiteral("markdown");
    case TextFormat::Plain:
        return QStringLiteral("plain");
    }
    return QStringLiteral("moodle");
}
