#pragma once

#include "quizsession.h"

#include "review/reviewrun.h"

// A review session: the due items most at risk, as many as fit the chosen minutes, asked as the quiz
// asks them (the same page parts, the same feedback on every option). A missed item comes back once
// at the end; the session ends early rather than run more than 10 % over. Each answer is a review of
// its item (source "review"). Set library, progress, courseId, optionally moduleId (one module only),
// and minutes; the session is planned when the component is complete.
class ReviewSession : public QuizSession
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY minutesChanged)
    Q_PROPERTY(int plannedCount READ plannedCount NOTIFY questionChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answeredChanged)
    Q_PROPERTY(int missedCount READ missedCount NOTIFY answeredChanged)
    Q_PROPERTY(bool endedEarly READ endedEarly NOTIFY finishedChanged)

public:
    explicit ReviewSession(QObject *parent = nullptr);

    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);
    int plannedCount() const { return m_plannedCount; }
    int answeredCount() const { return m_reviewRun.answeredCount(); }
    int missedCount() const { return m_reviewRun.missedCount(); }
    bool endedEarly() const { return m_reviewRun.endedEarly(); }

Q_SIGNALS:
    void minutesChanged();

protected:
    void refresh() override;
    void recordAnswer(const Question &question, const Grade &grade, const QuizAnswer &answer) override;
    void moveOn() override;
    void finish() override;

private:
    void plan();

    int m_minutes = 5;
    bool m_planned = false;
    int m_plannedCount = 0;
    QList<ReviewItem> m_items;
    QList<Question> m_questions;
    ReviewRun m_reviewRun;
    QElapsedTimer m_sessionTime;
};
