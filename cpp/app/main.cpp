// Pausa's composition root: builds the services, publishes them to QML and loads the window.
#include "app.h"
#include "catalog/courseinstaller.h"
#include "appoptions.h"
#include "appsettings.h"
#include "firstframeprobe.h"
#include "headlesssync.h"
#include "languageswitcher.h"
#include "offlinenetworkaccess.h"
#include "progress/datafolderlock.h"
#include "runninginstance.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlError>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrl>
#include <QtGlobal>

#include <cstdio>
#include <memory>

namespace {

// On Linux a GUI application with no display aborts inside Qt with a long message; say it in one line.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Waits (running the event loop) until the component has loaded, then creates its object; errors go to
// the log, as QQmlApplicationEngine::load would print them.
QObject *createWhenLoaded(QQmlComponent &component)
{
    if (component.isLoading()) {
        QEventLoop loading;
        QObject::connect(&component, &QQmlComponent::statusChanged, &loading, &QEventLoop::quit);
        loading.exec();
    }
    QObject *object = component.isReady() ? component.create() : nullptr;
    if (!object) {
        for (const QQmlError &error : component.errors())
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    }
    return object;
}

} // namespace

int main(int argc, char *argv[])
{
    if (HeadlessSync::wanted(argc, argv))   // --subscribe / --sync: no window, no display needed
        return HeadlessSync::run(argc, argv);
    if (!hasDisplay()) {
        std::fputs("pausa: no display found (DISPLAY is not set); run `make screenshots` to render the "
                   "screens headless.\n",
                   stderr);
        return 2;
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Pausa"));
    QGuiApplication::setApplicationName(QStringLiteral("Pausa"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PAUSA_VERSION));
    const AppOptions options = AppOptions::parse(app);

    // One Pausa per data folder: a second start (a double-click on a laptop) hands over to the first
    // and quits before it opens anything there.
    DataFolderLock folderLock(options.dataDir);
    RunningInstance instance(options.dataDir);
    if (QDir().mkpath(options.dataDir) && folderLock.lock() == DataFolderLock::Result::HeldByOther) {
        const QByteArray folder = QDir::toNativeSeparators(options.dataDir).toLocal8Bit();
        if (instance.askToShowWindow()) {
            std::fprintf(stderr, "pausa: Pausa is already open with the data folder %s; its window was brought "
                         "to the front.\n", folder.constData());
            return 0;
        }
        std::fprintf(stderr, "pausa: another Pausa (process %lld) is using the data folder %s and does not "
                     "answer. Close it first, or start with another --data-dir.\n",
                     static_cast<long long>(folderLock.holderPid()), folder.constData());
        return 3;
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    // The learner's language before anything is said (the progress store's notice comes at open), and
    // before the QML loader thread starts, since it sets the default QLocale.
    LanguageSwitcher language(AppSettings().language());
    OfflineNetworkAccess offline; // nothing in the QML reaches the network (see the class); outlives the engine
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&offline);
    // Qt 6.4 has no qrc:/qt/qml default import path and no loadFromModule (see shared/PLATFORM.md).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // The QML is loaded (imports resolved, types compiled) on the engine's loader thread while this
    // thread reads the course and opens the progress store; objects are created once both are done.
    QQmlComponent mainWindow(&engine);
    mainWindow.loadUrl(QUrl(QStringLiteral("qrc:/qt/qml/Pausa/Main.qml")), QQmlComponent::Asynchronous);

    App services(nullptr);
    // Installed courses (<data dir>/courses/<id>/, kept by the subscriptions) load like bundled ones;
    // first what a killed sync left half-switched is put right (cheap: one folder listing).
    CourseInstaller(options.dataDir).repair();
    services.library()->load(QStringList{QStringLiteral(":/lessons")} + CourseInstaller::installedCourseFolders(options.dataDir),
                             options.lessonFolders);
    services.library()->parseAllQuizzes(); // the home page's figures need them
    // The full integrity check of the progress file waits until the first frame is up (below).
    services.progress()->open(options.dataDir, ProgressStore::IntegrityCheck::Later);
    App::install(&services);
    // The store syncs to disk lazily (WAL, synchronous=NORMAL); make it durable whenever the app may be
    // suspended or killed by the system, and on the way out.
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &app, [&services](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            services.progress()->store().flush();
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [&services] { services.progress()->store().flush(); });

    std::unique_ptr<QObject> root(createWhenLoaded(mainWindow));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window)
        return 1;
    // Pausa.Models registers its types when Main.qml first imports it, so the settings singleton exists
    // only now; this still runs before the first frame is drawn.
    auto *settings = engine.singletonInstance<AppSettings *>(qmlTypeId("Pausa.Models", 1, 0, "AppSettings"));
    language.follow(&engine, settings);
    instance.listen(window);
    QObject::connect(window, &QQuickWindow::frameSwapped, &services, [&services, dataDir = options.dataDir] {
        services.progress()->checkIntegrityInBackground();
        // Course subscriptions are read, and updates checked (at most every few hours), after the first frame.
        services.subscriptions()->setDataDir(dataDir);
        services.subscriptions()->checkForUpdatesIfDue();
    }, Qt::SingleShotConnection);
    if (options.exitAfterFirstFrame)
        exitAfterFirstFrame(window);
    return QGuiApplication::exec();
}
