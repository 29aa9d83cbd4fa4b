#pragma once

#include <QByteArray>
#include <QString>

// What an LRS answer means for the statements sent, and how long to wait before trying again
// (pure; the sender applies it). xAPI 1.0.3, POST /statements.
namespace SendPolicy {

inline constexpr int MaxBatch = 50;             // statements per POST
inline constexpr int FirstRetrySeconds = 5;     // the first back-off, doubled after each failure
inline constexpr int MaxRetrySeconds = 60 * 60; // never waits longer than an hour

enum class Outcome {
    Sent,       // 200 (204 too): the LRS stored them
    Conflict,   // 409: the LRS already has an id of the batch; find out which
    Rejected,   // 400: a statement is not accepted; alone it is marked, in a batch each goes alone
    AuthFailed, // 401, 403: pause until the settings change
    Retry       // 429, 5xx, a timeout, no network, anything unexpected: back off
};

// status 0 means no HTTP answer (timeout, refused, no network).
Outcome classify(int status);

// Seconds to wait after `failures` failures in a row (1 for the first): FirstRetrySeconds doubled each
// time, capped at MaxRetrySeconds, with full jitter in [half, all] from random01 in [0, 1) so that
// many devices coming back online do not all retry together. A Retry-After the LRS sent
// (retryAfterSeconds >= 0) is honoured: never earlier than it says (capped at the hour too).
int backoffSeconds(int failures, int retryAfterSeconds, double random01);

// Retry-After as seconds: delta-seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, qint64 nowSecsSinceEpoch);

// The LRS's message from an error body (Learning Locker: {"message": ...}), trimmed to one line of
// at most 500 characters; the HTTP status when there is none.
QString rejectionReason(int status, const QByteArray &body);

} // namespace SendPolicy
