// Pausa's composition root: builds the services, publishes them to QML and loads the window.
#include "app.h"
#include "appoptions.h"
#include "appsettings.h"
#include "firstframeprobe.h"
#include "languageswitcher.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrl>
#include <QtGlobal>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
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

    App services(nullptr);
    services.library()->load({QStringLiteral(":/lessons")}, options.lessonFolders);
    services.progress()->open(options.dataDir);
    App::install(&services);
    // The store syncs to disk lazily (WAL, synchronous=NORMAL); make it durable whenever the app may be
    // suspended or killed by the system, and on the way out.
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &app, [&services](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            services.progress()->store().flush();
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [&services] { services.progress()->store().flush(); });

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    // Qt 6.4 has no qrc:/qt/qml default import path and no loadFromModule (see shared/PLATFORM.md).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Pausa/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    // Pausa.Models registers its types when Main.qml first imports it, so the settings singleton exists
    // only now; this still runs before the first frame is drawn.
    auto *settings = engine.singletonInstance<AppSettings *>(qmlTypeId("Pausa.Models", 1, 0, "AppSettings"));
    LanguageSwitcher language(&engine, settings);
    if (options.exitAfterFirstFrame)
        exitAfterFirstFrame(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    return QGuiApplication::exec();
}
