#pragma once

#include <QDateTime>
#include <QtQml/qqml.h>

#include "rowlistmodel.h"

// The learner's courses with their figures, one row per course in library order. Filled by
// LibraryOverview.
class CourseListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A LibraryOverview provides its course list.")

public:
    struct Row
    {
        QString courseId;
        QString title;
        QString summary;
        QString language;
        int moduleCount = 0;
        int lessonCount = 0;
        int lessonsDone = 0;
        double percent = 0;
        double minutes = 0;
        QDateTime lastActivity;
    };

    enum Roles {
        CourseIdRole = Qt::UserRole + 1, // the course's id
        TitleRole,                       // its title
        SummaryRole,                     // the first paragraph of its description, as plain text
        LanguageRole,                    // the course's language tag ("sv", "en")
        ModuleCountRole,                 // modules in the course
        LessonCountRole,                 // lessons in all its modules
        LessonsDoneRole,                 // of those, completed by the learner
        PercentRole,                     // 0..100, lessons and quizzes together
        MinutesRole,                     // reading time of all its lessons
        LastActivityRole,                // when the learner last did something in it; invalid if never
    };
    Q_ENUM(Roles)

    explicit CourseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override { return rowCountOf(m_rows, parent); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows) { replaceRows(&m_rows, rows, &Row::courseId); }
    const QList<Row> &rows() const { return m_rows; }

    // The first paragraph of a Markdown description as plain text: emphasis marks, link targets and
    // heading marks dropped, lines joined.
    static QString plainSummary(const QString &markdown);

private:
    QList<Row> m_rows;
};
