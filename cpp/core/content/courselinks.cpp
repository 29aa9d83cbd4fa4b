#include "courselinks.h"

#include "coursepath.h"
#include "markdownrefs.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

const QString inCourseFolder = QStringLiteral(" (images and sounds are relative to the course folder)");

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

bool isWebScheme(const QString &scheme)
{
    return scheme == u"https" || scheme == u"http" || scheme == u"mailto";
}

// A link to a picture, by its file name (a sound or a PDF is another matter).
bool looksLikeImage(const QString &target)
{
    static const QStringList suffixes{QStringLiteral(".png"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
                                      QStringLiteral(".gif"), QStringLiteral(".webp"), QStringLiteral(".bmp")};
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&target](const QString &suffix) { return target.endsWith(suffix, Qt::CaseInsensitive); });
}

// The file a reference resolves to, if it is a regular file inside the course (symbolic links resolved).
CourseLinks::Verdict courseFile(const CoursePath &course, const QString &reference)
{
    CourseLinks::Verdict verdict;
    const CoursePath::Resolved resolved = course.resolve(reference);
    if (!resolved.ok()) {
        verdict.error = resolved.error + inCourseFolder;
        return verdict;
    }
    // QFileInfo follows symbolic links (resolve() has checked where they lead); a pipe or a device is
    // not a file (reading one would block the app or never end), nor is a folder.
    if (!QFileInfo(resolved.path).isFile()) {
        verdict.error = quoted(reference) + QStringLiteral(" is not a regular file (a folder, a pipe or a device)");
        return verdict;
    }
    verdict.kind = CourseLinks::Verdict::Kind::CourseFile;
    verdict.address = resolved.path;
    return verdict;
}

int lineOf(const QList<qsizetype> &lineStarts, qsizetype offset)
{
    return int(std::upper_bound(lineStarts.begin(), lineStarts.end(), offset) - lineStarts.begin()) - 1;
}

} // namespace

namespace CourseLinks {

Verdict image(const CoursePath &course, const QString &target)
{
    Verdict verdict;
    QString scheme;
    if (target.trimmed().isEmpty()) {
        verdict.error = QStringLiteral("the image has no file name");
    } else if (MarkdownRefs::hasScheme(target, &scheme) || target.startsWith(QStringLiteral("//"))) {
        verdict.error = QStringLiteral("the image ") + quoted(target)
            + (scheme == u"https" || scheme == u"http" || scheme.isEmpty()
                   ? QStringLiteral(" is on the web; the app shows only images in the course folder "
                                    "(it never fetches one): save it there and write its path")
                   : QStringLiteral(" uses ") + scheme
                       + QStringLiteral(":; the app shows only images in the course folder, written as a path "
                                        "relative to it"));
    } else {
        verdict = courseFile(course, target);
        if (verdict.ok() && QFileInfo(verdict.address).size() > maxImageFileBytes) {
            verdict.kind = Verdict::Kind::Refused;
            verdict.error = QStringLiteral("the image ") + quoted(target) + QStringLiteral(" is larger than ")
                + QString::number(maxImageFileBytes / (1024 * 1024)) + QStringLiteral(" MB; the app does not show it");
        }
    }
    return verdict;
}

Verdict link(const CoursePath &course, const QString &target)
{
    Verdict verdict;
    QString scheme;
    if (target.isEmpty() || target.startsWith(u'#')) {
        verdict.kind = Verdict::Kind::Anchor;
    } else if (MarkdownRefs::hasScheme(target, &scheme)) {
        if (isWebScheme(scheme)) {
            verdict.kind = Verdict::Kind::Web;
            verdict.address = target;
        } else {
            verdict.error = QStringLiteral("the link ") + quoted(target) + QStringLiteral(" uses ") + scheme
                + QStringLiteral(":, which the app does not open; a link may be https:, http: or mailto:, "
                                 "or a file in the course folder");
        }
    } else {
        // "kapitel.pdf#sida=2": the file is what has to be in the course.
        QString file = target;
        const qsizetype cut = file.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        if (cut >= 0)
            file.truncate(cut);
        verdict = courseFile(course, file);
    }
    return verdict;
}

QString fileUrl(const QString &path)
{
    if (path.startsWith(u':'))
        return QStringLiteral("qrc") + path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
}

QString forDisplay(QStringView markdown, const CoursePath &course, QStringList *imageUrls)
{
    QString out;
    out.reserve(markdown.size());
    qsizetype at = 0;
    for (const MarkdownRef &ref : MarkdownRefs::find(markdown)) {
        if (ref.start < at)
            continue;   // inside an image already rewritten
        switch (ref.kind) {
        case MarkdownRef::Kind::Image: {
            out.append(markdown.sliced(at, ref.start - at));
            const QString alt = forDisplay(ref.text, course, imageUrls);
            const Verdict verdict = image(course, ref.target);
            if (verdict.ok()) {
                const QString url = fileUrl(verdict.address);
                if (imageUrls)
                    imageUrls->append(url);
                out.append(QStringLiteral("![") + alt + QStringLiteral("](<") + url + QStringLiteral(">)"));
            } else {
                out.append(alt);
            }
            at = ref.end;
            break;
        }
        case MarkdownRef::Kind::ImageMark:
            out.append(markdown.sliced(at, ref.start - at));
            out.append(QStringLiteral("\\!"));
            at = ref.end;
            break;
        case MarkdownRef::Kind::Html:
            out.append(markdown.sliced(at, ref.start - at));
            out.append(QStringLiteral("&lt;"));
            at = ref.end;
            break;
        default:
            break;
        }
    }
    out.append(markdown.sliced(at));
    return out;
}

void check(QStringView markdown, int firstLine, int firstColumn, const CoursePath &course, const QString &path,
           qint64 warnImageBytes, Diagnostics *diagnostics)
{
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = markdown.indexOf(u'\n'); i >= 0; i = markdown.indexOf(u'\n', i + 1))
        lineStarts.append(i + 1);
    const auto position = [&](qsizetype offset, int *line, int *column) {
        const int index = lineOf(lineStarts, offset);
        *line = firstLine + index;
        *column = int(offset - lineStarts.at(index)) + 1 + (index == 0 ? firstColumn - 1 : 0);
    };
    for (const MarkdownRef &ref : MarkdownRefs::find(markdown)) {
        int line = 0;
        int column = 0;
        position(ref.targetStart, &line, &column);
        Verdict verdict;
        switch (ref.kind) {
        case MarkdownRef::Kind::Image:
            verdict = image(course, ref.target);
            break;
        case MarkdownRef::Kind::Link:
        case MarkdownRef::Kind::Autolink:
        case MarkdownRef::Kind::Definition:
            verdict = link(course, ref.target);
            break;
        case MarkdownRef::Kind::Html:
            diagnostics->append(Diagnostic::warning(path, line, column,
                QStringLiteral("raw HTML is shown as text, not as HTML (write Markdown instead, or \\< for a "
                               "literal <)")));
            continue;
        case MarkdownRef::Kind::ImageMark:
            continue;
        }
        if (!verdict.ok()) {
            diagnostics->append(Diagnostic::error(path, line, column, verdict.error));
            continue;
        }
        if (verdict.kind != Verdict::Kind::CourseFile || !looksLikeImage(ref.target))
            continue;
        const qint64 bytes = QFileInfo(verdict.address).size();
        if (bytes > warnImageBytes && bytes <= maxImageFileBytes)
            diagnostics->append(Diagnostic::warning(path, line, column,
                QStringLiteral("the image '") + ref.target + QStringLiteral("' is ")
                    + QString::number(double(bytes) / (1024 * 1024), 'f', 1)
                    + QStringLiteral(" MB; a phone shows it at most about 700 px wide, so save it about 1500 px "
                                     "wide (a JPEG of that size is some 300 KB)")));
    }
}

} // namespace CourseLinks
