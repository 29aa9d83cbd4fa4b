#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

// The two requests the sender makes of an LRS, behind an interface so that the send policy is tested
// with a fake in milliseconds and with real servers in integration (NetworkLrsTransport).
class LrsTransport
{
public:
    struct Reply
    {
        int status = 0;            // HTTP status; 0 when there was no answer (timeout, refused, offline)
        QByteArray body;
        int retryAfterSeconds = -1; // from Retry-After, -1 when absent
        QString networkError;      // why there was no answer, for the log and the learner
    };
    using Done = std::function<void(const Reply &)>;

    virtual ~LrsTransport() = default;
    // POST <endpoint>statements with a JSON array of statements.
    virtual void postStatements(const QByteArray &jsonArray, Done done) = 0;
    // GET <endpoint>statements?statementId=<id>: 200 when the LRS has it, 404 when not.
    virtual void getStatement(const QString &id, Done done) = 0;
};
