#include "lessonlistmodel.h"
#include "samekeys.h"

LessonListModel::LessonListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LessonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LessonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LessonIdRole: return row.lessonId;
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case MinutesRole: return row.minutes;
    case CardCountRole: return row.cardCount;
    case DoneRole: return row.done;
    case InProgressRole: return row.inProgress;
    default: return {};
    }
}

QHash<int, QByteArray> LessonListModel::roleNames() const
{
    return {{LessonIdRole, "lessonId"}, {TitleRole, "title"}, {MinutesRole, "minutes"},
            {CardCountRole, "cardCount"}, {DoneRole, "done"},   {InProgressRole, "inProgress"}};
}

void LessonListModel::setRows(const QList<Row> &rows)
{
    // The same items with new figures (the usual case): updated in place, the views keep their delegates.
    if (sameKeys(m_rows, rows, &Row::lessonId)) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}
