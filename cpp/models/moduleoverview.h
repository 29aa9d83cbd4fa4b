#pragma once

#include "coursebinding.h"
#include "lessonlistmodel.h"

#include <QVariantList>

// One module for its screen: lessons with done marks, the quiz with the learner's scores, and the
// module's breathing exercises.
class ModuleOverview : public CourseBinding
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool valid READ isValid NOTIFY refreshed)
    Q_PROPERTY(QString title READ title NOTIFY refreshed)
    Q_PROPERTY(QString summary READ summary NOTIFY refreshed)
    Q_PROPERTY(bool failed READ failed NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY refreshed)
    Q_PROPERTY(LessonListModel *lessons READ lessons CONSTANT)
    Q_PROPERTY(int lessonsDone READ lessonsDone NOTIFY refreshed)
    Q_PROPERTY(double percent READ percent NOTIFY refreshed)
    Q_PROPERTY(bool mastered READ mastered NOTIFY refreshed)
    // The lesson to take next: the first not done (empty when all are).
    Q_PROPERTY(QString nextLessonId READ nextLessonId NOTIFY refreshed)
    Q_PROPERTY(bool hasQuiz READ hasQuiz NOTIFY refreshed)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY refreshed)
    Q_PROPERTY(double bestScore READ bestScore NOTIFY refreshed)   // -1 before the first attempt
    Q_PROPERTY(double lastScore READ lastScore NOTIFY refreshed)   // -1 before the first attempt
    Q_PROPERTY(int attempts READ attempts NOTIFY refreshed)
    Q_PROPERTY(bool quizPassed READ quizPassed NOTIFY refreshed)
    Q_PROPERTY(int passMark READ passMark NOTIFY refreshed)
    // [{ patternId, title, description, cycleSeconds, suggestedSeconds, suggestedCycles, lengthSeconds,
    //    lengthMinutes, lengthRestSeconds }]: the length is the exercise's real one (cycles x cycle
    // seconds when it gives cycles), as whole minutes and the seconds left over (90 s: 1 and 30).
    Q_PROPERTY(QVariantList breathing READ breathing NOTIFY refreshed)

public:
    explicit ModuleOverview(QObject *parent = nullptr);

    bool isValid() const { return m_valid; }
    QString title() const { return m_title; }
    QString summary() const { return m_summary; }
    bool failed() const { return m_failed; }
    QString error() const { return m_error; }
    LessonListModel *lessons() { return &m_lessons; }
    int lessonsDone() const { return m_lessonsDone; }
    double percent() const { return m_percent; }
    bool mastered() const { return m_mastered; }
    QString nextLessonId() const { return m_nextLessonId; }
    bool hasQuiz() const { return m_questionCount > 0; }
    int questionCount() const { return m_questionCount; }
    double bestScore() const { return m_bestScore; }
    double lastScore() const { return m_lastScore; }
    int attempts() const { return m_attempts; }
    bool quizPassed() const { return m_quizPassed; }
    int passMark() const { return m_passMark; }
    QVariantList breathing() const { return m_breathing; }

Q_SIGNALS:
    void refreshed();

protected:
    void refresh() override;

private:
    LessonListModel m_lessons;
    bool m_valid = false;
    QString m_title;
    QString m_summary;
    bool m_failed = false;
    QString m_error;
    int m_lessonsDone = 0;
    double m_percent = 0;
    bool m_mastered = false;
    QString m_nextLessonId;
    int m_questionCount = 0;
    double m_bestScore = -1;
    double m_lastScore = -1;
    int m_attempts = 0;
    bool m_quizPassed = false;
    int m_passMark = 80;
    QVariantList m_breathing;
};
