#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One start of a program that prints "FIRST_FRAME peak_rss_kb=… minor_faults=…" when its first frame
// is shown (cpp/app/firstframeprobe.h), offscreen: how long that took and what it cost.
struct FirstFrameRun
{
    double ms = -1;
    double rssKb = -1;
    double faults = -1;   // minor page faults up to the first frame

    static FirstFrameRun start(const QString &program, const QStringList &arguments);
};

double median(QList<double> values);
