// CourseLinks for the HTML-like text of GIFT questions in Moodle and [html] format, which the app
// shows as Qt's styled text: of its tags only <img> loads anything, so only images are rewritten.
#include "courselinks.h"

#include <QRegularExpression>

namespace CourseLinks {

namespace {

// The value of attribute `name` in one tag's text, quoted either way or bare; empty when absent.
QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("\\b") + name
                                         + QStringLiteral("\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group) {
        if (match.capturedLength(group) > 0)
            return match.captured(group);
    }
    return {};
}

} // namespace

QString htmlForDisplay(const QString &html, const CoursePath &course)
{
    if (!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive))
        return html;   // nearly every text: no expression run
    static const QRegularExpression imageTag(QStringLiteral("<img\\b[^>]*>?"), QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator tags = imageTag.globalMatch(html);
    while (tags.hasNext()) {
        const QRegularExpressionMatch tag = tags.next();
        out += QStringView(html).mid(from, tag.capturedStart() - from);
        from = tag.capturedEnd();
        const Verdict verdict = image(course, attribute(tag.captured(), QStringLiteral("src")));
        const QString alt = attribute(tag.captured(), QStringLiteral("alt")).toHtmlEscaped();
        if (verdict.ok())
            out += QStringLiteral("<img src=\"") + fileUrl(verdict.address).toHtmlEscaped() + QStringLiteral("\" alt=\"")
                + alt + QStringLiteral("\">");
        else
            out += alt;
    }
    out += QStringView(html).mid(from);
    return out;
}

} // namespace CourseLinks
