// Qt Quick Test harness: every tst_*.qml runs against the real Pausa QML modules and the real models,
// over the real course (lessons/ in the source tree) and the test courses, a fresh progress store and
// fresh settings in temporary folders.
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <optional>

#include "app.h"
#include "appsettings.h"
#include "iconimageprovider.h"
#include "review/wallclock.h"

// Moves the app's review clock (a FakeWallClock the harness installs), for tst_review: days pass in a
// millisecond. Registered for the tests only, as the singleton TestClock of the module PausaTest.
class TestClock : public QObject
{
    Q_OBJECT
public:
    TestClock(FakeWallClock *clock, ReviewService *review) : m_clock(clock), m_review(review) {}
    Q_INVOKABLE void advanceDays(double days)
    {
        m_clock->advanceMs(qint64(days * 24 * 3600 * 1000));
        m_review->timeMoved();
    }

private:
    FakeWallClock *m_clock;
    ReviewService *m_review;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PausaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PAUSA_VERSION)); // as main.cpp: the About page shows it
        // Settings of this run only, starting from the defaults: a test file that stopped halfway with
        // the largest text size set must not change the layout of the next file's run.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // The same graph as main.cpp: the settings and the services built here, both installed.
        m_settings.emplace(nullptr);
        AppSettings::install(&*m_settings);
        // The real course, a small fixture course whose answers the flow tests know, and the second
        // course (tests/support/courses: English, another field, every documented feature).
        m_app.library()->load({QStringLiteral(PAUSA_SOURCE_DIR "/lessons"),
                               QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/data"),
                               QStringLiteral(PAUSA_SOURCE_DIR "/tests/support/courses")});
        m_app.progress()->open(m_dataDir.path());
        m_app.review()->setClock(&m_clock);
        m_app.subscriptions()->setDataDir(m_dataDir.path());
        m_app.setFirstFrameShown();   // every screen complete from the start: tests look below the fold
        App::install(&m_app);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        IconImageProvider::install(engine);
        qmlRegisterSingletonInstance("PausaTest", 1, 0, "TestClock", &m_testClock);
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::optional<AppSettings> m_settings;   // built once the settings' folder is set
    App m_app{nullptr};
    FakeWallClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    TestClock m_testClock{&m_clock, m_app.review()};
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)
#include "setup.moc"
