#include "modulelistmodel.h"

ModuleListModel::ModuleListModel(QObject *parent)
    : RowListModel(parent)
{
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
