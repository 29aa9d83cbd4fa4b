#include "course.h"

int Course::lessonCount() const
{
    int total = 0;
    for (const auto &module : modules)
        total += int(module.lessons.size());
    return total;
}

int Course::questionCount() const
{
    int total = 0;
    for (const auto &module : modules)
        total += int(module.quiz.size());
    return total;
}

double Course::minutes() const
{
    int words = 0;
    for (const auto &module : modules)
        words += module.wordCount();
    return Lesson::readingMinutes(words);
}
