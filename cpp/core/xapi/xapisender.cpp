#include "xapisender.h"

#include "sendpolicy.h"
#include "xapilog.h"

#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>

using SendPolicy::Outcome;

XapiSender::XapiSender(ProgressStore &store, LrsTransport &transport, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &XapiSender::sendNow);
}

void XapiSender::sendNow()
{
    if (m_state == State::Sending || m_state == State::Paused)
        return;
    if (m_state == State::Waiting && QDateTime::currentMSecsSinceEpoch() < m_notBeforeMs)
        return; // the LRS asked for this pause (Retry-After); the timer ends it

    m_retryTimer.stop();
    setState(State::Sending);
    nextBatch();
}

void XapiSender::sendWhenDue()
{
    if (m_state != State::Waiting)
        sendNow();
}

void XapiSender::resume()
{
    m_notBeforeMs = 0;
    m_retryTimer.stop();
    m_failures = 0;
    m_retryInSeconds = 0;
    m_problem.clear();
    if (m_state == State::Paused || m_state == State::Waiting)
        setState(State::Idle);
}

void XapiSender::nextBatch()
{
    const Batch batch = m_store.waitingStatements(SendPolicy::MaxBatch);
    if (batch.isEmpty()) {
        if (!m_store.lastError().isEmpty())
            return endPass(State::Idle, m_store.lastError());
        m_failures = 0;
        return endPass(State::Idle, {});
    }
    QByteArray body = "[";
    for (const ProgressStore::OutboxStatement &statement : batch) {
        if (body.size() > 1)
            body += ',';
        body += statement.body;
    }
    body += ']';
    QPointer<XapiSender> self(this);
    m_transport.postStatements(body, [self, batch](const LrsTransport::Reply &reply) {
        if (self)
            self->onBatchAnswer(batch, reply);
    });
}

void XapiSender::onBatchAnswer(const Batch &batch, const LrsTransport::Reply &reply)
{
    switch (SendPolicy::classify(reply.status)) {
    case Outcome::Sent: {
        QStringList ids;
        for (const ProgressStore::OutboxStatement &statement : batch)
            ids.append(statement.id);
        if (markSent(ids))
            nextBatch();
        return;
    }
    case Outcome::Conflict:
        qCInfo(lcXapi) << "409 for a batch of" << batch.size() << "; checking which the LRS has";
        answered();
        return resolveEach(batch, 0, true);
    case Outcome::Rejected:
        qCInfo(lcXapi) << "400 for a batch of" << batch.size() << ":" << SendPolicy::rejectionReason(400, reply.body);
        answered();
        if (batch.size() == 1) {
            m_store.markStatementNotAccepted(batch.first().id, SendPolicy::rejectionReason(reply.status, reply.body));
            Q_EMIT outboxChanged();
            return nextBatch();
        }
        return resolveEach(batch, 0, false);
    case Outcome::AuthFailed:
        return pause();
    case Outcome::Retry:
        return retryLater(reply);
    }
}

void XapiSender::resolveEach(Batch batch, int index, bool checkFirst)
{
    if (index >= batch.size())
        return nextBatch();
    if (!checkFirst)
        return postAlone(std::move(batch), index, checkFirst);
    const QString id = batch.at(index).id;
    QPointer<XapiSender> self(this);
    m_transport.getStatement(id, [self, batch, index, id](const LrsTransport::Reply &reply) {
        if (!self)
            return;
        if (reply.status == 200) { // the LRS has it: a conflict means "already there"
            if (self->markSent({id}))
                self->resolveEach(batch, index + 1, true);
            return;
        }
        if (reply.status == 404)
            return self->postAlone(batch, index, true);
        if (SendPolicy::classify(reply.status) == Outcome::AuthFailed)
            return self->pause();
        self->retryLater(reply);
    });
}

void XapiSender::postAlone(Batch batch, int index, bool checkFirst)
{
    const ProgressStore::OutboxStatement statement = batch.at(index);
    QPointer<XapiSender> self(this);
    m_transport.postStatements(QByteArray('[' + statement.body + ']'),
                               [self, batch, index, checkFirst, statement](const LrsTransport::Reply &reply) {
        if (!self)
            return;
        switch (SendPolicy::classify(reply.status)) {
        case Outcome::Sent:
        case Outcome::Conflict: // alone: the LRS has this id already
            if (self->markSent({statement.id}))
                self->resolveEach(batch, index + 1, checkFirst);
            return;
        case Outcome::Rejected: {
            const QString reason = SendPolicy::rejectionReason(reply.status, reply.body);
            qCInfo(lcXapi) << "not accepted:" << statement.id << reason;
            self->answered();
            self->m_store.markStatementNotAccepted(statement.id, reason);
            Q_EMIT self->outboxChanged();
            return self->resolveEach(batch, index + 1, checkFirst);
        }
        case Outcome::AuthFailed:
            return self->pause();
        case Outcome::Retry:
            return self->retryLater(reply);
        }
    });
}

bool XapiSender::markSent(const QStringList &ids)
{
    m_failures = 0;
    if (!m_store.markStatementsSent(ids)) {
        endPass(State::Idle, m_store.lastError());
        return false;
    }
    Q_EMIT outboxChanged();
    return true;
}

void XapiSender::answered()
{
    m_store.noteLrsAnswered();
}

void XapiSender::retryLater(const LrsTransport::Reply &reply)
{
    ++m_failures;
    if (reply.status != 0)
        answered();
    m_retryInSeconds = SendPolicy::backoffSeconds(m_failures, reply.retryAfterSeconds, m_random());
    m_notBeforeMs = reply.retryAfterSeconds >= 0
        ? QDateTime::currentMSecsSinceEpoch() + qint64(std::min(reply.retryAfterSeconds, SendPolicy::MaxRetrySeconds)) * 1000
        : 0;
    const QString problem = reply.status == 0
        ? tr("The organisation's LRS could not be reached (%1).").arg(reply.networkError)
        : tr("The organisation's LRS answered %1; sending again later.").arg(reply.status);
    qCInfo(lcXapi) << "send failed:" << (reply.status == 0 ? reply.networkError : QString::number(reply.status))
                   << "; failure" << m_failures << "; next try in" << m_retryInSeconds << "s";
    if (!m_retryAutomatically)
        return endPass(State::Idle, problem);
    m_retryTimer.start(m_retryInSeconds * 1000);
    endPass(State::Waiting, problem);
}

void XapiSender::pause()
{
    answered();
    qCWarning(lcXapi) << "the LRS refused the credentials; sending paused until the settings change";
    endPass(State::Paused, tr("The LRS refused the credentials: check your organisation link."));
}

void XapiSender::endPass(State state, const QString &problem)
{
    m_problem = problem;
    setState(state);
    Q_EMIT passFinished();
}

void XapiSender::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}
