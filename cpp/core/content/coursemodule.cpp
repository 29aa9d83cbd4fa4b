#include "coursemodule.h"

double CourseModule::minutes() const
{
    // From the total of words, so a module's time is not the sum of its lessons' rounding errors.
    return Lesson::readingMinutes(wordCount());
}

int CourseModule::wordCount() const
{
    int total = 0;
    for (const auto &lesson : lessons)
        total += lesson.wordCount;
    return total;
}
