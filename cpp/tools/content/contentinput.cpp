#include "contentinput.h"

#include "content/breathingfile.h"
#include "content/courseloader.h"
#include "content/coursepath.h"
#include "content/frontmatter.h"
#include "content/lessonfile.h"
#include "content/textfile.h"
#include "displaypath.h"
#include "gift/giftparser.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace {

// Groups diagnostics by file (files in the order they were read) and orders each file's by position,
// the way an author works through them in an editor.
void sortByFile(Diagnostics *diagnostics)
{
    QHash<QString, int> fileOrder;
    for (const auto &diagnostic : std::as_const(*diagnostics)) {
        if (!fileOrder.contains(diagnostic.path))
            fileOrder.insert(diagnostic.path, int(fileOrder.size()));
    }
    std::stable_sort(diagnostics->begin(), diagnostics->end(), [&fileOrder](const Diagnostic &a, const Diagnostic &b) {
        const int fileA = fileOrder.value(a.path);
        const int fileB = fileOrder.value(b.path);
        if (fileA != fileB)
            return fileA < fileB;
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

// The course folder a file belongs to: the nearest folder above it with a course.md, if any.
QString courseFolderAbove(const QString &file)
{
    QDir dir = QFileInfo(file).dir();
    for (int depth = 0; depth < 8; ++depth) {
        if (dir.exists(QStringLiteral("course.md")))
            return QDir::cleanPath(dir.path());
        if (!dir.cdUp())
            break;
    }
    return {};
}

// A course with the id of a course built into the app (PAUSA_BUNDLED_COURSES, "id=source folder|…")
// replaces that one in the app, and the two share their learners' progress: said at the id, unless the
// folder is the built-in course's own source.
void warnOfBundledId(const Course &course, const QString &folder, Diagnostics *diagnostics)
{
    for (const QString &entry : QStringLiteral(PAUSA_BUNDLED_COURSES).split(u'|', Qt::SkipEmptyParts)) {
        if (entry.section(u'=', 0, 0) != course.id
            || QFileInfo(folder).canonicalFilePath() == QFileInfo(entry.section(u'=', 1)).canonicalFilePath())
            continue;
        const QString manifest = folder + QStringLiteral("/course.md");
        int line = 0;
        int column = 0;
        TextFile file;
        FrontMatter frontMatter;
        if (file.read(manifest, manifest, nullptr) && frontMatter.parse(file.text(), manifest, nullptr)) {
            if (const FrontMatterEntry *id = frontMatter.find(u"id")) {
                line = id->line;
                column = id->valueColumn;
            }
        }
        diagnostics->append(Diagnostic::warning(manifest, line, column,
            QStringLiteral("the id \"") + course.id
                + QStringLiteral("\" is the built-in course's: in the app this course replaces it, and the two share "
                                 "their learners' progress; give this course an id of its own")));
    }
}

void loadCourseFolders(ContentInput *input, const QStringList &folders)
{
    QStringList seenIds;
    for (const QString &folder : folders) {
        CourseLoader loader(LoadDepth::Full);
        std::optional<Course> course = loader.loadCourse(folder);
        Diagnostics diagnostics = loader.takeDiagnostics();
        if (course)
            warnOfBundledId(*course, folder, &diagnostics);
        sortByFile(&diagnostics);
        if (course && seenIds.contains(course->id)) {
            diagnostics.append(Diagnostic::error(folder + QStringLiteral("/course.md"), 0, 0,
                QStringLiteral("the course id \"") + course->id
                    + QStringLiteral("\" is used by another course here; this one is left out")));
            course.reset();
        }
        input->diagnostics.append(diagnostics);
        if (!course)
            continue;
        seenIds.append(course->id);
        input->courses.append(std::move(*course));
        input->courseDiagnostics.append(diagnostics);
    }
}

void loadFile(ContentInput *input)
{
    const QString &path = input->path;
    TextFile file;
    if (path.endsWith(QStringLiteral(".gift"), Qt::CaseInsensitive)) {
        input->kind = ContentInput::Kind::Gift;
        if (!file.read(path, path, &input->diagnostics))
            return;
        GiftParseResult result = parseGift(file.text(), path);
        input->questions = std::move(result.questions);
        input->diagnostics.append(result.diagnostics);
        return;
    }
    if (!file.read(path, path, &input->diagnostics))
        return;
    // A breathing exercise is the .md file with a pattern; anything else is read as a lesson.
    FrontMatter peek;
    const bool isBreathing = peek.parse(file.text(), path, nullptr) && peek.contains(u"pattern");
    if (isBreathing) {
        input->kind = ContentInput::Kind::Breathing;
        input->breathing = BreathingFile::parse(file.text(), path, &input->diagnostics);
        return;
    }
    input->kind = ContentInput::Kind::Lesson;
    const QString courseFolder = courseFolderAbove(path);
    const CoursePath course(courseFolder);
    input->lesson = LessonFile::parse(file.text(), path, LoadDepth::Full, courseFolder.isEmpty() ? nullptr : &course,
                                      &input->diagnostics);
}

} // namespace

ContentInput ContentInput::load(const QString &argument)
{
    ContentInput input;
    input.path = displayPath(argument);
    const QFileInfo info(input.path);
    if (info.isDir()) {
        const QStringList folders = CourseLoader::findCourseFolders(input.path, &input.diagnostics);
        const bool isCourse = QFileInfo::exists(input.path + QStringLiteral("/course.md"));
        input.kind = isCourse ? Kind::Course : (folders.isEmpty() ? Kind::Unusable : Kind::Courses);
        loadCourseFolders(&input, folders);
        return input;
    }
    if (!info.exists()) {
        input.diagnostics.append(Diagnostic::error(input.path, 0, 0, QStringLiteral("file or folder not found")));
        return input;
    }
    // course.md and module.md stand for their whole course.
    if (info.fileName() == u"course.md" || info.fileName() == u"module.md") {
        const QString folder = courseFolderAbove(input.path);
        if (!folder.isEmpty()) {
            input.path = folder;
            input.kind = Kind::Course;
            loadCourseFolders(&input, {folder});
            return input;
        }
    }
    if (!input.path.endsWith(QStringLiteral(".gift"), Qt::CaseInsensitive)
        && !input.path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)) {
        input.diagnostics.append(Diagnostic::error(input.path, 0, 0,
            QStringLiteral("not something pausa-content reads: give a course folder, a folder of courses, "
                           "a .gift file or a lesson .md file")));
        return input;
    }
    loadFile(&input);
    sortByFile(&input.diagnostics);
    return input;
}

int ContentInput::moduleCount() const
{
    int total = 0;
    for (const auto &course : courses)
        total += int(course.modules.size());
    return total;
}

int ContentInput::lessonCount() const
{
    int total = lesson ? 1 : 0;
    for (const auto &course : courses)
        total += course.lessonCount();
    return total;
}

int ContentInput::questionCount() const
{
    int total = int(questions.size());
    for (const auto &course : courses)
        total += course.questionCount();
    return total;
}
