#pragma once

#include <QString>

// What progress_crash_helper records for sequence number n, shared with tst_progresscrash so the
// test can look every reported event up. The kinds rotate so kills land in every write path.
namespace CrashScript {

inline QString course()
{
    return QStringLiteral("crash-course");
}

inline QString module()
{
    return QStringLiteral("crash-module");
}

// The lesson, question or breathing pattern id of event n: unique, so "is n in the file" is one lookup.
inline QString itemId(qint64 n)
{
    return QStringLiteral("item-%1").arg(n);
}

enum class Kind { LessonOpened, CardReached, LessonCompleted, Breathing, QuizAnswer };

inline Kind kind(qint64 n)
{
    return Kind(n % 5);
}

} // namespace CrashScript
