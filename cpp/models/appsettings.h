#pragma once

#include <QDir>
#include <QObject>
#include <QSettings>
#include <QtQml/qqml.h>

#include "installedsingleton.h"

// The learner's interface preferences, kept in QSettings so they survive restarts.
// Presentation choices only: which colours a theme means is the QML Theme's business. Published to
// QML as the singleton `AppSettings` the way App is: the composition root builds one and installs it.
class AppSettings : public QObject, public InstalledSingleton<AppSettings>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(ThemeMode themeMode READ themeMode WRITE setThemeMode NOTIFY themeModeChanged)
    Q_PROPERTY(int textSizeStep READ textSizeStep WRITE setTextSizeStep NOTIFY textSizeStepChanged)
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textSizeStepChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool soundsEnabled READ soundsEnabled WRITE setSoundsEnabled NOTIFY soundsEnabledChanged)
    Q_PROPERTY(qreal soundVolume READ soundVolume WRITE setSoundVolume NOTIFY soundVolumeChanged)
    // The same volume as the linear gain a sound player takes (the slider is perceptual).
    Q_PROPERTY(qreal soundGain READ soundGain NOTIFY soundVolumeChanged)
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    // Where these settings are kept (a file, or a registry path on Windows), for the About page.
    Q_PROPERTY(QString fileName READ fileName CONSTANT)

public:
    enum class ThemeMode { System, Light, Dark };
    Q_ENUM(ThemeMode)

    static constexpr int MinTextSizeStep = 0;
    static constexpr int MaxTextSizeStep = 3;

    // No default argument on purpose, as App's: Qt 6.4 would build a default-constructible singleton
    // itself and never call create(). Build it after the application's name is set (QSettings).
    explicit AppSettings(QObject *parent);

    ThemeMode themeMode() const { return m_themeMode; }
    void setThemeMode(ThemeMode mode);

    // 0 small, 1 normal, 2 large, 3 largest.
    int textSizeStep() const { return m_textSizeStep; }
    void setTextSizeStep(int step);
    qreal textScale() const;

    // "" follows the system, otherwise "sv" or "en".
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    bool soundsEnabled() const { return m_soundsEnabled; }
    void setSoundsEnabled(bool enabled);

    qreal soundVolume() const { return m_soundVolume; }
    void setSoundVolume(qreal volume);
    qreal soundGain() const;

    QString fileName() const { return QDir::toNativeSeparators(m_settings.fileName()); }

    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced);

Q_SIGNALS:
    void themeModeChanged();
    void textSizeStepChanged();
    void languageChanged();
    void soundsEnabledChanged();
    void soundVolumeChanged();
    void reducedMotionChanged();

private:
    QSettings m_settings;
    ThemeMode m_themeMode = ThemeMode::System;
    int m_textSizeStep = 1;
    QString m_language;
    bool m_soundsEnabled = true;
    qreal m_soundVolume = 0.6;
    bool m_reducedMotion = false;
};
