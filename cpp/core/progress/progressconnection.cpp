#include "progressconnection.h"

#include "progresslog.h"

#include <QSqlQuery>

namespace {

// SQLite primary result codes (sqlite3.h); QSQLITE reports them as QSqlError::nativeErrorCode().
// Masked with 0xff so extended codes (SQLITE_IOERR_WRITE...) map to their primary code.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

} // namespace

ProgressConnection::ProgressConnection(const QString &connectionName)
    : m_name(connectionName)
{
}

ProgressConnection::~ProgressConnection()
{
    close();
}

bool ProgressConnection::openFile(const QString &path, bool readOnly)
{
    close();
    m_path = path;
    m_memory = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // The busy timeout covers a second Pausa process holding the write lock for a moment.
        // URI names are understood (a plain path stays a path), so a file can be ATTACHed read-only.
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            return true;
        fail(QStringLiteral("open ") + path, db.lastError());
    }
    close();
    return false;
}

bool ProgressConnection::openMemory()
{
    close();
    m_path.clear();
    m_memory = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        // Each connection to ":memory:" gets its own private database.
        db.setDatabaseName(QStringLiteral(":memory:"));
        // URI file names, so a file can be ATTACHed read-only ("file:...?mode=ro").
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        if (db.open())
            return true;
        fail(QStringLiteral("open in-memory database"), db.lastError());
    }
    close();
    return false;
}

void ProgressConnection::close()
{
    // Every QSqlQuery must be gone before the connection is removed, or Qt warns "still in use".
    for (auto &entry : m_statements)
        entry.second->finish();
    m_statements.clear();
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ProgressConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

bool ProgressConnection::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql))
        return fail(sql, query.lastError());
    return true;
}

std::optional<QVariant> ProgressConnection::scalar(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        fail(sql, query.lastError());
        return std::nullopt;
    }
    return query.next() ? query.value(0) : QVariant();
}

QSqlQuery *ProgressConnection::prepared(const QString &sql)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
    // Forward-only: SELECTs stream their rows instead of caching them all on the Qt side.
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        fail(QStringLiteral("prepare ") + sql, query->lastError());
        return nullptr;
    }
    QSqlQuery *raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

bool ProgressConnection::run(QSqlQuery *query, std::initializer_list<QVariant> values)
{
    if (!query)
        return false; // prepared() has recorded why
    int position = 0;
    for (const QVariant &value : values)
        query->bindValue(position++, value);
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        return fail(query->lastQuery(), error);
    }
    if (!query->isSelect())
        query->finish();
    return true;
}

std::optional<QVariant> ProgressConnection::runScalar(QSqlQuery *query, std::initializer_list<QVariant> values)
{
    if (!run(query, values))
        return std::nullopt;
    const QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

bool ProgressConnection::begin()
{
    return run(prepared(QStringLiteral("BEGIN IMMEDIATE")), {});
}

bool ProgressConnection::commit()
{
    if (run(prepared(QStringLiteral("COMMIT")), {}))
        return true;
    // A COMMIT that fails (SQLITE_FULL, an I/O error) leaves the transaction open in SQLite.
    const Problem problem = m_problem;
    const QString error = m_error;
    rollback();
    m_problem = problem;
    m_error = error;
    return false;
}

void ProgressConnection::rollback()
{
    // SQLite may already have rolled back by itself (after SQLITE_FULL, for example), in which case
    // ROLLBACK fails with "no transaction is active": that is not worth reporting.
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.exec(QStringLiteral("ROLLBACK"));
}

void ProgressConnection::clearError()
{
    m_problem = Problem::None;
    m_error.clear();
}

ProgressConnection::Problem ProgressConnection::classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Problem::Other;
    switch (code) {
    case SqliteFull:
        return Problem::Full;
    case SqliteReadOnly:
    case SqliteCantOpen:
    case SqlitePerm:
    case SqliteIoErr:
        return Problem::ReadOnly;
    case SqliteCorrupt:
    case SqliteNotADb:
        return Problem::Corrupt;
    case SqliteBusy:
    case SqliteLocked:
        return Problem::Busy;
    default:
        return Problem::Other;
    }
}

bool ProgressConnection::fail(const QString &what, const QSqlError &error)
{
    m_problem = classify(error);
    m_error = what + QStringLiteral(": ") + error.text() + QStringLiteral(" (SQLite code ")
        + error.nativeErrorCode() + u')';
    qCWarning(lcProgress).noquote() << m_name << m_error;
    return false;
}
