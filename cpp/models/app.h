#pragma once

#include <QObject>
#include <QtQml/qqml.h>

#include "breathingpatternmodel.h"
#include "courselibrary.h"
#include "coursesubscriptions.h"
#include "installedsingleton.h"
#include "progresstracker.h"
#include "resultreporting.h"
#include "reviewservice.h"

// The services every screen shares, published to QML as the singleton `App`. The composition root
// (main.cpp, a test harness, the screenshot tool) builds them and installs this object before it
// loads any QML (App::install); QML then reaches the one instance through create().
class App : public QObject, public InstalledSingleton<App>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(CourseLibrary *library READ library CONSTANT)
    Q_PROPERTY(ProgressTracker *progress READ progress CONSTANT)
    // Built-in breathing exercises plus those of the loaded courses, shared by every breathing screen.
    Q_PROPERTY(BreathingPatternModel *breathingPatterns READ breathingPatterns CONSTANT)
    // False until the window has shown its first frame (main.cpp says so; a test harness at once):
    // screens may leave what is below the fold until then, so start-up does not grow with the library.
    Q_PROPERTY(bool firstFrameShown READ firstFrameShown NOTIFY firstFrameShownChanged)
    // Results to the organisation's LRS (xAPI), off until the learner turns it on.
    Q_PROPERTY(ResultReporting *reporting READ reporting CONSTANT)
    // Spaced review: its settings and clock (the figures come from ReviewOverview / ReviewSession).
    Q_PROPERTY(ReviewService *review READ review CONSTANT)
    // Catalog links, installing and updating courses ("Add courses"); main.cpp gives it the data folder.
    Q_PROPERTY(CourseSubscriptions *subscriptions READ subscriptions CONSTANT)

public:
    // No default argument on purpose: Qt 6.4 builds a default-constructible singleton itself and
    // never calls create(), which would give QML an empty App of its own.
    explicit App(QObject *parent);

    CourseLibrary *library() { return &m_library; }
    ProgressTracker *progress() { return &m_progress; }
    BreathingPatternModel *breathingPatterns() { return &m_breathingPatterns; }
    ResultReporting *reporting() { return &m_reporting; }
    ReviewService *review() { return &m_review; }
    CourseSubscriptions *subscriptions() { return &m_subscriptions; }

    bool firstFrameShown() const { return m_firstFrameShown; }
    void setFirstFrameShown()
    {
        if (!m_firstFrameShown) {
            m_firstFrameShown = true;
            Q_EMIT firstFrameShownChanged();
        }
    }

Q_SIGNALS:
    void firstFrameShownChanged();

private:
    bool m_firstFrameShown = false;
    CourseLibrary m_library;
    ProgressTracker m_progress;
    BreathingPatternModel m_breathingPatterns;
    ResultReporting m_reporting{m_progress, m_library};
    ReviewService m_review{&m_library, &m_progress};
    CourseSubscriptions m_subscriptions;
};
