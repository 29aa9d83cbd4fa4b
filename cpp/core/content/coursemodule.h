#pragma once

#include "breathing/breathingpattern.h"
#include "gift/question.h"
#include "lesson.h"

#include <QList>
#include <QString>

// One module of a course: lessons in order, an optional quiz and breathing exercises. A module whose files
// cannot all be loaded is kept, marked failed with its first error, so the app can show why it is missing.
struct CourseModule
{
    QString id;
    QString title;
    QString summary;
    QString folder;                      // the module's folder
    QList<Lesson> lessons;
    QString quizPath;                    // the GIFT file, empty when the module has no quiz
    QList<Question> quiz;                // the quiz's questions; empty until LoadDepth::Full
    bool quizLoaded = false;             // whether `quiz` was read (LoadDepth::Full)
    QList<BreathingPattern> breathing;
    bool failed = false;
    QString error;                       // "path:line:column: message" of the first error, when failed

    bool hasQuiz() const { return !quizPath.isEmpty(); }
    double minutes() const;              // reading time of all its lessons
    int wordCount() const;
};
