#include "quizquestion.h"

#include "markdownblocks.h"
#include "quiz/matchdisplay.h"
#include "quiz/quizwording.h"

#include <QLocale>

QuizQuestion::QuizQuestion(const QuizRun *run, QObject *parent)
    : QObject(parent)
    , m_run(run)
{
}

void QuizQuestion::show(int index, const QString &coursePath)
{
    m_index = index;
    m_coursePath = coursePath;
    setEntryError(QString());
    Q_EMIT changed();
    Q_EMIT answeredChanged();
}

void QuizQuestion::setEntryError(const QString &message)
{
    if (message == m_entryError)
        return;
    m_entryError = message;
    Q_EMIT entryErrorChanged();
}

const Question *QuizQuestion::current() const
{
    return (m_index >= 0 && m_index < m_run->questionCount()) ? &m_run->question(m_index) : nullptr;
}

QString QuizQuestion::id() const { return current() ? current()->id : QString(); }

QuizQuestion::Kind QuizQuestion::kind() const
{
    switch (current() ? current()->type : QuestionType::Description) {
    case QuestionType::Single:
        return Kind::SingleChoice;
    case QuestionType::Multiple:
        return Kind::MultipleChoice;
    case QuestionType::TrueFalse:
        return Kind::TrueFalse;
    case QuestionType::Short:
        return Kind::ShortAnswer;
    case QuestionType::Numerical:
        return Kind::Numerical;
    case QuestionType::Matching:
        return Kind::Matching;
    case QuestionType::Essay:
        return Kind::Essay;
    case QuestionType::Description:
        break;
    }
    return Kind::Description;
}

bool QuizQuestion::hasChoices() const
{
    const Kind k = kind();
    return k == Kind::SingleChoice || k == Kind::MultipleChoice || k == Kind::TrueFalse;
}

bool QuizQuestion::hasEntry() const { return kind() == Kind::ShortAnswer || kind() == Kind::Numerical; }

bool QuizQuestion::needsAnswer() const
{
    return current() && !answered() && (graded() || kind() == Kind::Essay);
}

// (A styled stem's images were limited to the course's own files as the quiz was loaded: CourseLibrary.)
QString QuizQuestion::stem() const { return current() ? current()->stem : QString(); }

QuizQuestion::StemFormat QuizQuestion::stemFormat() const
{
    switch (current() ? current()->format : TextFormat::Moodle) {
    case TextFormat::Markdown:
        return StemFormat::Markdown;
    case TextFormat::Plain:
        return StemFormat::Plain;
    case TextFormat::Moodle:
    case TextFormat::Html:
        break;
    }
    return StemFormat::Styled;
}

QVariantList QuizQuestion::stemBlocks() const
{
    const Question *q = current();
    if (q == nullptr || m_coursePath.isEmpty() || q->format != TextFormat::Markdown)
        return {};
    return MarkdownBlocks::blocks(q->stem, m_coursePath);
}

QUrl QuizQuestion::baseUrl() const
{
    return m_coursePath.isEmpty() ? QUrl() : MarkdownBlocks::folderUrl(m_coursePath);
}

QStringList QuizQuestion::choices() const
{
    QStringList texts;
    if (const Question *q = current()) {
        for (const Choice &choice : q->choices)
            texts.append(QuizWording::optionText(*q, choice));
    }
    return texts;
}

QStringList QuizQuestion::matchLeft() const
{
    QStringList texts;
    if (const Question *q = current()) {
        for (qsizetype i : askedPairs(*q))
            texts.append(q->pairs.at(i).left);
    }
    return texts;
}

QStringList QuizQuestion::matchRight() const
{
    QStringList texts;
    if (const Question *q = current()) {
        for (int i : MatchDisplay::rightOrder(*q))
            texts.append(q->pairs.at(i).right);
    }
    return texts;
}

QString QuizQuestion::generalFeedback() const
{
    return answered() && current() ? current()->generalFeedback : QString();
}

QVariantList QuizQuestion::selectedChoices() const
{
    QVariantList list;
    for (int i : m_run->savedAnswer(m_index).selected)
        list.append(i);
    return list;
}

QString QuizQuestion::answerText() const
{
    const QuizAnswer answer = m_run->savedAnswer(m_index);
    return answer.hasNumber ? QLocale().toString(answer.number, 'g', 12) : answer.text;
}

QVariantList QuizQuestion::matchResults() const
{
    QVariantList results;
    const Question *q = current();
    if (q == nullptr || !answered())
        return results;
    const QuizAnswer answer = m_run->savedAnswer(m_index);
    const QList<int> picks = MatchDisplay::picksFromAnswer(*q, answer);
    const QList<qsizetype> asked = askedPairs(*q);
    for (qsizetype row = 0; row < asked.size(); ++row) {
        results.append(QVariantMap{{QStringLiteral("given"), picks.value(row, -1)},
                                   {QStringLiteral("right"), matchIsRight(*q, answer, asked.at(row))},
                                   {QStringLiteral("expected"), q->pairs.at(asked.at(row)).right}});
    }
    return results;
}

QVariantList QuizQuestion::otherOptions() const
{
    QVariantList others;
    const Question *q = current();
    if (q == nullptr || !answered())
        return others;
    const QList<int> chosen = m_run->savedAnswer(m_index).selected;
    for (qsizetype i = 0; i < q->choices.size(); ++i) {
        const Choice &choice = q->choices.at(i);
        if (chosen.contains(int(i)) || choice.feedback.isEmpty())
            continue;
        others.append(QVariantMap{{QStringLiteral("text"), QuizWording::optionText(*q, choice)},
                                  {QStringLiteral("feedback"), choice.feedback},
                                  {QStringLiteral("right"), choice.weight > 0}});
    }
    return others;
}

QString QuizQuestion::rightAnswer() const
{
    return answered() && current() ? QuizWording::rightAnswer(*current(), QLocale()) : QString();
}
