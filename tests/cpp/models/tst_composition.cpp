// One way to compose the app: the composition root builds App and AppSettings and installs both; QML
// then gets exactly those instances, in every engine. QML asking for one that was never installed is
// a programming error: the process stops and says which and what to call (checked in a child process,
// since it ends the process).
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app.h"
#include "appsettings.h"

#include <memory>

namespace {

const char *const ChildVariable = "TST_COMPOSITION_READ_SINGLETON";

// A QML object that reads the singletons named.
QObject *readSingletons(QQmlEngine &engine, const QByteArray &names)
{
    QByteArray qml = "import QtQml\nimport Pausa.Models\nQtObject {\n";
    for (const QByteArray &name : names.split(','))
        qml += "    property QtObject " + name.toLower() + ": " + name + "\n";
    qml += "}\n";
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("qrc:/composition.qml")));
    QObject *object = component.create();
    if (!object)
        qWarning() << component.errors();
    return object;
}

// The child: an engine that reads one singleton nobody installed (the process should stop there).
int readUninstalledSingleton(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    delete readSingletons(engine, qgetenv(ChildVariable));
    return 0;   // not reached when the missing singleton stops the process
}

} // namespace

class TestComposition : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    // Both installed: every engine gets the very instances the root built.
    void installedInstancesReachQml()
    {
        AppSettings settings(nullptr);
        App services(nullptr);
        AppSettings::install(&settings);
        App::install(&services);
        for (int engineNumber = 0; engineNumber < 2; ++engineNumber) {
            QQmlEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
            const std::unique_ptr<QObject> object(readSingletons(engine, "App,AppSettings"));
            QVERIFY(object);
            QCOMPARE(object->property("app").value<QObject *>(), &services);
            QCOMPARE(object->property("appsettings").value<QObject *>(), &settings);
        }
        // Still alive after the engines are gone: QML never owned them.
        QCOMPARE(services.progress()->revision(), 0);
        settings.setReducedMotion(true);
        QVERIFY(settings.reducedMotion());
    }

    void missingSingletonStops_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("App") << QByteArray("App");
        QTest::newRow("AppSettings") << QByteArray("AppSettings");
    }

    void missingSingletonStops()
    {
        QFETCH(QByteArray, name);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildVariable), QString::fromLatin1(name));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString errors = QString::fromLocal8Bit(child.readAllStandardError());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);   // qFatal aborts
        QVERIFY2(errors.contains(QStringLiteral("none was installed")), qPrintable(errors));
        QVERIFY2(errors.contains(QString::fromLatin1(name + "::install()")), qPrintable(errors));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return readUninstalledSingleton(argc, argv);
    QGuiApplication app(argc, argv);
    TestComposition test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_composition.moc"
