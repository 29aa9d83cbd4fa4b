#include "lessonlistmodel.h"

LessonListModel::LessonListModel(QObject *parent)
    : RowListModel(parent)
{
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
