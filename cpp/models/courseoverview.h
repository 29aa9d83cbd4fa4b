#pragma once

#include "coursebinding.h"
#include "modulelistmodel.h"

#include <QUrl>
#include <QVariantList>

// A course at a glance, for the home and progress screens: its modules with the learner's figures
// and the course's completion.
class CourseOverview : public CourseBinding
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool valid READ isValid NOTIFY refreshed)
    Q_PROPERTY(QString title READ title NOTIFY refreshed)
    Q_PROPERTY(QString description READ description NOTIFY refreshed)
    // The description as MarkdownBlocks shows it (only the course's own images), and its base URL.
    Q_PROPERTY(QVariantList descriptionBlocks READ descriptionBlocks NOTIFY refreshed)
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY refreshed)
    Q_PROPERTY(double completion READ completion NOTIFY refreshed)
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY refreshed)
    Q_PROPERTY(int lessonsDone READ lessonsDone NOTIFY refreshed)
    Q_PROPERTY(double minutes READ minutes NOTIFY refreshed)
    Q_PROPERTY(int passMark READ passMark NOTIFY refreshed)
    Q_PROPERTY(ModuleListModel *modules READ modules CONSTANT)

public:
    explicit CourseOverview(QObject *parent = nullptr);

    bool isValid() const { return m_valid; }
    QString title() const { return m_title; }
    QString description() const { return m_description; }
    QVariantList descriptionBlocks() const { return m_descriptionBlocks; }
    QUrl baseUrl() const { return m_baseUrl; }
    double completion() const { return m_completion; }
    int lessonCount() const { return m_lessonCount; }
    int lessonsDone() const { return m_lessonsDone; }
    double minutes() const { return m_minutes; }
    int passMark() const { return m_passMark; }
    ModuleListModel *modules() { return &m_modules; }

Q_SIGNALS:
    void refreshed();

protected:
    void refresh() override;

private:
    ModuleListModel m_modules;
    bool m_valid = false;
    QString m_title;
    QString m_description;
    QString m_blocksFolder;   // the course folder m_descriptionBlocks were made for
    QVariantList m_descriptionBlocks;
    QUrl m_baseUrl;
    double m_completion = 0;
    int m_lessonCount = 0;
    int m_lessonsDone = 0;
    double m_minutes = 0;
    int m_passMark = 80;
};
