#include "firstframerun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

FirstFrameRun FirstFrameRun::start(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    FirstFrameRun run;
    while (process.waitForReadyRead(20000)) {
        const QByteArray line = process.readAllStandardOutput();
        const qsizetype at = line.indexOf("FIRST_FRAME ");
        if (at >= 0) {
            run.ms = double(timer.nsecsElapsed()) / 1e6;
            const QList<QByteArray> fields = line.mid(at + 12).trimmed().split(' ');
            for (const QByteArray &field : fields) {
                if (field.startsWith("peak_rss_kb="))
                    run.rssKb = field.mid(12).toDouble();
                else if (field.startsWith("minor_faults="))
                    run.faults = field.mid(13).toDouble();
            }
            break;
        }
    }
    process.waitForFinished(10000);
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}
