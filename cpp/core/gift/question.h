#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// A quiz question as read from a GIFT file (Moodle's question-bank text format).

enum class QuestionType { Single, Multiple, TrueFalse, Short, Matching, Numerical, Essay, Description };
enum class TextFormat { Moodle, Html, Markdown, Plain };

struct Choice
{
    QString text;
    double weight = 0;   // percent of the question's credit, -100..100
    QString feedback;    // shown to a learner who picks this choice
};

struct MatchPair
{
    QString left;
    QString right;
};

// A numerical answer: right when |x - value| <= tolerance.
struct NumericAnswer
{
    double value = 0;
    double tolerance = 0;   // infinite for GIFT's "~" (any other number)
    double weight = 100;
    QString feedback;
    bool range = false;     // written as min..max (value is the midpoint, tolerance the half-width)
};

struct Question
{
    QString id;          // stable id for progress: the ::title:: when given, else derived from the stem
    QString title;
    QuestionType type = QuestionType::Description;
    QString stem;        // escapes resolved, format tag removed; a mid-sentence blank is "_____"
    TextFormat format = TextFormat::Moodle;
    QString category;    // from the last $CATEGORY: line before it
    QList<Choice> choices;          // single, multiple, truefalse ("true"/"false"), short (accepted answers)
    QList<MatchPair> pairs;         // matching
    QList<NumericAnswer> numbers;   // numerical
    QString generalFeedback;
    int line = 0;        // 1-based line where the question starts in its file

    // A scenario question is a choice question whose every option explains itself with feedback.
    bool isScenario() const;
    // Essay and description questions are shown but never scored.
    bool isGraded() const { return type != QuestionType::Essay && type != QuestionType::Description; }
};

// How many questions a learner is counted as having: the graded ones (a description is not a
// question, an essay is answered but not graded). The module page, the resume card, the quiz and
// `pausa-content stats` all count this way.
int gradedQuestionCount(const QList<Question> &questions);

// A numerical answer as a learner reads it: "3", "3 ± 0.5", "2–4" (a range as it was written),
// "*" for any other number. Without a locale the numbers are written as GIFT writes them ("0.5");
// with one, with its decimal sign ("0,5" in Swedish).
QString numericAnswerText(const NumericAnswer &answer);
QString numericAnswerText(const NumericAnswer &answer, const QLocale &locale);

QString questionTypeName(QuestionType type);   // "single", "multiple", "truefalse", ...
QString textFormatName(TextFormat format);     // "moodle", "html", "markdown", "plain"
