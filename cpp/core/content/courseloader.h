#pragma once

#include "course.h"
#include "diagnostic.h"
#include "loaddepth.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class CoursePath;
class FrontMatter;
struct FrontMatterEntry;
class TextFile;

// Reads course folders (course.md, module folders, lessons, quizzes, breathing exercises) from disk or
// from Qt resources (":/lessons/…"). Every problem becomes a Diagnostic; a broken module is kept, marked
// failed, and the rest of the course still loads. Only a course whose course.md is unusable is left out.
class CourseLoader
{
public:
    explicit CourseLoader(LoadDepth depth = LoadDepth::Catalog);

    // Each root is a course folder (it has a course.md) or a folder of course folders (like lessons/).
    // Courses come in root order, then by folder name; a course id seen before is an error and skipped.
    QList<Course> loadCourses(const QStringList &roots);
    // One course folder; nothing when its course.md cannot be used.
    std::optional<Course> loadCourse(const QString &folder);

    // The course folders of `root`: itself when it has a course.md, else its subfolders that have one.
    // A root that is neither is an error.
    static QStringList findCourseFolders(const QString &root, Diagnostics *diagnostics);

    LoadDepth depth() const { return m_depth; }
    // Everything found so far, in the order found.
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostics takeDiagnostics() { return std::exchange(m_diagnostics, {}); }

private:
    CourseModule loadModule(const CoursePath &course, const QString &reference, int line, int column,
                            const QString &manifestPath, QStringList *listedFolders);
    // What one list of module.md holds: its key, its items in words, its bound and what to do past it.
    struct ListedKind
    {
        QStringView key;
        QString items;
        int limit = 0;
        QString advice;
    };
    template <typename Item, typename Read>
    void loadListed(const CoursePath &course, const FrontMatter &frontMatter, const QString &modulePath,
                    CourseModule *module, QStringList *listed, const ListedKind &kind, Read read, QList<Item> *items);
    void loadQuiz(const CoursePath &course, const FrontMatter &frontMatter, const QString &modulePath,
                  CourseModule *module, QStringList *listed);
    // Adds the size of a course file to the course's total; false (an error at that file, once) when the
    // total goes past ContentLimits::maxCourseBytes.
    bool countBytes(const QString &path);
    // Reads course.md or module.md, refused when a symbolic link leads it outside the course folder.
    bool readInside(const CoursePath &course, const QString &path, TextFile *file);
    // Whether a module lists at most `limit` of its `items` (the list `entry`); an error at the first
    // one past it if not.
    bool withinLimit(const QString &manifest, const FrontMatterEntry *entry, qsizetype count,
                     const QString &items, int limit, const QString &advice);
    // Registers a lesson, module or exercise id; a duplicate is an error naming the first place.
    bool registerId(const QString &id, const QString &path, int line);
    // Notes that `path` is listed at `manifest` line:column (and appends it to `listed`); a file listed
    // before, in this module or another, is an error here.
    bool listOnce(const QString &path, const QString &manifest, int line, int column, QStringList *listed);
    void markFailed(CourseModule *module, qsizetype firstDiagnostic) const;
    // Warns about module folders (or .md/.gift files, by `suffixes`) that nothing lists.
    void warnUnlisted(const QString &folder, const QStringList &listed, const QStringList &suffixes,
                      bool foldersWithModule);

    LoadDepth m_depth;
    Diagnostics m_diagnostics;
    QHash<QString, QString> m_idPlaces;   // id -> "path:line" where it was first used, per course
    QHash<QString, QString> m_listedAt;   // lesson or exercise file -> "module.md line L" listing it first
    qint64 m_courseBytes = 0;             // the size of the course's files read so far
};

// The questions of a module's quiz, for a catalogue that did not parse them (the app, when a learner opens
// the quiz): `module.quiz` when loaded, else the GIFT file read now. Problems are appended when given.
QList<Question> loadModuleQuiz(const CourseModule &module, Diagnostics *diagnostics = nullptr);

// Conveniences over CourseLoader for one course folder; diagnostics are appended when given.
std::optional<Course> loadCatalog(const QString &folder, Diagnostics *diagnostics = nullptr);
std::optional<Course> loadCourse(const QString &folder, LoadDepth depth, Diagnostics *diagnostics = nullptr);
