#pragma once

#include <QString>
#include <QStringList>

// Writes a synthetic course for the loader benchmark: realistic Swedish-like lesson text (headings, lists,
// quotes, bold), 2–4 cards per lesson, and a GIFT quiz per module. Deterministic: same seed, same files.
class ContentGenerator
{
public:
    struct Size
    {
        int modules = 100;
        int lessonsPerModule = 100;
        int questionsPerQuiz = 10;
    };

    // Writes the course into `folder` (which must exist); returns every file written, in the order the
    // loader reads them, or an empty list on a write error.
    static QStringList writeCourse(const QString &folder, const Size &size, unsigned seed = 20240611);
};
