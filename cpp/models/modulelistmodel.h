#pragma once

#include <QtQml/qqml.h>

#include "rowlistmodel.h"

// The modules of a course with the learner's figures, one row per module in course order.
// Filled by CourseOverview.
class ModuleListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A CourseOverview provides its module list.")

public:
    struct Row
    {
        QString moduleId;
        QString title;
        QString summary;
        int lessonCount = 0;
        int lessonsDone = 0;
        double percent = 0;
        double minutes = 0;
        bool hasQuiz = false;
        double bestScore = -1;    // -1: no finished attempt yet
        bool quizPassed = false;
        bool mastered = false;
        bool failed = false;
        QString error;
    };

    enum Roles {
        ModuleIdRole = Qt::UserRole + 1, // the module's id
        TitleRole,                       // its title
        SummaryRole,                     // one line that says what it teaches
        LessonCountRole,                 // lessons in the module
        LessonsDoneRole,                 // lessons the learner completed
        PercentRole,                     // 0..100, lessons and quiz together
        MinutesRole,                     // reading time of all lessons
        HasQuizRole,                     // whether the module has a quiz
        BestScoreRole,                   // best quiz score in percent, -1 before the first attempt
        QuizPassedRole,                  // best score reached the pass mark
        MasteredRole,                    // all lessons done and the quiz passed
        FailedRole,                      // the module could not be loaded
        ErrorRole,                       // why, for the author ("path:line:column: message")
    };
    Q_ENUM(Roles)

    explicit ModuleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override { return rowCountOf(m_rows, parent); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows) { replaceRows(&m_rows, rows, &Row::moduleId); }
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};
