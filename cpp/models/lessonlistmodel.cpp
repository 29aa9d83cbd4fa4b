#include "lessonlistmodel.h"

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
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}
