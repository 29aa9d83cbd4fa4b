#include "activitylistmodel.h"

ActivityListModel::ActivityListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ActivityListModel::setLibrary(CourseLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    Q_EMIT sourcesChanged();
    reload();
}

void ActivityListModel::setProgress(ProgressTracker *progress)
{
    if (m_progress == progress)
        return;
    if (m_progress)
        disconnect(m_progress, nullptr, this, nullptr);
    m_progress = progress;
    if (m_progress)
        connect(m_progress, &ProgressTracker::changed, this, &ActivityListModel::reload);
    Q_EMIT sourcesChanged();
    reload();
}

void ActivityListModel::setLimit(int limit)
{
    limit = qBound(1, limit, 200);
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT sourcesChanged();
    reload();
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole: return QVariant::fromValue(row.kind);
    case WhenRole: return row.when;
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case ValueRole: return row.value;
    case PassedRole: return row.passed;
    default: return {};
    }
}

QHash<int, QByteArray> ActivityListModel::roleNames() const
{
    return {{KindRole, "kind"}, {WhenRole, "when"}, {TitleRole, "title"}, {ValueRole, "value"},
            {PassedRole, "passed"}};
}

QString ActivityListModel::titleOf(const ProgressStore::Activity &activity) const
{
    if (!m_library)
        return activity.itemId;
    if (activity.kind == u"lesson_completed") {
        if (const Lesson *l = m_library->lesson(activity.courseId, activity.moduleId, activity.itemId))
            return l->title;
    } else if (activity.kind == u"quiz_finished") {
        if (const CourseModule *m = m_library->module(activity.courseId, activity.moduleId))
            return m->title;
    }
    return activity.itemId;   // breathing: the pattern id; the view names the built-in ones
}

void ActivityListModel::reload()
{
    QList<Row> rows;
    if (m_progress) {
        // Ask for more than shown: opened lessons, cards and single answers are not listed.
        const auto activities = m_progress->store().recentActivity(m_limit * 8);
        for (const auto &a : activities) {
            Row row;
            if (a.kind == u"lesson_completed") {
                row.kind = Kind::LessonCompleted;
                row.value = a.value / 60.0;
            } else if (a.kind == u"quiz_finished") {
                row.kind = Kind::QuizFinished;
                row.value = a.value;
                const Course *course = m_library ? m_library->course(a.courseId) : nullptr;
                row.passed = course != nullptr && a.value >= course->passMark;
            } else if (a.kind == u"breathing") {
                row.kind = Kind::Breathing;
                row.value = a.value / 60.0;
            } else {
                continue;
            }
            row.when = a.at;
            row.title = titleOf(a);
            rows.append(row);
            if (rows.size() >= m_limit)
                break;
        }
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}
