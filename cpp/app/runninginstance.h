#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QWindow;

// The hand-over between two starts of Pausa on one data folder (see DataFolderLock): the first
// listens on a local socket named after the folder; a second start asks it to bring its window to
// the front, then quits without opening anything. Local sockets are per user (a Unix socket in the
// runtime folder, a named pipe on Windows), so this never leaves the device.
class RunningInstance : public QObject
{
public:
    explicit RunningInstance(const QString &dataFolder, QObject *parent = nullptr);

    // The first start: from now on, a second start's request raises window.
    void listen(QWindow *window);
    // A second start: asks the first to show its window. False when it did not answer within
    // timeoutMs (hung, still starting after that, or a different program holds the folder).
    bool askToShowWindow(int timeoutMs = 5000) const;

    static QString serverName(const QString &dataFolder);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
