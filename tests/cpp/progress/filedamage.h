#pragma once

// Damaging a progress file on purpose, for the tests of what the store does about it.
#include <QFile>
#include <QRandomGenerator>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

QByteArray garbage(int size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator rng(42);
    for (char &b : bytes)
        b = char(rng.bounded(256));
    return bytes;
}

#ifdef Q_OS_LINUX
// Root ignores permission bits (CAP_DAC_OVERRIDE). Taking the DAC capabilities out of this
// thread's effective set (they stay permitted, so they can be put back) makes chmod bite again.
class DacCapabilities
{
public:
    bool drop()
    {
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return false;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
            reduced[cap / 32].effective &= ~(1u << (cap % 32));
        m_dropped = syscall(SYS_capset, &m_header, reduced) == 0;
        return m_dropped;
    }
    ~DacCapabilities()
    {
        if (m_dropped)
            syscall(SYS_capset, &m_header, m_saved);
    }

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_dropped = false;
};
#endif

} // namespace
