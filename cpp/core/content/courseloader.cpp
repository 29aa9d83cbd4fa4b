#include "courseloader.h"

#include "breathingfile.h"
#include "contentid.h"
#include "contentlimits.h"
#include "contentlog.h"
#include "coursepath.h"
#include "frontmatter.h"
#include "gift/giftparser.h"
#include "lessonfile.h"
#include "textfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

const QString courseFileName = QStringLiteral("course.md");
const QString moduleFileName = QStringLiteral("module.md");

QString joinPath(const QString &folder, const QString &name)
{
    return QDir::cleanPath(folder + u'/' + name);
}

bool isLanguageTag(QStringView tag)
{
    // "sv", "en", "en-GB", "pt-BR": a 2–3 letter language, then optional subtags.
    const auto parts = tag.split(u'-');
    if (parts.first().size() < 2 || parts.first().size() > 3)
        return false;
    for (const QChar c : parts.first()) {
        if (c < u'a' || c > u'z')
            return false;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].isEmpty() || parts[i].size() > 8)
            return false;
        for (const QChar c : parts[i]) {
            if (!(c.isLetterOrNumber() && c.unicode() < 0x80))
                return false;
        }
    }
    return true;
}

} // namespace

CourseLoader::CourseLoader(LoadDepth depth)
    : m_depth(depth)
{
}

QList<Course> CourseLoader::loadCourses(const QStringList &roots)
{
    QList<Course> courses;
    QHash<QString, QString> coursePlaces;
    for (const QString &root : roots) {
        const QStringList folders = findCourseFolders(root, &m_diagnostics);
        for (const QString &folder : folders) {
            std::optional<Course> course = loadCourse(folder);
            if (!course)
                continue;
            const QString manifest = joinPath(folder, courseFileName);
            if (const auto first = coursePlaces.constFind(course->id); first != coursePlaces.constEnd()) {
                m_diagnostics.append(Diagnostic::error(manifest, 0, 0,
                    QStringLiteral("the course id \"") + course->id + QStringLiteral("\" is already used by ")
                        + *first + QStringLiteral("; this course is left out")));
                continue;
            }
            coursePlaces.insert(course->id, manifest);
            courses.append(std::move(*course));
        }
    }
    return courses;
}

std::optional<Course> CourseLoader::loadCourse(const QString &folder)
{
    QElapsedTimer timer;
    timer.start();
    m_idPlaces.clear();
    m_listedAt.clear();
    m_courseBytes = 0;
    const QString clean = QDir::cleanPath(folder);
    const QString manifest = joinPath(clean, courseFileName);
    const CoursePath coursePath(clean);
    TextFile file;
    if (!readInside(coursePath, manifest, &file))
        return std::nullopt;
    FrontMatter frontMatter;
    if (!frontMatter.parse(file.text(), manifest, &m_diagnostics))
        return std::nullopt;
    static const QSet<QString> known{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("language"),
                                     QStringLiteral("pass_mark"), QStringLiteral("modules")};
    frontMatter.warnUnknownKeys(known, manifest, &m_diagnostics);

    Course course;
    course.path = clean;
    course.id = frontMatter.string(u"id", true, manifest, &m_diagnostics);
    course.title = frontMatter.string(u"title", true, manifest, &m_diagnostics);
    course.language = frontMatter.string(u"language", true, manifest, &m_diagnostics);
    ContentId::check(course.id, frontMatter, manifest, &m_diagnostics);
    if (const FrontMatterEntry *language = frontMatter.find(u"language");
        language && !course.language.isEmpty() && !isLanguageTag(course.language)) {
        m_diagnostics.append(Diagnostic::error(manifest, language->line, language->valueColumn,
            QStringLiteral("\"") + course.language
                + QStringLiteral("\" is not a language code; write it like \"sv\" or \"en\"")));
    }
    if (const FrontMatterEntry *passMark = frontMatter.find(u"pass_mark")) {
        bool isNumber = false;
        const int value = passMark->value.toInt(&isNumber);
        if (isNumber && value >= 0 && value <= 100) {
            course.passMark = value;
        } else {
            m_diagnostics.append(Diagnostic::error(manifest, passMark->line, passMark->valueColumn,
                QStringLiteral("pass_mark must be a whole number from 0 to 100 (a percentage), found \"")
                    + passMark->value + QStringLiteral("\"; 80 is used")));
        }
    }
    course.description = file.text().sliced(frontMatter.bodyOffset()).trimmed();
    course.description.remove(u'\r');
    if (course.description.isEmpty())
        m_diagnostics.append(Diagnostic::warning(manifest, frontMatter.bodyLine(), 1,
            QStringLiteral("the course has no description: write a paragraph about it after the front matter")));
    if (course.id.isEmpty() || course.title.isEmpty())
        return std::nullopt;

    const QStringList modules = frontMatter.list(u"modules", manifest, &m_diagnostics);
    const FrontMatterEntry *modulesEntry = frontMatter.find(u"modules");
    if (modules.isEmpty() && (!modulesEntry || modulesEntry->isList)) {
        m_diagnostics.append(Diagnostic::error(manifest, modulesEntry ? modulesEntry->line : frontMatter.closingLine(),
            1, QStringLiteral("the course lists no modules: add \"modules:\" and one \"  - folder\" line per module")));
    }
    if (modules.size() > ContentLimits::maxModulesPerCourse) {
        // Refused before any module is read: loading thousands of them is what would take the time.
        const qsizetype first = ContentLimits::maxModulesPerCourse;
        m_diagnostics.append(ContentLimits::tooMany(manifest, modulesEntry->itemLines[first],
            modulesEntry->itemColumns[first], QStringLiteral("the course"), modules.size(), QStringLiteral("modules"),
            ContentLimits::maxModulesPerCourse, QStringLiteral("split it into several courses")));
        return std::nullopt;
    }
    QStringList listedFolders;
    for (qsizetype i = 0; i < modules.size(); ++i) {
        course.modules.append(loadModule(coursePath, modules[i], modulesEntry->itemLines[i],
                                         modulesEntry->itemColumns[i], manifest, &listedFolders));
        if (m_courseBytes > ContentLimits::maxCourseBytes)
            return std::nullopt;   // the error is at the file that went past the limit
    }
    if (m_depth == LoadDepth::Full)
        warnUnlisted(clean, listedFolders, {}, true);
    // The printf form: clang's -Wpedantic rejects the stream form's empty variadic macro arguments.
    qCDebug(lcContent, "loaded course %s from %s: %lld modules in %lld ms", qUtf8Printable(course.id),
            qUtf8Printable(clean), qlonglong(course.modules.size()), qlonglong(timer.elapsed()));
    return course;
}

CourseModule CourseLoader::loadModule(const CoursePath &course, const QString &reference, int line, int column,
                                      const QString &manifestPath, QStringList *listedFolders)
{
    const qsizetype mark = m_diagnostics.size();
    CourseModule module;
    module.title = reference;
    const CoursePath::Resolved folder = course.resolve(reference);
    module.folder = folder.ok() ? folder.path : joinPath(course.folder(), reference);
    if (!folder.ok() || !QFileInfo(folder.path).isDir()) {
        m_diagnostics.append(Diagnostic::error(manifestPath, line, column,
            folder.ok() ? QStringLiteral("\"") + reference + QStringLiteral("\" is a file; modules are folders")
                        : folder.error));
        markFailed(&module, mark);
        return module;
    }
    listedFolders->append(folder.path);
    const QString modulePath = joinPath(folder.path, moduleFileName);
    TextFile file;
    FrontMatter frontMatter;
    if (!readInside(course, modulePath, &file) || !frontMatter.parse(file.text(), modulePath, &m_diagnostics)) {
        markFailed(&module, mark);
        return module;
    }
    static const QSet<QString> known{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                                     QStringLiteral("lessons"), QStringLiteral("quiz"), QStringLiteral("breathing")};
    frontMatter.warnUnknownKeys(known, modulePath, &m_diagnostics);
    module.id = frontMatter.string(u"id", true, modulePath, &m_diagnostics);
    const QString title = frontMatter.string(u"title", true, modulePath, &m_diagnostics);
    if (!title.isEmpty())
        module.title = title;
    module.summary = frontMatter.string(u"summary", false, modulePath, &m_diagnostics);
    ContentId::check(module.id, frontMatter, modulePath, &m_diagnostics);
    bool usable = !module.id.isEmpty() && !title.isEmpty();
    if (!module.id.isEmpty()) {
        const FrontMatterEntry *idEntry = frontMatter.find(u"id");
        usable = registerId(module.id, modulePath, idEntry ? idEntry->line : 1) && usable;
    }

    QStringList listed{modulePath};
    loadListed(course, frontMatter, folder.path, &module, &listed,
               {u"lessons", QStringLiteral("lessons"), ContentLimits::maxLessonsPerModule,
                QStringLiteral("split it into two modules")},
               [this, &course](const QString &path, int *idLine) {
                   return LessonFile::read(path, m_depth, &course, &m_diagnostics, idLine);
               },
               &module.lessons);
    loadQuiz(course, frontMatter, folder.path, &module, &listed);
    loadListed(course, frontMatter, folder.path, &module, &listed,
               {u"breathing", QStringLiteral("breathing exercises"), ContentLimits::maxBreathingPerModule,
                QStringLiteral("move some to another module")},
               [this](const QString &path, int *idLine) { return BreathingFile::read(path, &m_diagnostics, idLine); },
               &module.breathing);
    const FrontMatterEntry *lessons = frontMatter.find(u"lessons");
    const bool listsLessons = lessons && !lessons->items.isEmpty();
    const FrontMatterEntry *quiz = frontMatter.find(u"quiz");
    const bool namesQuiz = quiz && !quiz->value.isEmpty();
    if (!listsLessons && !namesQuiz) {
        m_diagnostics.append(Diagnostic::error(modulePath, frontMatter.closingLine(), 1,
            QStringLiteral("the module has neither lessons nor a quiz: add \"lessons:\" with its lesson files")));
        usable = false;
    } else if (listsLessons && !namesQuiz) {
        m_diagnostics.append(Diagnostic::warning(modulePath, frontMatter.closingLine(), 1,
            QStringLiteral("the module has no quiz; add \"quiz: quiz.gift\" so learners can test what they read")));
    }
    if (!usable)
        markFailed(&module, mark);
    if (m_depth == LoadDepth::Full)
        warnUnlisted(folder.path, listed, {QStringLiteral(".md"), QStringLiteral(".gift")}, false);
    return module;
}

// The files module.md lists under one key (lessons, breathing): each resolved inside the course, listed
// once, counted against the course's bytes, read with `read` and its id registered. Any problem marks
// the module failed, with the rest still read so every problem is reported.
template <typename Item, typename Read>
void CourseLoader::loadListed(const CoursePath &course, const FrontMatter &frontMatter, const QString &modulePath,
                              CourseModule *module, QStringList *listed, const ListedKind &kind, Read read,
                              QList<Item> *items)
{
    const qsizetype mark = m_diagnostics.size();
    const QString manifest = joinPath(modulePath, moduleFileName);
    const QStringList files = frontMatter.list(kind.key, manifest, &m_diagnostics);
    const FrontMatterEntry *entry = frontMatter.find(kind.key);
    if (!withinLimit(manifest, entry, files.size(), kind.items, kind.limit, kind.advice)) {
        markFailed(module, mark);
        return;
    }
    bool usable = m_diagnostics.size() == mark;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const CoursePath::Resolved file = course.resolve(files[i], modulePath);
        if (!file.ok()) {
            m_diagnostics.append(Diagnostic::error(manifest, entry->itemLines[i], entry->itemColumns[i], file.error));
            usable = false;
            continue;
        }
        if (!listOnce(file.path, manifest, entry->itemLines[i], entry->itemColumns[i], listed)) {
            usable = false;
            continue;
        }
        if (!countBytes(file.path)) {
            usable = false;
            break;
        }
        int idLine = 1;
        std::optional<Item> item = read(file.path, &idLine);
        if (!item || !registerId(item->id, file.path, idLine)) {
            usable = false;
            continue;
        }
        items->append(std::move(*item));
    }
    if (!usable)
        markFailed(module, mark);
}

void CourseLoader::loadQuiz(const CoursePath &course, const FrontMatter &frontMatter, const QString &modulePath,
                            CourseModule *module, QStringList *listed)
{
    const qsizetype mark = m_diagnostics.size();
    const QString manifest = joinPath(modulePath, moduleFileName);
    const QString reference = frontMatter.string(u"quiz", false, manifest, &m_diagnostics);
    const FrontMatterEntry *entry = frontMatter.find(u"quiz");
    if (reference.isEmpty()) {
        if (m_diagnostics.size() > mark)
            markFailed(module, mark);
        return;
    }
    const CoursePath::Resolved file = course.resolve(reference, modulePath);
    if (!file.ok()) {
        m_diagnostics.append(Diagnostic::error(manifest, entry->line, entry->valueColumn, file.error));
        markFailed(module, mark);
        return;
    }
    listed->append(file.path);
    module->quizPath = file.path;
    if (!countBytes(file.path)) {   // counted at every depth: the app reads it when the quiz is opened
        markFailed(module, mark);
        return;
    }
    if (!file.path.endsWith(QStringLiteral(".gift"), Qt::CaseInsensitive))
        m_diagnostics.append(Diagnostic::warning(manifest, entry->line, entry->valueColumn,
            QStringLiteral("a quiz is a GIFT file; its name should end in .gift")));
    if (m_depth != LoadDepth::Full)
        return;
    TextFile text;
    if (!text.read(file.path, file.path, &m_diagnostics)) {
        markFailed(module, mark);
        return;
    }
    GiftParseResult quiz = parseGift(text.text(), file.path);
    m_diagnostics.append(quiz.diagnostics);
    if (quiz.questions.isEmpty() && errorCount(quiz.diagnostics) == 0)
        m_diagnostics.append(Diagnostic::error(file.path, 0, 0, QStringLiteral("the quiz has no questions")));
    module->quiz = std::move(quiz.questions);
    module->quizLoaded = true;
}

void CourseLoader::markFailed(CourseModule *module, qsizetype firstDiagnostic) const
{
    module->failed = true;
    if (!module->error.isEmpty())
        return;
    for (qsizetype i = firstDiagnostic; i < m_diagnostics.size(); ++i) {
        const Diagnostic &diagnostic = m_diagnostics.at(i);
        if (diagnostic.isError()) {
            module->error = diagnostic.path + u':' + QString::number(diagnostic.line) + u':'
                + QString::number(diagnostic.column) + QStringLiteral(": ") + diagnostic.message;
            return;
        }
    }
}

QList<Question> loadModuleQuiz(const CourseModule &module, Diagnostics *diagnostics)
{
    if (module.quizLoaded || !module.hasQuiz())
        return module.quiz;
    TextFile file;
    if (!file.read(module.quizPath, module.quizPath, diagnostics))
        return {};
    GiftParseResult quiz = parseGift(file.text(), module.quizPath);
    if (diagnostics)
        diagnostics->append(quiz.diagnostics);
    return std::move(quiz.questions);
}

std::optional<Course> loadCourse(const QString &folder, LoadDepth depth, Diagnostics *diagnostics)
{
    CourseLoader loader(depth);
    std::optional<Course> course = loader.loadCourse(folder);
    if (diagnostics)
        diagnostics->append(loader.takeDiagnostics());
    return course;
}

std::optional<Course> loadCatalog(const QString &folder, Diagnostics *diagnostics)
{
    return loadCourse(folder, LoadDepth::Catalog, diagnostics);
}
