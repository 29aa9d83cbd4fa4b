#include "courselibrary.h"

#include "content/courselinks.h"
#include "content/courseloader.h"
#include "content/coursepath.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLibrary, "pausa.library")

namespace {

// Questions in Moodle's format or [html] are shown as styled text, which loads every <img> it names:
// every text of such a question (stem, options, pairs, feedback) keeps only the course's own images,
// once, as the quiz is loaded. ([markdown] questions go through MarkdownBlocks instead.)
void keepOnlyCourseImages(QList<Question> *questions, const QString &courseFolder)
{
    const CoursePath course(courseFolder);
    const auto rewrite = [&course](QString *text) { *text = CourseLinks::htmlForDisplay(*text, course); };
    for (Question &q : *questions) {
        if (q.format != TextFormat::Moodle && q.format != TextFormat::Html)
            continue;
        rewrite(&q.stem);
        rewrite(&q.generalFeedback);
        for (Choice &choice : q.choices) {
            rewrite(&choice.text);
            rewrite(&choice.feedback);
        }
        for (MatchPair &pair : q.pairs) {
            rewrite(&pair.left);
            rewrite(&pair.right);
        }
        for (NumericAnswer &number : q.numbers)
            rewrite(&number.feedback);
    }
}

} // namespace

CourseLibrary::CourseLibrary(QObject *parent)
    : QObject(parent)
{
}

void CourseLibrary::load(const QStringList &bundledRoots, const QStringList &previewRoots)
{
    m_courses.clear();
    m_problems.clear();
    m_diagnostics.clear();
    m_quizzes.clear();
    m_previewCourseId.clear();
    m_replacedNotice.clear();

    if (!previewRoots.isEmpty()) {
        CourseLoader preview;
        m_courses = preview.loadCourses(previewRoots);
        m_diagnostics = preview.takeDiagnostics();
        if (!m_courses.isEmpty())
            m_previewCourseId = m_courses.constFirst().id;
    }
    CourseLoader bundled;
    QStringList replaced;
    for (Course &course : bundled.loadCourses(bundledRoots)) {
        const Course *preview = this->course(course.id);
        if (preview == nullptr) {
            m_courses.append(std::move(course));
            continue;
        }
        qCWarning(lcLibrary).noquote() << "the course in" << preview->path << "replaces the bundled course"
                                       << course.id << "(same id; they share progress)";
        replaced.append(tr("“%1” (from %2) is shown in place of the built-in course “%3”: both have the id "
                           "“%4”, so they share progress.")
                            .arg(preview->title, preview->path, course.title, course.id));
    }
    m_replacedNotice = replaced.join(u'\n');
    m_diagnostics += bundled.takeDiagnostics();

    for (const Course &course : std::as_const(m_courses)) {
        for (const CourseModule &module : course.modules) {
            if (module.failed)
                m_problems.append(module.title + QStringLiteral(": ") + module.error);
        }
    }
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        if (d.isError())
            qCWarning(lcLibrary).noquote() << d.toString();
    }
    Q_EMIT coursesChanged();
}

QStringList CourseLibrary::courseIds() const
{
    QStringList ids;
    for (const Course &course : m_courses)
        ids.append(course.id);
    return ids;
}

QString CourseLibrary::defaultCourseId() const
{
    if (!m_previewCourseId.isEmpty())
        return m_previewCourseId;
    return m_courses.isEmpty() ? QString() : m_courses.constFirst().id;
}

const Course *CourseLibrary::course(const QString &courseId) const
{
    for (const Course &course : m_courses) {
        if (course.id == courseId)
            return &course;
    }
    return nullptr;
}

const CourseModule *CourseLibrary::module(const QString &courseId, const QString &moduleId) const
{
    const Course *c = course(courseId);
    if (c == nullptr)
        return nullptr;
    for (const CourseModule &module : c->modules) {
        if (module.id == moduleId)
            return &module;
    }
    return nullptr;
}

const Lesson *CourseLibrary::lesson(const QString &courseId, const QString &moduleId, const QString &lessonId) const
{
    const CourseModule *m = module(courseId, moduleId);
    if (m == nullptr)
        return nullptr;
    for (const Lesson &lesson : m->lessons) {
        if (lesson.id == lessonId)
            return &lesson;
    }
    return nullptr;
}

const QList<Question> &CourseLibrary::quiz(const QString &courseId, const QString &moduleId)
{
    const QString key = courseId + u'/' + moduleId;
    auto it = m_quizzes.find(key);
    if (it != m_quizzes.end())
        return *it;

    QList<Question> questions;
    const CourseModule *m = module(courseId, moduleId);
    if (m != nullptr) {
        Diagnostics diagnostics;
        questions = loadModuleQuiz(*m, &diagnostics);
        if (const Course *c = course(courseId))
            keepOnlyCourseImages(&questions, c->path);
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (d.isError())
                qCWarning(lcLibrary).noquote() << d.toString();
        }
        m_diagnostics += diagnostics;
    }
    return *m_quizzes.insert(key, questions);
}

void CourseLibrary::parseAllQuizzes()
{
    for (const Course &c : std::as_const(m_courses)) {
        for (const CourseModule &module : c.modules)
            quiz(c.id, module.id);
    }
}

QList<ProgressStore::ModuleStructure> CourseLibrary::structure(const QString &courseId)
{
    QList<ProgressStore::ModuleStructure> result;
    const Course *c = course(courseId);
    if (c == nullptr)
        return result;
    for (const CourseModule &module : c->modules) {
        ProgressStore::ModuleStructure s;
        s.moduleId = module.id;
        for (const Lesson &lesson : module.lessons)
            s.lessonIds.append(lesson.id);
        for (const Question &question : quiz(courseId, module.id)) {
            if (question.isGraded())
                s.questionIds.append(question.id);
        }
        result.append(s);
    }
    return result;
}
