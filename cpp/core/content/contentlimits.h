#pragma once

#include "diagnostic.h"

#include <QString>
#include <QStringView>

// How much of everything a course may have. Courses arrive over the network, so every list in a course
// is bounded: far above what a real author writes (see lessons/README.md), low enough that the app shows
// any course within them without freezing or swelling. Each file is also at most 1 MiB (TextFile).
// Going over a bound is an error at the first item past it; the app leaves out what check refuses.
namespace ContentLimits {

// Each file of a course costs the app's start some 0.1 ms and each MiB some 5 ms (a debug build): the
// bounds keep a course within about half a second.
inline constexpr int maxModulesPerCourse = 50;
inline constexpr int maxLessonsPerModule = 30;
inline constexpr int maxBreathingPerModule = 10;
inline constexpr qint64 maxCourseBytes = 16 * 1024 * 1024;   // all its text files together
inline constexpr int maxCardsPerLesson = 100;
inline constexpr int maxQuestionsPerQuiz = 200;
inline constexpr int maxAnswersPerQuestion = 50;   // choices, matching pairs or numbers
inline constexpr int maxPhasesPerPattern = 20;
// A card (or a Markdown quiz question) is drawn by Qt's Markdown reader, whose time grows with the square
// of the emphasis and code marks in a text (4,000 characters of "*a" take 0.6 s, of "`a" 0.8 s): so a
// card has at most this many characters, and at most this many of the marks * _ ~ ` [ .
inline constexpr int maxCardCharacters = 3000;
inline constexpr int maxCardMarks = 300;

// Whether `c` is one of the Markdown marks counted against maxCardMarks.
constexpr bool isCountedMark(char32_t c)
{
    return c == u'*' || c == u'_' || c == u'~' || c == u'`' || c == u'[';
}

// Characters (code points) and counted marks of a Markdown text.
struct MarkdownSize
{
    int characters = 0;
    int marks = 0;
};
MarkdownSize measureMarkdown(QStringView markdown);

// What is too much about a Markdown text of `size` for the view, as a message ("<what> has …, so
// <advice>"); empty when it is within the bounds.
QString markdownTooLarge(const MarkdownSize &size, const QString &what, const QString &advice);

// "<what> has <count> <items>; at most <limit> are allowed, so <advice>": an error at `line`:`column`
// of `path`. A `count` not above `limit` (not counted to the end) reads "more than <limit>".
Diagnostic tooMany(const QString &path, int line, int column, const QString &what, qsizetype count,
                   const QString &items, int limit, const QString &advice);

} // namespace ContentLimits
