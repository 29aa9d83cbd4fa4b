#include "courselistmodel.h"

#include <QRegularExpression>

CourseListModel::CourseListModel(QObject *parent)
    : RowListModel(parent)
{
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case CourseIdRole: return row.courseId;
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case SummaryRole: return row.summary;
    case LanguageRole: return row.language;
    case ModuleCountRole: return row.moduleCount;
    case LessonCountRole: return row.lessonCount;
    case LessonsDoneRole: return row.lessonsDone;
    case PercentRole: return row.percent;
    case MinutesRole: return row.minutes;
    case LastActivityRole: return row.lastActivity;
    default: return {};
    }
}

QHash<int, QByteArray> CourseListModel::roleNames() const
{
    return {{CourseIdRole, "courseId"},       {TitleRole, "title"},           {SummaryRole, "summary"},
            {LanguageRole, "language"},       {ModuleCountRole, "moduleCount"}, {LessonCountRole, "lessonCount"},
            {LessonsDoneRole, "lessonsDone"}, {PercentRole, "percent"},       {MinutesRole, "minutes"},
            {LastActivityRole, "lastActivity"}};
}

QString CourseListModel::plainSummary(const QString &markdown)
{
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression lineMarks(QStringLiteral("(^|\\n)\\s*(#{1,6}|[-*+>]|\\d+\\.)\\s+"));
    // Emphasis and code marks; an underscore only at a word's edge (snake_case stays).
    static const QRegularExpression inlineMarks(QStringLiteral("[*`]+|(?<!\\w)_+|_+(?!\\w)"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString first = markdown.trimmed().section(paragraphBreak, 0, 0);
    first.replace(link, QStringLiteral("\\1"));
    first.replace(lineMarks, QStringLiteral(" "));
    first.remove(inlineMarks);
    return first.replace(spaces, QStringLiteral(" ")).trimmed();
}
