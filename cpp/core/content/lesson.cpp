#include "lesson.h"

#include <cmath>

double Lesson::readingMinutes(int words)
{
    const double seconds = words * 60.0 / 180.0;
    return std::round(seconds / 60.0 * 10.0) / 10.0;
}
