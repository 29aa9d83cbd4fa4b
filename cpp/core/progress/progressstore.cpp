// ProgressStore: opening, recovery and fallbacks. Writes, reads and export live in
// progressstorewrites.cpp, progressstorereads.cpp and progressstoreexport.cpp.
#include "progressstore.h"

#include "progressconnection.h"
#include "progressfile.h"
#include "progresslog.h"
#include "progressmessages.h"
#include "progresssalvage.h"
#include "progressschema.h"
#include "progresswitness.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using Status = ProgressStore::OpenResult::Status;

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pausa-progress-") + QString::number(++counter);
}

ProgressStore::OpenResult result(Status status, const QString &message = {}, const QString &movedAside = {})
{
    ProgressStore::OpenResult r;
    r.status = status;
    r.message = message;
    r.movedAsidePath = movedAside;
    return r;
}

// The message for a location that cannot take writes, by what SQLite said.
QString fallbackMessage(ProgressConnection::Problem problem)
{
    return problem == ProgressConnection::Problem::Full ? ProgressMessages::deviceFullSession()
                                                        : ProgressMessages::cannotSaveSession();
}

} // namespace

ProgressStore::ProgressStore()
    : m_db(std::make_unique<ProgressConnection>(uniqueConnectionName()))
    , m_witness(std::make_unique<ProgressWitness>())
    , m_connectionName(m_db->name())
{
}

ProgressStore::~ProgressStore() = default;

ProgressStore::OpenResult ProgressStore::open(const QString &directory, IntegrityCheck check)
{
    close();
    if (directory.isEmpty() || !QDir().mkpath(directory)) {
        qCWarning(lcProgress) << "cannot create the progress directory" << directory;
        return fallBack(Status::ReadOnlyFallback, ProgressMessages::cannotSaveSession(), {});
    }
    const QString path = QDir(directory).absoluteFilePath(QStringLiteral("progress.db"));
    const ProgressFile::Probe probe = ProgressFile::probe(path, m_connectionName + QStringLiteral("-probe"),
                                                          check == IntegrityCheck::AtOpen
                                                              ? ProgressFile::Probe::Depth::Full
                                                              : ProgressFile::Probe::Depth::Header);
    using State = ProgressFile::Probe::State;
    switch (probe.state) {
    case State::Missing:
    case State::Usable:
    case State::Inconclusive:
        if (const std::optional<OpenResult> opened = openFile(path, Status::Ok))
            return *opened;
        break; // damaged after all: move it aside below
    case State::Newer:
        // Refuse to touch it: no migration, no journal-mode change, no move. In memory instead.
        qCWarning(lcProgress) << path << "is from a newer Pausa:" << probe.detail;
        return fallBack(Status::NewerSchemaFallback, ProgressMessages::newerVersion(), {});
    case State::Unreadable:
        // Not damaged: it may be fine once its permissions are. Left exactly where it is.
        qCWarning(lcProgress) << path << "cannot be read:" << probe.detail;
        return fallBack(Status::UnreadableFallback, ProgressMessages::cannotReadFile(), {});
    case State::Damaged:
        qCWarning(lcProgress) << path << "cannot be used:" << probe.detail;
        break;
    }

    return startOver(path);
}

bool ProgressStore::isDamaged(const QString &filePath, QString *detail)
{
    const ProgressFile::Probe probe = ProgressFile::probe(filePath, uniqueConnectionName() + QStringLiteral("-check"));
    if (detail)
        *detail = probe.detail;
    using State = ProgressFile::Probe::State;
    return probe.state == State::Damaged;
}

ProgressStore::OpenResult ProgressStore::replaceDamagedFile()
{
    const QString path = filePath();
    if (path.isEmpty()) // in memory: there is no file to replace
        return result(isOpen() ? Status::ReadOnlyFallback : Status::Failed);
    qCWarning(lcProgress) << path << "failed its integrity check after opening";
    close();
    return startOver(path);
}

ProgressStore::OpenResult ProgressStore::startOver(const QString &path)
{
    QString detail;
    const QString movedTo = ProgressFile::moveAside(path, &detail);
    if (movedTo.isEmpty()) {
        qCWarning(lcProgress) << "cannot move the damaged progress file aside:" << detail;
        return fallBack(Status::ReadOnlyFallback, ProgressMessages::damagedCannotReplace(), {});
    }
    std::optional<OpenResult> fresh = openFile(path, Status::Created);
    if (!fresh) // a brand-new file that is damaged: the storage itself is broken
        return fallBack(Status::ReadOnlyFallback, ProgressMessages::cannotSaveSession(), {});
    if (fresh->status == Status::Created) {
        fresh->status = Status::RecoveredFromCorrupt;
        // Damage is usually a few pages of one table: keep every row that still reads.
        const ProgressSalvage::Result kept = ProgressSalvage::copyReadable(*m_db, movedTo);
        fresh->message = kept.copiedAnything()
            ? ProgressMessages::recoveredPartly(kept.lessonsDone, QFileInfo(movedTo).fileName())
            : ProgressMessages::recovered(QFileInfo(movedTo).fileName());
        fresh->salvagedRows = kept.rows;
        m_witness->saved(*m_db);
    }
    fresh->movedAsidePath = movedTo;
    return *fresh;
}

std::optional<ProgressStore::OpenResult> ProgressStore::openFile(const QString &path, Status okStatus)
{
    const auto unusable = [this, &path]() -> std::optional<OpenResult> {
        const ProgressConnection::Problem problem = m_db->lastProblem();
        qCWarning(lcProgress) << "cannot use" << path << ':' << m_db->lastTechnicalError();
        m_db->close();
        if (problem == ProgressConnection::Problem::Corrupt)
            return std::nullopt;
        // Whatever of the file can still be read is copied, so the learner sees their history.
        return fallBack(Status::ReadOnlyFallback, fallbackMessage(problem), path);
    };

    if (!m_db->openFile(path, false))
        return unusable();
    // Read the version before anything that could write: a newer file must stay untouched.
    const int version = ProgressSchema::version(*m_db);
    if (version < 0)
        return unusable();
    if (version > ProgressSchema::CurrentVersion) {
        m_db->close();
        return fallBack(Status::NewerSchemaFallback, ProgressMessages::newerVersion(), {});
    }

    // WAL + synchronous=NORMAL. A commit appends the transaction to the -wal file with write(2) before
    // COMMIT returns, so a committed event survives a kill of the process at any moment (the OS
    // holds the data; tst_progresscrash kills 100 times to check). What NORMAL does not promise is
    // the last few transactions on a power cut or OS crash: those reach the disk at the next
    // checkpoint (every ~1000 pages, each fsyncs) or at flush(), which the app calls when it goes to
    // the background or quits, so an orderly reboot loses nothing. The file stays consistent either
    // way. FULL would fsync on every card swipe: 4 ms median, 12 ms p99 on this machine under load
    // (bench_progress), and worse on phone flash, on the GUI thread.
    const std::optional<QVariant> mode = m_db->scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return unusable();
    if (mode->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcProgress) << "journal_mode stayed" << mode->toString() << "for" << path;
        m_db->close();
        return fallBack(Status::ReadOnlyFallback, ProgressMessages::cannotSaveSession(), path);
    }
    if (!m_db->exec(QStringLiteral("PRAGMA synchronous = NORMAL")) || !ProgressSchema::migrate(*m_db))
        return unusable();

    // A real write at open (one small row): a location that became read-only or full shows up now,
    // while the history can still be copied into the in-memory session, rather than at the first
    // lesson of the day.
    if (!m_db->begin())
        return unusable();
    if (!m_db->run(m_db->prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_opened_ms', ?)"
                                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value")),
                   {QString::number(QDateTime::currentMSecsSinceEpoch())})) {
        m_db->rollback();
        return unusable();
    }
    if (!m_db->commit())
        return unusable();

    m_persistent = true;
    m_lastError.clear();
    qCInfo(lcProgress) << "progress store open:" << path;
    OpenResult opened = result(version == 0 ? Status::Created : okStatus);
    const qint64 witnessed = m_witness->open(path);
    const qint64 newest = ProgressWitness::newestEvent(*m_db);
    if (newest >= 0 && witnessed > newest) {
        qCWarning(lcProgress) << path << "holds events up to" << newest << "but" << witnessed << "were saved";
        opened.lostEvents = witnessed - newest;
        opened.message = ProgressMessages::lostSinceLastStart(int(qMin<qint64>(opened.lostEvents, 1000000)));
    }
    m_witness->saved(*m_db);
    return opened;
}

ProgressStore::OpenResult ProgressStore::fallBack(Status status, const QString &message, const QString &copyFrom)
{
    m_persistent = false;
    m_witness->close();
    qCWarning(lcProgress) << "progress kept in memory for this session";
    bool ok = m_db->openMemory();
    if (ok && !copyFrom.isEmpty() && !copyHistoryFrom(copyFrom)) {
        qCWarning(lcProgress) << "could not copy the history of" << copyFrom << "into memory";
        ok = m_db->openMemory(); // start clean rather than with half a copy
    }
    if (ok)
        ok = ProgressSchema::migrate(*m_db);
    if (!ok) {
        m_db->close();
        m_lastError = ProgressMessages::noStorageAtAll();
        return result(Status::Failed, m_lastError);
    }
    m_lastError.clear();
    return result(status, message);
}

// Copies every table of the file (read-only) into the fresh in-memory database, first bringing
// the memory schema to the file's version so SELECT * matches column for column, then leaving the
// rest of the migration to the caller.
bool ProgressStore::copyHistoryFrom(const QString &path)
{
    // Read-only first; where even that fails (no -shm can be created beside a WAL file in a read-only or
    // full location) immutable=1 reads the main file alone: the history as of the last checkpoint,
    // which after a clean exit is all of it.
    if (!QFileInfo(path).isFile())
        return true; // nothing to copy
    const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    std::optional<QVariant> version;
    for (const QString &mode : {QStringLiteral("?mode=ro"), QStringLiteral("?mode=ro&immutable=1")}) {
        if (!m_db->run(m_db->prepared(QStringLiteral("ATTACH DATABASE ? AS disk")), {QString(uri + mode)}))
            continue;
        version = m_db->scalar(QStringLiteral("PRAGMA disk.user_version"));
        if (version)
            break;
        m_db->exec(QStringLiteral("DETACH DATABASE disk"));
    }
    if (!version)
        return false;
    bool ok = version && version->toInt() >= 1 && version->toInt() <= ProgressSchema::CurrentVersion
        && ProgressSchema::migrate(*m_db, version->toInt()) && m_db->begin();
    if (ok) {
        // Table names come from our own schema list, never from input: formatting them is safe.
        for (const QString &table : ProgressSchema::tables(version->toInt())) {
            ok = m_db->exec(QStringLiteral("INSERT INTO main.") + table + QStringLiteral(" SELECT * FROM disk.")
                            + table);
            if (!ok)
                break;
        }
        ok = ok ? m_db->commit() : (m_db->rollback(), false);
    }
    m_db->exec(QStringLiteral("DETACH DATABASE disk"));
    if (ok)
        qCInfo(lcProgress) << "copied the readable history of" << path << "into memory";
    return ok;
}

bool ProgressStore::flush()
{
    if (!ready())
        return false;
    if (!isPersistent())
        return succeeded(); // nothing can be made durable in memory
    // TRUNCATE: copy the WAL into the file, fsync both, and empty the WAL.
    QSqlQuery *query = m_db->prepared(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!m_db->run(query, {}))
        return storageFailed();
    const bool complete = query->next() && query->value(0).toInt() == 0; // busy = 0
    query->finish();
    if (!complete) {
        m_lastError = ProgressMessages::storageFailure(ProgressConnection::Problem::Busy, false);
        return false;
    }
    return succeeded();
}

void ProgressStore::close()
{
    m_witness->close();
    m_db->close();
    m_persistent = false;
}

bool ProgressStore::isOpen() const
{
    return m_db->isOpen();
}

bool ProgressStore::isPersistent() const
{
    return m_persistent && m_db->isOpen();
}

QString ProgressStore::filePath() const
{
    return isPersistent() ? m_db->path() : QString();
}

QString ProgressStore::lastError() const
{
    return m_lastError;
}

QString ProgressStore::connectionName() const
{
    return m_connectionName;
}

int ProgressStore::schemaVersion()
{
    return ProgressSchema::CurrentVersion;
}

bool ProgressStore::ready() const
{
    m_db->clearError();
    if (m_db->isOpen())
        return true;
    m_lastError = ProgressMessages::notOpen();
    return false;
}

bool ProgressStore::rejectInput(const QString &why) const
{
    qCWarning(lcProgress) << "rejected:" << why;
    m_lastError = ProgressMessages::invalidInput(why);
    return false;
}

bool ProgressStore::storageFailed(bool reading) const
{
    m_lastError = ProgressMessages::storageFailure(m_db->lastProblem(), reading);
    return false;
}

bool ProgressStore::succeeded() const
{
    m_lastError.clear();
    m_db->clearError();
    return true;
}
