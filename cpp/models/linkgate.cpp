#include "linkgate.h"

#include "content/courselinks.h"
#include "content/coursepath.h"
#include "markdownblocks.h"

#include <QDesktopServices>
#include <QFileInfo>

LinkGate::LinkGate(QObject *parent)
    : QObject(parent)
{
}

QUrl LinkGate::target(const QString &link, const QUrl &courseFolderUrl, Action *action)
{
    Action ignored = Action::None;
    if (!action)
        action = &ignored;
    *action = Action::Refuse;
    const QString folder = MarkdownBlocks::courseFolder(courseFolderUrl);
    QString reference = link.trimmed();
    if (reference.startsWith(QStringLiteral("www.")))   // a GitHub-style autolink without its scheme
        reference.prepend(QStringLiteral("http://"));
    // A course file Qt has already resolved against the Label's base URL (the course folder).
    const QUrl asUrl(reference);
    const QString local = asUrl.isLocalFile() ? asUrl.toLocalFile()
                          : asUrl.scheme() == u"qrc" ? u':' + asUrl.path() : QString();
    if (!local.isEmpty() && !folder.isEmpty() && local.startsWith(folder + u'/'))
        reference = QString::fromLatin1(QUrl::toPercentEncoding(local.mid(folder.size() + 1), "/"));

    // Without a course folder (a view that has none) only web and mail addresses can open.
    const CourseLinks::Verdict verdict = CourseLinks::link(CoursePath(folder.isEmpty() ? QStringLiteral("/") : folder),
                                                           reference);
    switch (verdict.kind) {
    case CourseLinks::Verdict::Kind::Anchor:
        *action = Action::None;
        return {};
    case CourseLinks::Verdict::Kind::Web: {
        const QUrl url(verdict.address, QUrl::StrictMode);
        const bool mail = url.scheme() == u"mailto";
        if (!url.isValid() || (mail ? url.path().isEmpty() : url.host().isEmpty()))
            return {};
        *action = Action::Open;
        return url;
    }
    case CourseLinks::Verdict::Kind::CourseFile:
        if (folder.isEmpty() || verdict.address.startsWith(u':'))
            return {};   // a file inside the app: nothing outside it can open that
        *action = Action::Open;
        return QUrl::fromLocalFile(QFileInfo(verdict.address).absoluteFilePath());
    case CourseLinks::Verdict::Kind::Refused:
        break;
    }
    return {};
}

LinkGate::Action LinkGate::action(const QString &link, const QUrl &courseFolderUrl) const
{
    Action result = Action::None;
    target(link, courseFolderUrl, &result);
    return result;
}

QString LinkGate::address(const QString &link, const QUrl &courseFolderUrl) const
{
    Action result = Action::None;
    const QUrl url = target(link, courseFolderUrl, &result);
    return result == Action::Open ? url.toString() : link;
}

bool LinkGate::open(const QString &link, const QUrl &courseFolderUrl) const
{
    Action action = Action::None;
    const QUrl url = target(link, courseFolderUrl, &action);
    return action == Action::Open && QDesktopServices::openUrl(url);
}
