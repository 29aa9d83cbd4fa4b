#pragma once

#include <QObject>
#include <QSettings>
#include <QTimer>
#include <QtQml/qqml.h>

#include "review/fsrsscheduler.h"
#include "review/reviewplanner.h"
#include "review/wallclock.h"

class CourseLibrary;
class ProgressTracker;
struct Grade;
struct Question;

// Spaced review for the screens: the learner's review settings (QSettings), the clock review runs on
// (the system's; a test installs a FakeWallClock), the scheduler they make, and the figures and
// plans the review screens show, built from the library (the current questions) and the store (the
// items). Quiz answers reach it through ProgressTracker::reviews().
class ReviewService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app creates the review service.")

    // The session length home and the module page offer first: 2, 5 or 10 minutes.
    Q_PROPERTY(int defaultMinutes READ defaultMinutes WRITE setDefaultMinutes NOTIFY settingsChanged)
    // Items a day at most; the rest carries over, weakest first. 5 to 100.
    Q_PROPERTY(int dailyCap READ dailyCap WRITE setDailyCap NOTIFY settingsChanged)
    // The chance of remembering an item when it comes back: 0.80 to 0.97 (FSRS desired retention).
    Q_PROPERTY(double desiredRetention READ desiredRetention WRITE setDesiredRetention NOTIFY settingsChanged)
    // Moves whenever a figure may have changed: an answer, a setting, time passing.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    ReviewService(CourseLibrary *library, ProgressTracker *progress, QObject *parent = nullptr);

    int defaultMinutes() const { return m_defaultMinutes; }
    void setDefaultMinutes(int minutes);
    int dailyCap() const { return m_dailyCap; }
    void setDailyCap(int cap);
    double desiredRetention() const { return m_retention; }
    void setDesiredRetention(double retention);
    int revision() const { return m_revision; }

    // nullptr: the system clock. The caller keeps ownership. Emits changed().
    void setClock(const WallClock *clock);
    qint64 nowMs() const { return m_clock->nowUtcMs(); }
    // Call after moving an installed fake clock: every figure follows.
    void timeMoved();
    const FsrsScheduler &scheduler() const { return m_scheduler; }

    // A graded answer (quiz or review session): the item's next state, stored. source "quiz"/"review".
    bool recordAnswer(const QString &courseId, const QString &moduleId, const Question &question,
                      const Grade &grade, qint64 answerMs, const QString &source);

    // The due items of a course (of one module when moduleId is set) whose question is still in the
    // course, each with its current question; items of removed questions wait, with their history.
    struct Deck
    {
        QList<ReviewItem> items;
        QList<Question> questions; // parallel to items
        int dueCount = -1;         // due in all, when items holds only the weakest of them
    };
    Deck dueDeck(const QString &courseId, const QString &moduleId) const;
    ReviewPlan plan(const Deck &deck, int minutes) const;

    // What the learner remembers now: mean retrievability of the module's items, and how many are due.
    struct Memory
    {
        int items = 0;
        int due = 0;
        double meanRetrievability = 0;
    };
    Memory memory(const QString &courseId, const QString &moduleId) const;

Q_SIGNALS:
    void settingsChanged();
    void changed();

private:
    void rebuildScheduler();
    void bump();

    CourseLibrary *m_library;
    ProgressTracker *m_progress;
    QSettings m_settings;
    SystemWallClock m_systemClock;
    const WallClock *m_clock = &m_systemClock;
    FsrsScheduler m_scheduler;
    mutable QTimer m_tick; // items fall due as time passes: the figures are refreshed now and then
    int m_defaultMinutes = 5;
    int m_dailyCap = 20;
    double m_retention = 0.9;
    int m_revision = 0;
};
