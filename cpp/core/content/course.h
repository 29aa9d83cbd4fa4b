#pragma once

#include "coursemodule.h"

#include <QList>
#include <QString>

// A course as read from its folder: the manifest (course.md) and its modules in order.
struct Course
{
    QString id;
    QString title;
    QString language;       // BCP 47 language tag, e.g. "sv"
    QString description;    // Markdown, the body of course.md
    int passMark = 80;      // percent of a quiz's points needed to pass it
    QString path;           // the course folder
    QList<CourseModule> modules;

    int lessonCount() const;
    int questionCount() const;   // of the loaded quizzes
    double minutes() const;
};
