#include "progresswitness.h"

#include "progressconnection.h"
#include "progresslog.h"

#include <QSqlQuery>

qint64 ProgressWitness::open(const QString &dbPath)
{
    close();
    m_file.setFileName(dbPath + QStringLiteral(".witness"));
    if (!m_file.open(QIODevice::ReadWrite)) {
        qCWarning(lcProgress) << "no witness file:" << m_file.errorString();
        return -1;
    }
    bool ok = false;
    const qint64 id = m_file.read(32).trimmed().toLongLong(&ok);
    return ok ? id : -1;
}

void ProgressWitness::close()
{
    m_file.close();
}

void ProgressWitness::saved(ProgressConnection &db)
{
    if (!m_file.isOpen())
        return;
    const qint64 id = newestEvent(db);
    if (id >= 0)
        write(id);
}

qint64 ProgressWitness::newestEvent(ProgressConnection &db)
{
    const std::optional<QVariant> id =
        db.runScalar(db.prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM event")), {});
    return id ? id->toLongLong() : -1;
}

void ProgressWitness::write(qint64 eventId)
{
    // Fixed width, written in place: the file never passes through a shorter state.
    const QByteArray line = QByteArray::number(eventId).leftJustified(20, ' ') + '\n';
    if (!m_file.seek(0) || m_file.write(line) != line.size() || !m_file.flush())
        qCWarning(lcProgress) << "cannot update the witness file:" << m_file.errorString();
}
