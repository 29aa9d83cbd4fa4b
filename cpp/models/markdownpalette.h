#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QtQml/qqml.h>

// Carries the theme's link colour to where Qt's Markdown reader takes it from. QTextMarkdownImporter
// colours every link with the application palette's Link role at the moment it reads the text, and
// QQuick Text's linkColor is ignored for Markdown, so a Label showed links in the default #0000ff
// whatever the theme (1.5:1 on the dark background). The colour itself is the theme's (Theme.qml); this
// only puts it into QGuiApplication's palette. Published to QML as the singleton `MarkdownPalette`;
// MarkdownLabel.qml is its one user.
class MarkdownPalette : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QColor linkColor READ linkColor WRITE setLinkColor NOTIFY linkColorChanged)
    // Appended to Markdown text so that a Text reads it again after the link colour changed (a Text
    // given the same text keeps its old reading): alternately empty and a newline, which shows nothing.
    Q_PROPERTY(QString rereadSuffix READ rereadSuffix NOTIFY linkColorChanged)

public:
    explicit MarkdownPalette(QObject *parent = nullptr);

    QColor linkColor() const;
    void setLinkColor(const QColor &color);
    QString rereadSuffix() const;

Q_SIGNALS:
    void linkColorChanged();

private:
    bool m_reread = false;
};
