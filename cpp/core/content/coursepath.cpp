#include "coursepath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdlib>
#endif

namespace {

// Why a path with a symbolic link on its way resolves to nothing: a loop of links (a -> b -> a), or a
// link to something that does not exist.
bool isLinkLoop(const QString &path)
{
#ifdef Q_OS_UNIX
    char *resolved = ::realpath(QFile::encodeName(path).constData(), nullptr);
    const bool loop = resolved == nullptr && errno == ELOOP;
    std::free(resolved);
    return loop;
#else
    Q_UNUSED(path);
    return false;
#endif
}

// "a/b.md": nothing for QDir::cleanPath() to do (no ".", "..", empty segment or trailing "/"), which is
// nearly every reference; cleaning costs more than the rest of resolve().
bool isPlainRelative(QStringView path)
{
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u'/', start);
        if (end < 0)
            end = path.size();
        const QStringView segment = path.sliced(start, end - start);
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace

CoursePath::CoursePath(const QString &courseFolder)
    : m_folder(QDir::cleanPath(courseFolder))
    , m_isResource(courseFolder.startsWith(u':'))
{
}

bool CoursePath::containsLexically(const QString &cleanPath) const
{
    if (m_folder == u"." )
        return cleanPath != u".." && !cleanPath.startsWith(u"../") && !QDir::isAbsolutePath(cleanPath);
    return cleanPath == m_folder
        || (cleanPath.startsWith(m_folder) && (m_folder.endsWith(u'/') || cleanPath.at(m_folder.size()) == u'/'));
}

bool CoursePath::contains(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    bool exists = false;
    return containsLexically(clean) && !leadsOutByLink(clean, &exists);
}

bool CoursePath::leadsOutByLink(const QString &clean, bool *exists, bool *loop) const
{
    if (m_isResource) {   // resources have no symbolic links
        *exists = QFileInfo::exists(clean);
        return false;
    }
    // Only a symbolic link below the course folder can lead out of it. Checking each step for being a
    // link (one lstat each, folders remembered) is much cheaper than resolving the whole path of every file.
    *exists = true;
    if (clean == m_folder)
        return false;
    const qsizetype slash = clean.lastIndexOf(u'/');
    if (slash > 0) {
        const QStringView parent = QStringView(clean).first(slash);
        if (parent == m_folder || m_plainFolders.contains(parent.toString())) {
            // The usual case, a file in a folder already checked: one lstat.
            const QFileInfo info(clean);
            if (!info.isSymLink()) {
                *exists = info.exists();
                if (*exists && info.isDir())
                    m_plainFolders.insert(clean);
                return false;
            }
        }
    }
    const QString relative = m_folder == u"." ? clean : clean.mid(m_folder.size() + 1);
    QString partial = m_folder == u"." ? QString() : m_folder;
    bool hasLink = false;
    for (const QStringView part : QStringView(relative).split(u'/')) {
        partial = partial.isEmpty() ? part.toString() : partial + u'/' + part;
        if (m_plainFolders.contains(partial))
            continue;
        const QFileInfo info(partial);
        if (info.isSymLink()) {
            hasLink = true;
            break;
        }
        if (!info.exists()) {
            *exists = false;
            return false;   // nothing to follow
        }
        if (info.isDir())
            m_plainFolders.insert(partial);
    }
    if (!hasLink)
        return false;
    if (isLinkLoop(clean)) {   // Qt's canonical path of a loop is not empty: say what it is
        *exists = false;
        if (loop)
            *loop = true;
        return true;
    }
    if (m_canonical.isEmpty())
        m_canonical = QFileInfo(m_folder).canonicalFilePath();
    const QString canonical = QFileInfo(clean).canonicalFilePath();
    *exists = !canonical.isEmpty();
    if (canonical.isEmpty())
        return true;   // a dangling link: it cannot be read, and where it points is none of our business
    return canonical != m_canonical && !canonical.startsWith(m_canonical + u'/');
}

CoursePath::Resolved CoursePath::resolve(const QString &reference, const QString &baseFolder, bool mustExist) const
{
    Resolved result;
    // Percent-encoding is resolved first, so "%2e%2e/" cannot slip past the ".." check below.
    const QString decoded = reference.contains(u'%') ? QUrl::fromPercentEncoding(reference.toUtf8()) : reference;
    if (decoded.trimmed().isEmpty()) {
        result.error = QStringLiteral("the file name is empty");
        return result;
    }
    if (decoded.startsWith(u'/') || decoded.startsWith(u'\\') || decoded.startsWith(u':')
        || (decoded.size() > 1 && decoded.at(1) == u':' && decoded.at(0).isLetter())) {
        result.error = QStringLiteral("\"") + reference
            + QStringLiteral("\" is an absolute path; write it relative to the course folder");
        return result;
    }
    if (decoded.contains(u'\\')) {
        result.error = QStringLiteral("\"") + reference + QStringLiteral("\" uses \\; separate folders with /");
        return result;
    }
    const QString base = baseFolder.isEmpty() || baseFolder == m_folder ? m_folder : QDir::cleanPath(baseFolder);
    // In the course folder "." (pausa-content run inside it) a file is "a/b.md", as cleanPath() would have it,
    // not "./a/b.md": the same file must have one path whichever way it was reached.
    const QString joined = isPlainRelative(decoded) ? (base == u"." ? decoded : base + u'/' + decoded)
                                                    : QDir::cleanPath(base + u'/' + decoded);
    if (!containsLexically(joined)) {
        result.error = QStringLiteral("\"") + reference
            + QStringLiteral("\" leads outside the course folder; files must be inside it");
        return result;
    }
    if (joined == m_folder) {
        result.error = QStringLiteral("\"") + reference + QStringLiteral("\" is the course folder itself, not a file in it");
        return result;
    }
    bool exists = false;
    bool loop = false;
    if (leadsOutByLink(joined, &exists, &loop)) {
        if (exists)
            result.error = QStringLiteral("\"") + reference
                + QStringLiteral("\" is a symbolic link to a place outside the course folder");
        else if (loop)
            result.error = QStringLiteral("\"") + reference
                + QStringLiteral("\" is a loop of symbolic links (a link that leads back to itself); it cannot be read");
        else
            result.error = QStringLiteral("\"") + reference
                + QStringLiteral("\" is a symbolic link to nothing (what it points to does not exist)");
        return result;
    }
    if (!exists && mustExist) {
        result.error = QStringLiteral("file not found: ") + reference;
        return result;
    }
    result.path = joined;
    return result;
}
