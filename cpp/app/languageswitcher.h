#pragma once

#include <QLocale>
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
    // Before the QML engine and its settings exist: what the app says while it starts (the progress
    // store's notice about a damaged or unreadable file) is in the learner's language too.
    explicit LanguageSwitcher(const QString &language, QObject *parent = nullptr);
    // From now on the choice in settings decides, and the running QML is retranslated.
    void follow(QQmlEngine *engine, AppSettings *settings);

    // "sv" or "en" for a choice, otherwise the system locale decides.
    void apply(const QString &language);

    // Loads Pausa's translation for `locale` into `translator`; English for a language Pausa has no
    // translation for (German, the C locale), not the source strings: those carry plural
    // placeholders ("%n day(s) in a row").
    static bool loadTranslation(QTranslator *translator, const QLocale &locale);

private:
    QQmlEngine *m_engine = nullptr;
    QTranslator m_translator;
    bool m_installed = false;
};
