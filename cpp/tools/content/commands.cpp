#include "commands.h"

#include "content/coursejson.h"
#include "content/courselinks.h"
#include "content/coursepath.h"
#include "content/lessonfile.h"
#include "contentinput.h"
#include "gift/giftjson.h"
#include "statstable.h"

#include <QJsonDocument>
#include <QTextStream>

namespace {

// Puts `diagnostic` among the problems of its file, in line order; after everything when its file has none.
void insertByFile(Diagnostics *diagnostics, const Diagnostic &diagnostic)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < diagnostics->size(); ++i) {
        const Diagnostic &d = diagnostics->at(i);
        if (d.path != diagnostic.path)
            continue;
        at = i + 1;
        if (d.line > diagnostic.line || (d.line == diagnostic.line && d.column > diagnostic.column)) {
            at = i;
            break;
        }
    }
    diagnostics->insert(at < 0 ? diagnostics->size() : at, diagnostic);
}

// The images and links of a course's [markdown] quiz questions, by the rules a lesson's follow
// (CourseLinks). Each problem is put at its question's line and column 1: a question's text is read
// with its escapes resolved ("\n" is a line break), so a place inside it would not be the file's.
Diagnostics quizLinkProblems(const Course &course)
{
    Diagnostics problems;
    const CoursePath folder(course.path);
    for (const CourseModule &module : course.modules) {
        for (const Question &question : module.quiz) {
            if (question.format != TextFormat::Markdown)
                continue;
            Diagnostics found;
            CourseLinks::check(question.stem, question.line, 1, folder, module.quizPath, LessonFile::maxImageBytes,
                               &found);
            for (Diagnostic diagnostic : std::as_const(found)) {
                diagnostic.line = question.line;
                diagnostic.column = 1;
                problems.append(diagnostic);
            }
        }
    }
    return problems;
}

// Questions as the app counts them, the graded ones (gradedQuestionCount), as `stats` does too.
int gradedQuestions(const ContentInput &input)
{
    int total = gradedQuestionCount(input.questions);
    for (const Course &course : input.courses) {
        for (const CourseModule &module : course.modules)
            total += gradedQuestionCount(module.quiz);
    }
    return total;
}

} // namespace

int runCheck(const QStringList &paths, QTextStream &out)
{
    int courses = 0;
    int modules = 0;
    int lessons = 0;
    int questions = 0;
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (const QString &path : paths) {
        ContentInput input = ContentInput::load(path);
        for (const Course &course : std::as_const(input.courses)) {
            for (const Diagnostic &diagnostic : quizLinkProblems(course))
                insertByFile(&input.diagnostics, diagnostic);
        }
        for (const auto &diagnostic : input.diagnostics)
            out << diagnostic.toString() << u'\n';
        courses += int(input.courses.size());
        modules += input.moduleCount();
        lessons += input.lessonCount();
        questions += gradedQuestions(input);
        const qsizetype inputErrors = errorCount(input.diagnostics);
        errors += inputErrors;
        warnings += input.diagnostics.size() - inputErrors;
    }
    out << courses << " courses, " << modules << " modules, " << lessons << " lessons, " << questions
        << " questions: " << errors << " errors, " << warnings << " warnings\n";
    return errors > 0 ? 1 : 0;
}

int runDump(const QString &path, QTextStream &out, QTextStream &err)
{
    const ContentInput input = ContentInput::load(path);
    for (const auto &diagnostic : input.diagnostics)
        err << diagnostic.toString() << u'\n';
    err.flush();

    QJsonObject json;
    switch (input.kind) {
    case ContentInput::Kind::Gift:
        json = questionsToJson(input.questions);
        break;
    case ContentInput::Kind::Lesson:
        if (input.lesson)
            json = lessonToJson(*input.lesson);
        break;
    case ContentInput::Kind::Breathing:
        if (input.breathing)
            json = breathingToJson(*input.breathing);
        break;
    case ContentInput::Kind::Course:
        if (!input.courses.isEmpty())
            json = courseToJson(input.courses.first());
        json.insert(QStringLiteral("diagnostics"), diagnosticsToJson(input.diagnostics));
        break;
    case ContentInput::Kind::Courses: {
        QJsonArray courses;
        for (qsizetype i = 0; i < input.courses.size(); ++i) {
            QJsonObject course = courseToJson(input.courses[i]);
            course.insert(QStringLiteral("diagnostics"), diagnosticsToJson(input.courseDiagnostics[i]));
            courses.append(course);
        }
        json.insert(QStringLiteral("courses"), courses);
        json.insert(QStringLiteral("diagnostics"), diagnosticsToJson(input.diagnostics));
        break;
    }
    case ContentInput::Kind::Unusable:
        json.insert(QStringLiteral("diagnostics"), diagnosticsToJson(input.diagnostics));
        break;
    }
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return errorCount(input.diagnostics) > 0 ? 1 : 0;
}

int runStats(const QStringList &paths, QTextStream &out, QTextStream &err)
{
    qsizetype errors = 0;
    for (const QString &path : paths) {
        ContentInput input = ContentInput::load(path);
        for (const Course &course : std::as_const(input.courses)) {
            for (const Diagnostic &diagnostic : quizLinkProblems(course))
                insertByFile(&input.diagnostics, diagnostic);
        }
        for (const auto &diagnostic : input.diagnostics) {
            if (diagnostic.isError())
                err << diagnostic.toString() << u'\n';
        }
        errors += errorCount(input.diagnostics);
        printStats(input, out);
    }
    err.flush();
    return errors > 0 ? 1 : 0;
}
