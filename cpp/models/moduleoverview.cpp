#include "moduleoverview.h"

#include <cmath>

ModuleOverview::ModuleOverview(QObject *parent)
    : CourseBinding(parent)
{
}

void ModuleOverview::refresh()
{
    const Course *c = course();
    const CourseModule *m = module();
    m_valid = m != nullptr;
    m_lessonsDone = m_attempts = m_questionCount = 0;
    m_percent = 0;
    m_bestScore = m_lastScore = -1;
    m_mastered = m_quizPassed = m_failed = false;
    m_nextLessonId.clear();
    m_breathing.clear();
    QList<LessonListModel::Row> rows;

    if (c != nullptr && m != nullptr) {
        m_title = m->title;
        m_summary = m->summary;
        m_failed = m->failed;
        m_error = m->error;
        m_passMark = c->passMark;
        m_questionCount = gradedQuestionCount(library()->quiz(c->id, m->id));

        const ProgressStore &store = progress()->store();
        const QStringList done = store.completedLessons(c->id, m->id);
        for (const Lesson &lesson : m->lessons) {
            LessonListModel::Row row;
            row.lessonId = lesson.id;
            row.title = lesson.title;
            row.minutes = lesson.minutes;
            row.cardCount = lesson.cardCount;
            row.done = done.contains(lesson.id);
            row.inProgress = store.lastCardReached(c->id, m->id, lesson.id) >= 0;
            if (!row.done && m_nextLessonId.isEmpty())
                m_nextLessonId = lesson.id;
            rows.append(row);
        }

        for (const ProgressStore::ModuleStructure &s : library()->structure(c->id)) {
            if (s.moduleId != m->id)
                continue;
            const auto figures = store.moduleProgress(c->id, {s}, c->passMark);
            if (!figures.isEmpty()) {
                const auto &f = figures.constFirst();
                m_lessonsDone = f.lessonsDone;
                m_percent = f.percentComplete;
                m_mastered = f.mastered;
                m_bestScore = f.bestScore.value_or(-1);
                m_lastScore = f.lastScore.value_or(-1);
                m_attempts = f.attempts;
                m_quizPassed = f.quizPassed;
            }
        }

        for (const BreathingPattern &pattern : m->breathing) {
            // The real length: a number of cycles lasts cycles x cycle seconds; minutes may have a half.
            const int seconds = pattern.suggestedCycles > 0
                ? int(std::lround(pattern.suggestedCycles * pattern.cycleSeconds()))
                : pattern.suggestedSeconds;
            m_breathing.append(QVariantMap{{QStringLiteral("patternId"), pattern.id},
                                           {QStringLiteral("title"), pattern.title},
                                           {QStringLiteral("description"), pattern.description},
                                           {QStringLiteral("cycleSeconds"), pattern.cycleSeconds()},
                                           {QStringLiteral("suggestedSeconds"), pattern.suggestedSeconds},
                                           {QStringLiteral("suggestedCycles"), pattern.suggestedCycles},
                                           {QStringLiteral("lengthSeconds"), seconds},
                                           {QStringLiteral("lengthMinutes"), seconds / 60},
                                           {QStringLiteral("lengthRestSeconds"), seconds % 60}});
        }
    } else {
        m_title.clear();
        m_summary.clear();
        m_error.clear();
    }
    m_lessons.setRows(rows);
    Q_EMIT refreshed();
}
