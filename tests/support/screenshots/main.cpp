// pausa-screenshots: renders Pausa's screens headless to PNG files, at phone and laptop size, light
// and dark. The screens are reached by a tour file: one step a line, "name | JavaScript", where the
// JavaScript runs in Main.qml's context (so it can call frame.showDestinationByKey(...) and the like).
// --lessons DIR previews a course folder as the app's --lessons does; --sizes and --themes pick a subset.
#include "app.h"
#include "iconimageprovider.h"
#include "appsettings.h"
#include "languageswitcher.h"
#include "review/wallclock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

struct Step
{
    QString name;
    QString script;
};

struct Size
{
    QString name;
    int width;
    int height;
};

QList<Step> readTour(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + QStringLiteral(": cannot read the tour file: ") + file.errorString();
        return {};
    }
    QList<Step> steps;
    int lineNumber = 0;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype bar = line.indexOf(u'|');
        if (bar <= 0) {
            *error = path + u':' + QString::number(lineNumber) + QStringLiteral(": expected 'name | script'");
            return {};
        }
        steps.append({line.left(bar).trimmed(), line.mid(bar + 1).trimmed()});
    }
    return steps;
}

// Lets bindings, StackView transitions and the renderer settle before a grab.
void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // processEvents() outside an event loop leaves deleteLater() undone, so pages popped off the
        // stack would live on (and react to settings) as they never do in the app.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// A step may start with "@days N;": the review clock moves N days first (review screens need items due).
bool run(QQmlApplicationEngine &engine, QString script, const QString &stepName, FakeWallClock *clock = nullptr,
         App *services = nullptr)
{
    static const QRegularExpression days(QStringLiteral("^@days\\s+(\\d+)\\s*;"));
    if (const QRegularExpressionMatch match = days.match(script); match.hasMatch() && clock && services) {
        clock->advanceMs(match.captured(1).toLongLong() * 24 * 3600 * 1000);
        services->review()->timeMoved();
        script = script.mid(match.capturedLength());
    }
    QObject *root = engine.rootObjects().constFirst();
    QQmlExpression expression(qmlContext(root), root, script);
    expression.evaluate();
    if (expression.hasError()) {
        std::fprintf(stderr, "pausa-screenshots: step %s: %s\n", qPrintable(stepName),
                     qPrintable(expression.error().toString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Pausa"));
    QGuiApplication::setApplicationName(QStringLiteral("PausaScreenshots"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PAUSA_VERSION)); // the About page shows it

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("tour"), QStringLiteral("The tour file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("lessons"),
                      QStringLiteral("A course folder (or folder of courses) to show as the app's --lessons does: it "
                                     "wins over a bundled course with the same id, so content edits need no rebuild. "
                                     "Repeatable."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("themes"), QStringLiteral("Themes to render, comma-separated: light, dark."),
                      QStringLiteral("list"), QStringLiteral("light,dark")});
    parser.addOption({QStringLiteral("sizes"),
                      QStringLiteral("Window sizes to render, comma-separated: phone (360x740), laptop (1280x800)."),
                      QStringLiteral("list"), QStringLiteral("phone,laptop")});
    parser.process(app);

    const QList<Size> allSizes{{QStringLiteral("phone"), 360, 740}, {QStringLiteral("laptop"), 1280, 800}};
    QList<Size> sizes;
    for (const QString &name : parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts)) {
        const auto it = std::find_if(allSizes.cbegin(), allSizes.cend(),
                                     [&](const Size &size) { return size.name == name.trimmed(); });
        if (it == allSizes.cend()) {
            std::fprintf(stderr, "pausa-screenshots: unknown size '%s' (phone, laptop)\n", qPrintable(name));
            return 1;
        }
        sizes.append(*it);
    }
    QStringList themes;
    for (const QString &name : parser.value(QStringLiteral("themes")).split(u',', Qt::SkipEmptyParts)) {
        if (name.trimmed() != u"light" && name.trimmed() != u"dark") {
            std::fprintf(stderr, "pausa-screenshots: unknown theme '%s' (light, dark)\n", qPrintable(name));
            return 1;
        }
        themes.append(name.trimmed());
    }

    QString error;
    const QList<Step> steps = readTour(parser.value(QStringLiteral("tour")), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.absolutePath());

    QStandardPaths::setTestModeEnabled(true);   // never touch the learner's real settings or progress
    // Every run starts from the default settings: a tour that changed the text size and stopped early
    // (or a hand-written one) must not leave the next run's screenshots at that size.
    QSettings().clear();
    AppSettings settings(nullptr);   // as main.cpp: both singletons built here and installed
    AppSettings::install(&settings);
    QTemporaryDir dataDir;
    App services(nullptr);
    services.library()->load({QStringLiteral(":/lessons")}, parser.values(QStringLiteral("lessons")));
    for (const QString &problem : services.library()->problems())
        std::fprintf(stderr, "pausa-screenshots: %s\n", qPrintable(problem));
    services.progress()->open(dataDir.path());
    FakeWallClock clock(QDateTime::currentMSecsSinceEpoch());
    services.review()->setClock(&clock);
    services.setFirstFrameShown();   // screenshots show every course
    App::install(&services);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    IconImageProvider::install(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Pausa/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    settings.setLanguage(qEnvironmentVariable("PAUSA_LANGUAGE", QStringLiteral("sv")));
    LanguageSwitcher language(&engine, &settings);

    int written = 0;
    for (const QString &theme : themes) {
        run(engine, QStringLiteral("AppSettings.themeMode = AppSettings.%1")
                        .arg(theme == u"dark" ? QStringLiteral("Dark") : QStringLiteral("Light")),
            theme);
        for (const Size &size : sizes) {
            window->resize(size.width, size.height);
            settle(100);
            for (const Step &step : steps) {
                if (!run(engine, step.script, step.name, &clock, &services))
                    return 1;
                settle(800);   // StackView transitions take ~400 ms; a loaded machine needs more
                const QString file = out.filePath(step.name + u'-' + size.name + u'-' + theme + QStringLiteral(".png"));
                if (!window->grabWindow().save(file)) {
                    std::fprintf(stderr, "pausa-screenshots: cannot write %s\n", qPrintable(file));
                    return 1;
                }
                ++written;
            }
        }
    }
    run(engine, QStringLiteral("AppSettings.themeMode = AppSettings.System"), QStringLiteral("reset"));
    std::printf("pausa-screenshots: wrote %d screenshots to %s\n", written, qPrintable(out.absolutePath()));
    return 0;
}
