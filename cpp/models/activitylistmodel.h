#pragma once

#include "coursebinding.h"

#include <QAbstractListModel>
#include <QDateTime>

// The learner's recent activity, newest first, for the progress screen: lessons finished, quizzes
// taken and breathing sessions, with the names the course gives them.
class ActivityListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CourseLibrary *library READ library WRITE setLibrary NOTIFY sourcesChanged)
    Q_PROPERTY(ProgressTracker *progress READ progress WRITE setProgress NOTIFY sourcesChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY sourcesChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class Kind { LessonCompleted, QuizFinished, Breathing };
    Q_ENUM(Kind)

    enum Roles {
        KindRole = Qt::UserRole + 1, // Kind
        WhenRole,                    // local date and time
        TitleRole,                   // the lesson's or module's title, or the exercise's name
        ValueRole,                   // quiz: percent; lesson and breathing: minutes
        PassedRole,                  // quiz: whether it was passed
    };
    Q_ENUM(Roles)

    explicit ActivityListModel(QObject *parent = nullptr);

    CourseLibrary *library() const { return m_library; }
    void setLibrary(CourseLibrary *library);
    ProgressTracker *progress() const { return m_progress; }
    void setProgress(ProgressTracker *progress);
    int limit() const { return m_limit; }
    void setLimit(int limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sourcesChanged();
    void countChanged();

private:
    struct Row
    {
        Kind kind;
        QDateTime when;
        QString title;
        double value = 0;
        bool passed = false;
    };
    void reload();
    QString titleOf(const ProgressStore::Activity &activity) const;

    QPointer<CourseLibrary> m_library;
    QPointer<ProgressTracker> m_progress;
    int m_limit = 10;
    QList<Row> m_rows;
};
