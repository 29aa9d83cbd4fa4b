#pragma once

#include <QList>

// One review session as it runs: the planned items in order; a missed item comes back once at the
// end (the 1-minute relearning step, within the same session); and the session ends early rather
// than run more than 10 % over its minutes. Times are seconds since the session started, from the
// caller's clock, so a test runs a session on simulated answer times.
class ReviewRun
{
public:
    struct Step
    {
        int item = -1;               // the caller's item index
        double estimateSeconds = 0;
        bool repeat = false;         // the second showing of an item missed earlier in the session
    };

    // A step is begun only when, at the learner's slower pace (estimate x SlowFactor), it would
    // still end within the minutes + 10 %.
    static constexpr double Overrun = 1.10;
    static constexpr double SlowFactor = 1.25;

    ReviewRun() = default;
    ReviewRun(const QList<Step> &planned, double budgetSeconds);

    // The step to show now, or nullptr when the session is over (all asked, or no time left).
    const Step *current() const;
    // The current step was answered at elapsedSeconds: a miss of a first showing queues it again at
    // the end; then the run moves to the next step that still fits.
    void answered(bool missed, double elapsedSeconds);
    bool isFinished() const { return current() == nullptr; }
    // Items answered, and of those missed, at their first showing.
    int answeredCount() const { return m_answered; }
    int missedCount() const { return m_missed; }
    int remainingCount() const;
    int stepCount() const { return int(m_steps.size()); } // showings, repeats included
    bool endedEarly() const { return m_endedEarly; }
    double budgetSeconds() const { return m_budget; }

private:
    void skipToFitting(double elapsedSeconds);

    QList<Step> m_steps;
    int m_position = 0;
    int m_answered = 0;
    int m_missed = 0;
    double m_budget = 0;
    bool m_endedEarly = false;
};
