#pragma once

#include <QJSEngine>
#include <QThread>
#include <QtGlobal>

class QQmlEngine;

// How the composition root (main.cpp, a test harness, the screenshot tool) hands a service it built to
// QML: install(&instance) before any QML loads, and Qt's singleton factory create(), which
// QML_SINGLETON finds on the class, gives that instance to every engine. The class keeps no default
// constructor, so that Qt 6.4 does not build a second, empty instance of its own. An engine asking
// before anything was installed is a programming error, not a case for a silent default: it stops.
template<typename T>
class InstalledSingleton
{
public:
    // The caller keeps ownership and keeps the instance alive while QML runs.
    static void install(T *instance) { s_installed = instance; }
    static T *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
    {
        Q_UNUSED(qmlEngine)
        if (s_installed == nullptr) {
            qFatal("QML asked for the singleton %s, but none was installed: build it and call %s::install() "
                   "before loading QML (see cpp/app/main.cpp)",
                   T::staticMetaObject.className(), T::staticMetaObject.className());
        }
        Q_ASSERT(jsEngine->thread() == s_installed->thread());
        QJSEngine::setObjectOwnership(s_installed, QJSEngine::CppOwnership);
        return s_installed;
    }

private:
    static inline T *s_installed = nullptr;
};
