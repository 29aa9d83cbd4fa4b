#pragma once

#include "breathing/breathingpattern.h"
#include "content/course.h"
#include "content/diagnostic.h"
#include "gift/question.h"

#include <QList>
#include <QString>

#include <optional>

// One PATH given to pausa-content, fully loaded: a course folder, a folder of courses, or a single
// .gift, lesson or breathing exercise file.
struct ContentInput
{
    enum class Kind { Course, Courses, Gift, Lesson, Breathing, Unusable };

    Kind kind = Kind::Unusable;
    QString path;                         // as displayed
    QList<Course> courses;                // Course: one (none if course.md is unusable); Courses: each
    QList<Diagnostics> courseDiagnostics; // per course, for Courses
    QList<Question> questions;            // Gift
    std::optional<Lesson> lesson;         // Lesson
    std::optional<BreathingPattern> breathing;   // Breathing
    Diagnostics diagnostics;              // everything, in the order found

    static ContentInput load(const QString &argument);

    int moduleCount() const;
    int lessonCount() const;
    int questionCount() const;
};
