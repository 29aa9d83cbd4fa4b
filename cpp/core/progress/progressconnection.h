#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;

// One QSQLITE connection of the progress store, under a connection name unique to its owner, with
// a cache of prepared statements (each SQL text is prepared once per connection and reused: the
// record calls stay well under a millisecond of CPU) and the classification of SQLite failures.
// Values are always bound, never formatted into SQL.
class ProgressConnection
{
public:
    // What a failure means for the learner's data; decides the message and the fallback.
    enum class Problem { None, Full, ReadOnly, Corrupt, Busy, Other };

    explicit ProgressConnection(const QString &connectionName);
    ~ProgressConnection();
    ProgressConnection(const ProgressConnection &) = delete;
    ProgressConnection &operator=(const ProgressConnection &) = delete;

    // Opens a file (created when missing unless readOnly) or a private in-memory database.
    bool openFile(const QString &path, bool readOnly);
    bool openMemory();
    void close();

    QString name() const { return m_name; }
    QString path() const { return m_path; }
    bool isOpen() const;
    bool isMemory() const { return m_memory; }

    // A statement without values (pragmas, DDL, BEGIN/COMMIT). Not cached.
    bool exec(const QString &sql);
    // The first column of the first row of a statement without values, or nullopt on failure.
    std::optional<QVariant> scalar(const QString &sql);

    // The cached prepared statement for sql (forward-only), or nullptr when it cannot be prepared.
    QSqlQuery *prepared(const QString &sql);
    // Binds values to the ? placeholders in order and executes. For a SELECT, read the rows and
    // call finish() on the query; for anything else run() finishes it.
    bool run(QSqlQuery *query, std::initializer_list<QVariant> values);
    // run() + the first column of the first row (nullopt on failure; invalid QVariant on no row).
    std::optional<QVariant> runScalar(QSqlQuery *query, std::initializer_list<QVariant> values);

    // BEGIN IMMEDIATE: takes the write lock up front, so a second process cannot make the
    // transaction fail half-way with SQLITE_BUSY on its first write.
    bool begin();
    bool commit(); // rolls back when COMMIT itself fails (SQLite keeps the transaction open then)
    void rollback();

    // The last failure: what it means and the technical text (for the log, not for the learner).
    Problem lastProblem() const { return m_problem; }
    QString lastTechnicalError() const { return m_error; }
    void clearError();
    static Problem classify(const QSqlError &error);

private:
    bool fail(const QString &what, const QSqlError &error);

    QString m_name;
    QString m_path;
    bool m_memory = false;
    Problem m_problem = Problem::None;
    QString m_error;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
