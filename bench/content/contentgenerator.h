#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes a synthetic course for the loader benchmark: realistic Swedish-like lesson text (headings, lists,
// quotes, bold), 2–4 cards per lesson, and a GIFT quiz per module. Deterministic: same seed, same files.
class ContentGenerator
{
public:
    // The default is the largest course the content bounds allow (ContentLimits: 50 modules of 30).
    struct Size
    {
        int modules = 50;
        int lessonsPerModule = 30;
        int questionsPerQuiz = 10;
        QByteArray courseId = "bench-kurs";
    };

    // Writes the course into `folder` (which must exist); returns every file written, in the order the
    // loader reads them, or an empty list on a write error.
    static QStringList writeCourse(const QString &folder, const Size &size, unsigned seed = 20240611);
};
