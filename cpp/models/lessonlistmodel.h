#pragma once

#include <QtQml/qqml.h>

#include "rowlistmodel.h"

// The lessons of one module in order, with reading time and whether the learner finished each.
// Filled by ModuleOverview.
class LessonListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A ModuleOverview provides its lesson list.")

public:
    struct Row
    {
        QString lessonId;
        QString title;
        double minutes = 0;
        int cardCount = 0;
        bool done = false;
        bool inProgress = false;
    };

    enum Roles {
        LessonIdRole = Qt::UserRole + 1, // the lesson's id
        TitleRole,                       // its title
        MinutesRole,                     // reading time in minutes
        CardCountRole,                   // number of cards
        DoneRole,                        // completed at least once
        InProgressRole,                  // opened and not finished: reopens at its last card
    };
    Q_ENUM(Roles)

    explicit LessonListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override { return rowCountOf(m_rows, parent); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows) { replaceRows(&m_rows, rows, &Row::lessonId); }
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};
