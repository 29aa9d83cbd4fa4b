// Pausa's composition root: builds the services, publishes them to QML and loads the window.
#include "app.h"
#include "catalog/courseinstaller.h"
#include "appoptions.h"
#include "appsettings.h"
#include "firstframeprobe.h"
#include "headlessreporting.h"
#include "headlesssync.h"
#include "iconimageprovider.h"
#include "languageswitcher.h"
#include "offlinenetworkaccess.h"
#include "progress/datafolderlock.h"
#include "runninginstance.h"
#include "screeninsets.h"
#include "windowplacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlError>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
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
QObject *createWhenLoaded(QQmlComponent &component, const QVariantMap &initialProperties)
{
    if (component.isLoading()) {
        QEventLoop loading;
        QObject::connect(&component, &QQmlComponent::statusChanged, &loading, &QEventLoop::quit);
        loading.exec();
    }
    QObject *object = component.isReady() ? component.createWithInitialProperties(initialProperties) : nullptr;
    if (!object) {
        for (const QQmlError &error : component.errors())
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    }
    return object;
}

// On a desktop, the window opens where the learner left it, inside the screen (see WindowPlacement);
// on a phone the system sizes it.
QVariantMap windowPlacement()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return {};
#else
    const QRect geometry = WindowPlacement::initialGeometry(QSize(1280, 800));
    return {{QStringLiteral("x"), geometry.x()}, {QStringLiteral("y"), geometry.y()},
            {QStringLiteral("width"), geometry.width()}, {QStringLiteral("height"), geometry.height()}};
#endif
}

// The name and version every command prints, and the folders QSettings and the app data live in.
void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pausa"));
    QCoreApplication::setApplicationName(QStringLiteral("Pausa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAUSA_VERSION));
}

QStringList commandLine(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// What the command line asks that needs no window (see AppOptions::wantsNoWindow). --help, --version
// and a mistake are printed by the parser, which exits.
int runWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const AppOptions options = AppOptions::parse(app);
    Q_UNUSED(options);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    // --send-results / --join / a pausa:// link: no window, no display (a QCoreApplication of their own).
    if (const int code = runHeadlessReporting(argc, argv); code >= 0)
        return code;
    if (HeadlessSync::wanted(argc, argv))   // --subscribe / --sync: no window, no display needed
        return HeadlessSync::run(argc, argv);
    if (AppOptions::wantsNoWindow(commandLine(argc, argv)))
        return runWithoutWindow(argc, argv);
    if (!hasDisplay()) {
        std::fputs("pausa: no display found (DISPLAY is not set); run `make screenshots` to render the "
                   "screens headless.\n",
                   stderr);
        return 2;
    }

    // The installed .desktop file's name (packaging/linux): Wayland shells find the icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pausa.pausa"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setWindowIcon(IconImageProvider::appIcon()); // X11 and other desktops without the .desktop file
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
    // The two singletons QML reads, built here once and installed before any QML loads: the learner's
    // interface settings and the services (below).
    AppSettings settings(nullptr);
    AppSettings::install(&settings);
    // The learner's language before anything is said (the progress store's notice comes at open), and
    // before the QML loader thread starts, since it sets the default QLocale.
    LanguageSwitcher language(settings.language());
    OfflineNetworkAccess offline; // nothing in the QML reaches the network (see the class); outlives the engine
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&offline);
    // Qt 6.4 has no qrc:/qt/qml default import path and no loadFromModule (Qt 6.5 added both).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    IconImageProvider::install(&engine);
    // The QML is loaded (imports resolved, types compiled) on the engine's loader thread while this
    // thread reads the course and opens the progress store; objects are created once both are done.
    QQmlComponent mainWindow(&engine);
    mainWindow.loadUrl(QUrl(QStringLiteral("qrc:/qt/qml/Pausa/Main.qml")), QQmlComponent::Asynchronous);

    App services(nullptr);
    // Installed courses (<data dir>/courses/<id>/, kept by the subscriptions) load like bundled ones;
    // first what a killed sync left half-switched is put right (cheap: one folder listing).
    CourseInstaller(options.dataDir).repair();
    // A course unchanged since the last start is read back from the cache instead of parsed again, so
    // that start-up does not grow with the library.
    services.library()->setCacheFolder(options.dataDir + QStringLiteral("/cache/courses"));
    const auto loadLibrary = [&services, &options] {
        services.library()->load(QStringList{QStringLiteral(":/lessons")}
                                     + CourseInstaller::installedCourseFolders(options.dataDir),
                                 options.lessonFolders);
    };
    loadLibrary();
    // An install, update or removal switched a course folder: every screen follows (coursesChanged).
    QObject::connect(services.subscriptions(), &CourseSubscriptions::coursesInstalled, &services, loadLibrary);
    // The full integrity check of the progress file waits until the first frame is up (below).
    services.progress()->open(options.dataDir, ProgressStore::IntegrityCheck::Later);
    App::install(&services);
    // The store syncs to disk lazily (WAL, synchronous=NORMAL); make it durable whenever the app may be
    // suspended or killed by the system, and on the way out.
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &app, [&services](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            services.progress()->flush();
        else
            services.reporting()->sendWhenDue(); // back from the background: results that waited go now
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [&services] { services.progress()->flush(); });

    std::unique_ptr<QObject> root(createWhenLoaded(mainWindow, windowPlacement()));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window)
        return 1;
#if !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    if (WindowPlacement::initiallyMaximized())
        window->showMaximized();
    // An offscreen run (the tests, benchmarks and screenshots that start the real app) has no place on
    // a real screen to remember, and must not overwrite the learner's.
    if (QGuiApplication::platformName() != u"offscreen")
        WindowPlacement::remember(window);
#endif
    ScreenInsets::apply(window);
    // From now on a change of language in the settings retranslates the running QML.
    language.follow(&engine, &settings);
    instance.listen(window);
    QObject::connect(window, &QQuickWindow::frameSwapped, &services, [&services, dataDir = options.dataDir] {
        services.setFirstFrameShown();
        services.progress()->checkIntegrityInBackground();
        services.reporting()->sendWhenDue();
        // Course subscriptions are read, and updates checked (at most every few hours), after the first frame.
        services.subscriptions()->setDataDir(dataDir);
        services.subscriptions()->checkForUpdatesIfDue();
    }, Qt::SingleShotConnection);
    if (options.exitAfterFirstFrame)
        exitAfterFirstFrame(window);
    return QGuiApplication::exec();
}
