#include "languageswitcher.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

LanguageSwitcher::LanguageSwitcher(QQmlEngine *engine, AppSettings *settings, QObject *parent)
    : QObject(parent)
{
    follow(engine, settings);
}

LanguageSwitcher::LanguageSwitcher(const QString &language, QObject *parent)
    : QObject(parent)
{
    apply(language);
}

void LanguageSwitcher::follow(QQmlEngine *engine, AppSettings *settings)
{
    m_engine = engine;
    apply(settings->language());
    connect(settings, &AppSettings::languageChanged, this, [this, settings] { apply(settings->language()); });
}

void LanguageSwitcher::apply(const QString &language)
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Numbers and dates follow the interface language too ("5,5 s", "23 nov. 2026" in Swedish),
    // not only the words: QLocale() in C++ and Qt.locale() in QML both read this default.
    QLocale::setDefault(locale);
    // The source strings are English; pausa_en.qm exists so that an explicit English choice is honoured
    // even on a Swedish system.
    m_installed = loadTranslation(&m_translator, locale) && QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

bool LanguageSwitcher::loadTranslation(QTranslator *translator, const QLocale &locale)
{
    const auto load = [translator](const QLocale &wanted) {
        return translator->load(wanted, QStringLiteral("pausa"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    return load(locale) || load(QLocale(QLocale::English));
}
