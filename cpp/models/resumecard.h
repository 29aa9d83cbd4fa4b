#pragma once

#include "coursebinding.h"

// The home screen's "continue" card: exactly where the learner left off (a lesson's card or a quiz's
// question), or else the next thing to take in course order, or that the course is done. With no
// courseId it looks across the whole library: the most recent unfinished thing of any course, else
// the next thing in the course the learner last worked in, then in the other courses in order.
class ResumeCard : public CourseBinding
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum class Kind {
        Nothing,       // no course
        ResumeLesson,  // a lesson left mid-way
        ResumeQuiz,    // a quiz left mid-way
        NextLesson,    // the first lesson not done yet
        NextQuiz,      // all lessons of a module done, its quiz not passed yet
        CourseDone,    // everything done (of every course, across the library)
    };
    Q_ENUM(Kind)

private:
    Q_PROPERTY(Kind kind READ kind NOTIFY refreshed)
    Q_PROPERTY(QString targetCourseId READ targetCourseId NOTIFY refreshed)
    Q_PROPERTY(QString courseTitle READ courseTitle NOTIFY refreshed)
    Q_PROPERTY(QString targetModuleId READ targetModuleId NOTIFY refreshed)
    Q_PROPERTY(QString targetLessonId READ targetLessonId NOTIFY refreshed)
    Q_PROPERTY(QString title READ title NOTIFY refreshed)
    Q_PROPERTY(QString moduleTitle READ moduleTitle NOTIFY refreshed)
    Q_PROPERTY(int position READ position NOTIFY refreshed)     // card or question, 1-based
    Q_PROPERTY(int total READ total NOTIFY refreshed)           // cards or questions
    Q_PROPERTY(double minutesLeft READ minutesLeft NOTIFY refreshed)

public:
    explicit ResumeCard(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString targetCourseId() const { return m_courseId; }
    QString courseTitle() const { return m_courseTitle; }
    QString targetModuleId() const { return m_moduleId; }
    QString targetLessonId() const { return m_lessonId; }
    QString title() const { return m_title; }
    QString moduleTitle() const { return m_moduleTitle; }
    int position() const { return m_position; }
    int total() const { return m_total; }
    double minutesLeft() const { return m_minutesLeft; }

    // About how long one quiz question takes, for the "minutes left" of a quiz.
    static constexpr double minutesPerQuestion = 0.5;

Q_SIGNALS:
    void refreshed();

protected:
    void refresh() override;

private:
    // The courses to look in, the one the learner last worked in first.
    QList<const Course *> candidates() const;
    // point: the course's resume point, as refresh() read it to order the courses.
    bool pointAtResume(const Course &course, const ProgressStore::ResumePoint &point);
    bool pointAtNext(const Course &course);
    // answeredIds: the questions already answered; only graded ones count, as on the quiz page.
    void setQuizTarget(const Course &course, const CourseModule &module, Kind kind, const QStringList &answeredIds);
    void setCourse(const Course &course);

    Kind m_kind = Kind::Nothing;
    QString m_courseId;
    QString m_courseTitle;
    QString m_moduleId;
    QString m_lessonId;
    QString m_title;
    QString m_moduleTitle;
    int m_position = 0;
    int m_total = 0;
    double m_minutesLeft = 0;
};
