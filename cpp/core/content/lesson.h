#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// A lesson's text split into cards, read when a learner opens the lesson (loadLessonBody) or by a full load.
struct LessonBody
{
    QString markdown;    // the whole body after the front matter, LF line ends
    QStringList cards;   // the body split at `---` lines, each trimmed; empty cards dropped
};

// One lesson as the catalogue lists it: what it is and how long it takes, not its text.
struct Lesson
{
    QString id;
    QString title;
    QString path;          // the lesson file, as reached from the course folder given to the loader
    int bodyLine = 1;      // 1-based line of the file where the body starts
    int wordCount = 0;
    int cardCount = 0;     // non-empty cards
    double minutes = 0;    // reading time at 180 words a minute, rounded to one decimal
    std::optional<LessonBody> body;   // only after LoadDepth::Full; otherwise use loadLessonBody()

    // Reading time in minutes, the way every part of Pausa rounds it.
    static double readingMinutes(int words);
};
