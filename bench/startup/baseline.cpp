// The startup benchmark's baseline: a bare Qt Quick Controls window with one Label, in the same style.
#include "firstframeprobe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral("import QtQuick\nimport QtQuick.Controls\n"
                                      "ApplicationWindow { width: 1280; height: 800; visible: true\n"
                                      "  Label { anchors.centerIn: parent; text: \"Pausa\" } }"));
    if (engine.rootObjects().isEmpty())
        return 1;
    exitAfterFirstFrame(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    return QGuiApplication::exec();
}
