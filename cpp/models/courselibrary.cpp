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

void CourseLibrary::setCacheFolder(const QString &folder)
{
    m_cache = CourseCache(folder);
}

QList<CourseCache::Entry> CourseLibrary::loadRoots(const QStringList &roots)
{
    QList<CourseCache::Entry> entries;
    QHash<QString, QString> places;   // course id -> its course.md, for the message on a second use
    for (const QString &root : roots) {
        for (const QString &folder : CourseLoader::findCourseFolders(root, &m_diagnostics)) {
            const QByteArray fingerprint = CourseCache::fingerprint(folder);
            std::optional<CourseCache::Entry> entry = m_cache.find(folder, fingerprint);
            if (!entry) {
                entry = readCourse(folder);
                if (!entry)
                    continue;
                m_cache.store(folder, fingerprint, *entry);
            }
            m_diagnostics += entry->diagnostics;
            const QString manifest = folder + QStringLiteral("/course.md");
            if (const auto first = places.constFind(entry->course.id); first != places.constEnd()) {
                m_diagnostics.append(Diagnostic::error(manifest, 0, 0,
                    QStringLiteral("the course id \"") + entry->course.id + QStringLiteral("\" is already used by ")
                        + *first + QStringLiteral("; this course is left out")));
                continue;
            }
            places.insert(entry->course.id, manifest);
            entries.append(std::move(*entry));
        }
    }
    return entries;
}

std::optional<CourseCache::Entry> CourseLibrary::readCourse(const QString &folder)
{
    CourseLoader loader;
    std::optional<Course> course = loader.loadCourse(folder);
    Diagnostics diagnostics = loader.takeDiagnostics();
    if (!course) {
        m_diagnostics += diagnostics;
        return std::nullopt;
    }
    CourseCache::Entry entry{std::move(*course), std::move(diagnostics), {}};
    // The home page's figures count every quiz's graded questions: parse them once here (kept for the
    // quiz pages too) and remember their ids with the catalogue, so an unchanged course is not parsed
    // again at the next start.
    for (const CourseModule &module : std::as_const(entry.course.modules)) {
        QList<Question> questions = loadModuleQuiz(module, &entry.diagnostics);
        keepOnlyCourseImages(&questions, entry.course.path);
        QStringList graded;
        for (const Question &question : std::as_const(questions)) {
            if (question.isGraded())
                graded.append(question.id);
        }
        entry.gradedQuestions.insert(module.id, graded);
        m_parsedQuizzes.insert(entry.course.path + u'\n' + module.id, std::move(questions));
    }
    return entry;
}

void CourseLibrary::accept(CourseCache::Entry &&entry)
{
    for (auto it = entry.gradedQuestions.cbegin(); it != entry.gradedQuestions.cend(); ++it)
        m_gradedIds.insert(entry.course.id + u'/' + it.key(), it.value());
    for (const CourseModule &module : std::as_const(entry.course.modules)) {
        const auto parsed = m_parsedQuizzes.constFind(entry.course.path + u'\n' + module.id);
        if (parsed != m_parsedQuizzes.constEnd())
            m_quizzes.insert(entry.course.id + u'/' + module.id, *parsed);
    }
    m_courses.append(std::move(entry.course));
}

void CourseLibrary::load(const QStringList &bundledRoots, const QStringList &previewRoots)
{
    m_courses.clear();
    m_problems.clear();
    m_diagnostics.clear();
    m_quizzes.clear();
    m_gradedIds.clear();
    m_parsedQuizzes.clear();
    m_previewCourseId.clear();
    m_replacedNotice.clear();

    for (CourseCache::Entry &entry : loadRoots(previewRoots)) {
        if (m_previewCourseId.isEmpty())
            m_previewCourseId = entry.course.id;
        accept(std::move(entry));
    }
    QStringList replaced;
    for (CourseCache::Entry &entry : loadRoots(bundledRoots)) {
        const Course &course = entry.course;
        const Course *preview = this->course(course.id);
        if (preview == nullptr) {
            accept(std::move(entry));
            continue;
        }
        qCWarning(lcLibrary).noquote() << "the course in" << preview->path << "replaces the bundled course"
                                       << course.id << "(same id; they share progress)";
        replaced.append(tr("“%1” (from %2) is shown in place of the built-in course “%3”: both have the id "
                           "“%4”, so they share progress.")
                            .arg(preview->title, preview->path, course.title, course.id));
    }
    m_replacedNotice = replaced.join(u'\n');
    m_parsedQuizzes.clear();

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
        // Loading the course already found (and logged) these, now or at the start that cached it.
        if (!m_gradedIds.contains(key)) {
            for (const Diagnostic &d : std::as_const(diagnostics)) {
                if (d.isError())
                    qCWarning(lcLibrary).noquote() << d.toString();
            }
            m_diagnostics += diagnostics;
        }
    }
    return *m_quizzes.insert(key, questions);
}

QStringList CourseLibrary::gradedQuestionIds(const QString &courseId, const QString &moduleId)
{
    const auto known = m_gradedIds.constFind(courseId + u'/' + moduleId);
    if (known != m_gradedIds.constEnd())
        return *known;
    QStringList graded;
    for (const Question &question : quiz(courseId, moduleId)) {
        if (question.isGraded())
            graded.append(question.id);
    }
    return graded;
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
        s.questionIds = gradedQuestionIds(courseId, module.id);
        result.append(s);
    }
    return result;
}
