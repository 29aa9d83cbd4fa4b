#pragma once

#include <QObject>
#include <QTranslator>

class QQmlEngine;
class AppSettings;

// Installs the interface translation the learner chose (or the system's language when they chose
// none) and retranslates the running QML when the choice changes.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    LanguageSwitcher(QQmlEngine *engine, AppSettings *settings, QObject *parent = nullptr);

    // "sv" or "en" for a choice, otherwise the system locale decides.
    void apply(const QString &language);

private:
    QQmlEngine *m_engine;
    QTranslator m_translator;
    bool m_installed = false;
};
