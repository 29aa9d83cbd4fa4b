#include "progressfile.h"

#include "progressconnection.h"
#include "progresslog.h"
#include "progressschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ProgressFile {

namespace {

// With the rights this process opens files with (the effective ids, AT_EACCESS), as open(2) would
// judge, without opening anything.
bool isReadable(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), R_OK, AT_EACCESS) == 0;
#else
    return QFileInfo(path).isReadable();
#endif
}

} // namespace

Probe probe(const QString &path, const QString &connectionName, Probe::Depth depth)
{
    Probe result;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return result;

    // Never open the file outside SQLite: on POSIX, closing any descriptor of a file drops every
    // lock this process holds on it, the live connection's too. With its locks gone, a second
    // process could checkpoint and delete the WAL the app is still writing into (and a kill then
    // loses everything since). The permission check reads no descriptor.
    if (info.isDir() || !isReadable(path)) {
        result.state = Probe::State::Unreadable;
        result.detail = info.isDir() ? QStringLiteral("is a directory") : QStringLiteral("no permission to read it");
        return result;
    }

    ProgressConnection db(connectionName);
    // SQLite saying "corrupt" or "not a database" condemns the file; anything else (locked, a hot
    // journal a read-only connection cannot replay, no -shm in a read-only directory) is left to
    // the read-write open to judge.
    const auto failed = [&result, &db]() {
        result.state = db.lastProblem() == ProgressConnection::Problem::Corrupt ? Probe::State::Damaged
                                                                                : Probe::State::Inconclusive;
        result.detail = db.lastTechnicalError();
        return result;
    };
    if (!db.openFile(path, true))
        return failed();
    result.version = ProgressSchema::version(db);
    if (result.version < 0)
        return failed();
    if (result.version > ProgressSchema::CurrentVersion) {
        result.state = Probe::State::Newer;
        result.detail = QStringLiteral("schema version %1, this build knows up to %2")
                            .arg(result.version)
                            .arg(ProgressSchema::CurrentVersion);
        return result;
    }
    if (depth == Probe::Depth::Header) {
        result.state = Probe::State::Usable;
        return result;
    }
    // quick_check reads every page (~70 ms for a year of heavy use, bench_progress) but skips the
    // slow index cross-checks of integrity_check: enough to catch a torn or overwritten file.
    const std::optional<QVariant> check = db.scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return failed();
    if (check->toString() != QStringLiteral("ok")) {
        result.state = Probe::State::Damaged;
        result.detail = QStringLiteral("quick_check: ") + check->toString();
        return result;
    }
    result.state = Probe::State::Usable;
    return result;
}

QString moveAside(const QString &path, QString *detail)
{
    const QFileInfo info(path);
    const QDir dir = info.dir();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("progress-corrupt-") + stamp;
    QString target = dir.filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = dir.filePath(base + u'-' + QString::number(n) + QStringLiteral(".db"));

    if (!QDir().rename(path, target)) {
        if (detail)
            *detail = QStringLiteral("cannot rename %1 to %2").arg(path, target);
        return {};
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString companion = path + suffix;
        if (!QFileInfo::exists(companion))
            continue;
        if (!QDir().rename(companion, target + suffix) && !QFile::remove(companion)) {
            if (detail)
                *detail = QStringLiteral("cannot move or remove %1").arg(companion);
            return {};
        }
    }
    qCWarning(lcProgress) << "moved damaged progress file" << path << "to" << target;
    return target;
}

} // namespace ProgressFile
