#include "datafolderlock.h"

#include "progresslog.h"

#include <QDir>
#include <QLockFile>
#include <QThread>

DataFolderLock::DataFolderLock(const QString &folder)
    : m_path(QDir(folder).absoluteFilePath(QStringLiteral("pausa.lock")))
    , m_file(std::make_unique<QLockFile>(m_path))
{
    // 0: a lock is stale only when its process is gone, never because a session has run for long.
    m_file->setStaleLockTime(0);
}

DataFolderLock::~DataFolderLock() = default;

DataFolderLock::Result DataFolderLock::lock()
{
    m_holderPid = 0;
    if (m_file->isLocked() || m_file->tryLock(0))
        return Result::Locked;
    if (m_file->error() == QLockFile::LockFailedError) {
        QString host;
        QString program;
        if (!m_file->getLockInfo(&m_holderPid, &host, &program)) {
            // A lock file that names no process: its process was killed between creating the file and
            // writing its id into it (seen with SIGKILL in tst_synccrash). With no age limit (above) Qt
            // would never call it stale, and no Pausa could open this folder again. A live process
            // writes its id at once, so one that still names nobody a moment later is left over.
            QThread::msleep(200);
            if (!m_file->getLockInfo(&m_holderPid, &host, &program)) {
                qCWarning(lcProgress) << m_path << "names no process: removing it as left over";
                if (m_file->removeStaleLockFile() && m_file->tryLock(0))
                    return Result::Locked;
            }
        }
        qCInfo(lcProgress) << m_path << "is held by process" << m_holderPid << program << "on" << host;
        return Result::HeldByOther;
    }
    qCWarning(lcProgress) << "cannot create" << m_path << "error" << int(m_file->error());
    return Result::Unavailable;
}
