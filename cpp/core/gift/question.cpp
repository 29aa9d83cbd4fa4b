#include "question.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

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
    return numericAnswerText(answer, QLocale::c());
}

QString numericAnswerText(const NumericAnswer &answer, const QLocale &locale)
{
    // Twelve significant digits at most, so a range's ends (1.1..1.3) come back as written.
    const auto number = [&locale](double value) { return locale.toString(value, 'g', 12); };
    if (std::isinf(answer.tolerance))
        return QStringLiteral("*");
    if (answer.range)
        return number(answer.value - answer.tolerance) + QChar(0x2013) + number(answer.value + answer.tolerance);
    if (answer.tolerance == 0)
        return number(answer.value);
    return number(answer.value) + QStringLiteral(" ± ") + number(answer.tolerance);
}

namespace {

// The names of an enum's values (in the exports, the review pace and the dumps): one table per enum.
template<typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, const char *> (&names)[N], Enum value)
{
    for (const auto &[each, name] : names) {
        if (each == value)
            return QLatin1String(name);
    }
    return QLatin1String(names[0].second);   // not reached: every value is listed
}

} // namespace

QString questionTypeName(QuestionType type)
{
    static constexpr std::pair<QuestionType, const char *> names[] = {
        {QuestionType::Description, "description"}, {QuestionType::Single, "single"},
        {QuestionType::Multiple, "multiple"},       {QuestionType::TrueFalse, "truefalse"},
        {QuestionType::Short, "short"},             {QuestionType::Matching, "matching"},
        {QuestionType::Numerical, "numerical"},     {QuestionType::Essay, "essay"}};
    return nameOf(names, type);
}

QString textFormatName(TextFormat format)
{
    static constexpr std::pair<TextFormat, const char *> names[] = {
        {TextFormat::Moodle, "moodle"}, {TextFormat::Html, "html"},
        {TextFormat::Markdown, "markdown"}, {TextFormat::Plain, "plain"}};
    return nameOf(names, format);
}
