#pragma once

#include "lrstransport.h"
#include "progress/progressstore.h"

#include <QObject>
#include <QTimer>

#include <functional>

// Sends the progress store's waiting statements to the LRS, oldest first, at most
// SendPolicy::MaxBatch per POST, and marks each as the LRS answered (see SendPolicy): sent, already
// there (409, checked one by one with GET), not accepted (400, each statement of the batch then goes
// alone so the rest still go), paused until the settings change (401/403), or tried again later
// with a jittered back-off up to an hour, honouring Retry-After (429, 5xx, timeouts, no network).
// A statement is marked sent only after the LRS said so, so a kill at any moment only means it is
// sent again, and its fixed id makes that harmless. Asynchronous: never blocks the caller.
class XapiSender : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,    // nothing is being sent (all sent, or the last pass ended)
        Sending, // a pass is under way
        Waiting, // backing off after a failure; retryInSeconds() says how long
        Paused   // the LRS refused the credentials (401/403): nothing is sent until resume()
    };
    Q_ENUM(State)

    XapiSender(ProgressStore &store, LrsTransport &transport, QObject *parent = nullptr);

    // Starts a pass now, ending a back-off wait early ("Send now"), except before a Retry-After the
    // LRS gave; a pass already under way picks up new statements by itself. Nothing while paused.
    void sendNow();
    // The automatic triggers (after events, at start, on resume): like sendNow(), but a back-off
    // wait is left to run its course.
    void sendWhenDue();
    // After the settings changed: forget the pause and the back-off.
    void resume();
    // false (the headless --send-results): a failure ends the pass instead of waiting to retry.
    void setRetryAutomatically(bool retry) { m_retryAutomatically = retry; }
    // Where the jitter comes from (tests pin it); default QRandomGenerator.
    void setRandom(std::function<double()> random01) { m_random = std::move(random01); }

    State state() const { return m_state; }
    // A plain sentence for the learner about the last failure; empty when the last pass went well.
    QString problem() const { return m_problem; }
    int consecutiveFailures() const { return m_failures; }
    int retryInSeconds() const { return m_retryInSeconds; }

Q_SIGNALS:
    void stateChanged();
    // Statements changed state (sent, not accepted): the counters moved.
    void outboxChanged();
    // A pass ended: Idle, Waiting or Paused.
    void passFinished();

private:
    using Batch = QList<ProgressStore::OutboxStatement>;
    void nextBatch();
    void onBatchAnswer(const Batch &batch, const LrsTransport::Reply &reply);
    // Goes through batch[index..] one statement at a time; checkFirst asks the LRS whether it
    // already has each (after a 409) before posting it alone.
    void resolveEach(Batch batch, int index, bool checkFirst);
    void postAlone(Batch batch, int index, bool checkFirst);
    bool markSent(const QStringList &ids);
    void answered();
    void retryLater(const LrsTransport::Reply &reply);
    void pause();
    void endPass(State state, const QString &problem);
    void setState(State state);

    ProgressStore &m_store;
    LrsTransport &m_transport;
    QTimer m_retryTimer;
    State m_state = State::Idle;
    QString m_problem;
    int m_failures = 0;
    int m_retryInSeconds = 0;
    qint64 m_notBeforeMs = 0; // Retry-After: no request before this time (ms since the epoch)
    bool m_retryAutomatically = true;
    std::function<double()> m_random;
};
