#include "resumecard.h"

#include <algorithm>
#include <cmath>

ResumeCard::ResumeCard(QObject *parent)
    : CourseBinding(parent)
{
}

void ResumeCard::refresh()
{
    m_kind = Kind::Nothing;
    m_courseId.clear();
    m_courseTitle.clear();
    m_moduleId.clear();
    m_lessonId.clear();
    m_title.clear();
    m_moduleTitle.clear();
    m_position = m_total = 0;
    m_minutesLeft = 0;
    const QList<const Course *> courses = candidates();
    // Where the learner left off most recently, in any course; else the next thing to take.
    QList<std::pair<ProgressStore::ResumePoint, const Course *>> unfinished;
    for (const Course *c : courses) {
        auto point = progress()->store().resumePoint(c->id);
        if (point.kind != ProgressStore::ResumePoint::Kind::None)
            unfinished.append({std::move(point), c});
    }
    std::stable_sort(unfinished.begin(), unfinished.end(),
                     [](const auto &a, const auto &b) { return a.first.at > b.first.at; });
    bool found = false;
    for (const auto &[point, c] : std::as_const(unfinished)) {
        if ((found = pointAtResume(*c, point)))
            break;
    }
    for (qsizetype i = 0; !found && i < courses.size(); ++i)
        found = pointAtNext(*courses.at(i));
    if (!found && !courses.isEmpty()) {
        m_kind = Kind::CourseDone;
        setCourse(*courses.constFirst());
    }
    Q_EMIT refreshed();
}

QList<const Course *> ResumeCard::candidates() const
{
    if (!courseId().isEmpty()) {
        if (const Course *c = course())
            return {c};
        return {};
    }
    QList<const Course *> courses;
    for (const Course &c : library()->courses())
        courses.append(&c);
    // The course the learner last did something in goes first (breathing belongs to no course).
    for (const ProgressStore::Activity &activity : progress()->store().recentActivity(20)) {
        const auto at = std::find_if(courses.begin(), courses.end(),
                                     [&activity](const Course *c) { return c->id == activity.courseId; });
        if (at != courses.end()) {
            std::rotate(courses.begin(), at, at + 1);
            break;
        }
    }
    return courses;
}

void ResumeCard::setCourse(const Course &course)
{
    m_courseId = course.id;
    m_courseTitle = course.title;
}

bool ResumeCard::pointAtResume(const Course &course, const ProgressStore::ResumePoint &point)
{
    const Course *c = &course;
    const CourseModule *m = library()->module(c->id, point.moduleId);
    if (point.kind == ProgressStore::ResumePoint::Kind::None || m == nullptr || m->failed)
        return false;
    if (point.kind == ProgressStore::ResumePoint::Kind::Quiz) {
        setQuizTarget(*c, *m, Kind::ResumeQuiz, point.answeredQuestionIds);
        return m_total > 0;
    }
    const Lesson *lesson = library()->lesson(c->id, m->id, point.lessonId);
    if (lesson == nullptr || lesson->cardCount == 0)
        return false;   // the lesson left the course since
    m_kind = Kind::ResumeLesson;
    setCourse(*c);
    m_moduleId = m->id;
    m_moduleTitle = m->title;
    m_lessonId = lesson->id;
    m_title = lesson->title;
    m_total = lesson->cardCount;
    // A card that no longer exists (an update shortened the lesson): the lesson's start, as it reopens.
    m_position = point.cardIndex >= 0 && point.cardIndex < m_total ? point.cardIndex + 1 : 1;
    const double left = lesson->minutes * double(m_total - m_position + 1) / m_total;
    m_minutesLeft = std::max(0.5, std::round(left * 2) / 2);
    return true;
}

bool ResumeCard::pointAtNext(const Course &course)
{
    const Course *c = &course;
    const auto structure = library()->structure(c->id);
    const auto figures = progress()->store().moduleProgress(c->id, structure, c->passMark);
    // Lessons are kept by id within the course, so one query serves every module.
    const QStringList done = progress()->store().completedLessons(c->id, {});
    for (const CourseModule &module : c->modules) {
        if (module.failed)
            continue;
        for (const Lesson &lesson : module.lessons) {
            if (done.contains(lesson.id))
                continue;
            m_kind = Kind::NextLesson;
            setCourse(*c);
            m_moduleId = module.id;
            m_moduleTitle = module.title;
            m_lessonId = lesson.id;
            m_title = lesson.title;
            m_position = 1;
            m_total = lesson.cardCount;
            m_minutesLeft = std::max(0.5, std::round(lesson.minutes * 2) / 2);
            return true;
        }
        for (const auto &f : figures) {
            if (f.moduleId == module.id && f.hasQuiz && !f.quizPassed) {
                setQuizTarget(*c, module, Kind::NextQuiz, {});
                return true;
            }
        }
    }
    return false;
}

void ResumeCard::setQuizTarget(const Course &course, const CourseModule &module, Kind kind,
                               const QStringList &answeredIds)
{
    m_kind = kind;
    setCourse(course);
    m_moduleId = module.id;
    m_moduleTitle = module.title;
    m_title = module.title;
    // Graded questions only, as the module page and the quiz count them.
    const QList<Question> questions = library()->quiz(course.id, module.id);
    m_total = gradedQuestionCount(questions);
    int answered = 0;
    for (const Question &q : questions)
        answered += q.isGraded() && answeredIds.contains(q.id) ? 1 : 0;
    m_position = qBound(1, answered + 1, std::max(1, m_total));
    m_minutesLeft = std::max(0.5, (m_total - answered) * minutesPerQuestion);
}
