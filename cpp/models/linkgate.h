#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqml.h>

// Whether a link the learner clicked in course content (a lesson card, a Markdown question) may open,
// and at what address. The rule is CourseLinks::link: https:, http: and mailto:, or a file of the
// course; never file: elsewhere, javascript:, smb: and the like. QML (MarkdownBlocks) shows the
// address and opens it only after the learner says so. Published to QML as the singleton `LinkGate`.
class LinkGate : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum class Action { None, Open, Refuse };
    Q_ENUM(Action)

    explicit LinkGate(QObject *parent = nullptr);

    // What a click on `link` does: LinkGate.Open, Refuse, or None (a '#' anchor: nothing to do).
    // `courseFolderUrl` is MarkdownBlocks::folderUrl.
    Q_INVOKABLE Action action(const QString &link, const QUrl &courseFolderUrl) const;
    // What the learner is shown: with Open, the address open() goes to; else the link as it is.
    Q_INVOKABLE QString address(const QString &link, const QUrl &courseFolderUrl) const;
    // Hands the link to the system (browser, mail program) if action() is Open; whether it did.
    Q_INVOKABLE bool open(const QString &link, const QUrl &courseFolderUrl) const;

    // The address a link opens at; invalid when it may not open. `action` gets what to do.
    static QUrl target(const QString &link, const QUrl &courseFolderUrl, Action *action = nullptr);
};
