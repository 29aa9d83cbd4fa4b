#include "modulelistmodel.h"
#include "samekeys.h"

ModuleListModel::ModuleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ModuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ModuleIdRole: return row.moduleId;
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case SummaryRole: return row.summary;
    case LessonCountRole: return row.lessonCount;
    case LessonsDoneRole: return row.lessonsDone;
    case PercentRole: return row.percent;
    case MinutesRole: return row.minutes;
    case HasQuizRole: return row.hasQuiz;
    case BestScoreRole: return row.bestScore;
    case QuizPassedRole: return row.quizPassed;
    case MasteredRole: return row.mastered;
    case FailedRole: return row.failed;
    case ErrorRole: return row.error;
    default: return {};
    }
}

QHash<int, QByteArray> ModuleListModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"},     {TitleRole, "title"},           {SummaryRole, "summary"},
            {LessonCountRole, "lessonCount"}, {LessonsDoneRole, "lessonsDone"}, {PercentRole, "percent"},
            {MinutesRole, "minutes"},       {HasQuizRole, "hasQuiz"},       {BestScoreRole, "bestScore"},
            {QuizPassedRole, "quizPassed"}, {MasteredRole, "mastered"},     {FailedRole, "failed"},
            {ErrorRole, "error"}};
}

void ModuleListModel::setRows(const QList<Row> &rows)
{
    // The same items with new figures (the usual case): updated in place, the views keep their delegates.
    if (sameKeys(m_rows, rows, &Row::moduleId)) {
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
