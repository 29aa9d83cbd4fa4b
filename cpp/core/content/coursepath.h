#pragma once

#include <QSet>
#include <QString>

// Keeps file references inside one course folder: a lesson's image, a module's lesson list and the app
// opening a course file all go through resolve(), so no course can reach a file outside its own folder
// (by "..", an absolute path or a symbolic link pointing out). Works for Qt resource paths (":/…") too.
class CoursePath
{
public:
    explicit CoursePath(const QString &courseFolder);

    struct Resolved
    {
        QString path;    // the file's path (the course folder's path joined with the reference), if ok
        QString error;   // why the reference is refused, in words for the author; empty if ok
        bool ok() const { return error.isEmpty(); }
    };

    // Resolves `reference` (relative, "/" separated, percent-encoding allowed) against `baseFolder`, a
    // folder inside the course (the course folder when empty). With `mustExist`, a missing file is an error.
    Resolved resolve(const QString &reference, const QString &baseFolder = {}, bool mustExist = true) const;

    // Whether `path` (already joined) lies inside the course folder, symbolic links followed.
    bool contains(const QString &path) const;

    const QString &folder() const { return m_folder; }

private:
    bool containsLexically(const QString &cleanPath) const;
    // Whether a symbolic link on the way from the folder to `cleanPath` leads out (or nowhere: a loop of
    // links, a link to nothing); sets whether it exists and whether it is a loop.
    bool leadsOutByLink(const QString &cleanPath, bool *exists, bool *loop = nullptr) const;

    QString m_folder;            // cleaned
    mutable QString m_canonical; // the folder with symbolic links resolved, computed on first need
    mutable QSet<QString> m_plainFolders;   // folders below m_folder known not to be symbolic links
    bool m_isResource = false;
};
