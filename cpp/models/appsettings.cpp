#include "appsettings.h"

#include <cmath>

#include <QtGlobal>

namespace {
constexpr auto ThemeKey = "ui/theme";
constexpr auto TextSizeKey = "ui/textSizeStep";
constexpr auto LanguageKey = "ui/language";
constexpr auto SoundsKey = "sound/enabled";
constexpr auto VolumeKey = "sound/volume";
constexpr auto ReducedMotionKey = "ui/reducedMotion";
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    const int theme = m_settings.value(QLatin1String(ThemeKey), 0).toInt();
    m_themeMode = (theme >= 0 && theme <= 2) ? static_cast<ThemeMode>(theme) : ThemeMode::System;
    m_textSizeStep = qBound(MinTextSizeStep, m_settings.value(QLatin1String(TextSizeKey), 1).toInt(),
                            MaxTextSizeStep);
    const QString language = m_settings.value(QLatin1String(LanguageKey)).toString();
    m_language = (language == u"sv" || language == u"en") ? language : QString();
    m_soundsEnabled = m_settings.value(QLatin1String(SoundsKey), true).toBool();
    m_soundVolume = qBound(0.0, m_settings.value(QLatin1String(VolumeKey), 0.6).toDouble(), 1.0);
    m_reducedMotion = m_settings.value(QLatin1String(ReducedMotionKey), false).toBool();
}

void AppSettings::setThemeMode(ThemeMode mode)
{
    if (m_themeMode == mode)
        return;
    m_themeMode = mode;
    m_settings.setValue(QLatin1String(ThemeKey), static_cast<int>(mode));
    Q_EMIT themeModeChanged();
}

void AppSettings::setTextSizeStep(int step)
{
    step = qBound(MinTextSizeStep, step, MaxTextSizeStep);
    if (m_textSizeStep == step)
        return;
    m_textSizeStep = step;
    m_settings.setValue(QLatin1String(TextSizeKey), step);
    Q_EMIT textSizeStepChanged();
}

qreal AppSettings::textScale() const
{
    static constexpr qreal scales[] = {0.875, 1.0, 1.2, 1.4};
    return scales[m_textSizeStep];
}

void AppSettings::setLanguage(const QString &language)
{
    const QString normalized = (language == u"sv" || language == u"en") ? language : QString();
    if (m_language == normalized)
        return;
    m_language = normalized;
    m_settings.setValue(QLatin1String(LanguageKey), normalized);
    Q_EMIT languageChanged();
}

void AppSettings::setSoundsEnabled(bool enabled)
{
    if (m_soundsEnabled == enabled)
        return;
    m_soundsEnabled = enabled;
    m_settings.setValue(QLatin1String(SoundsKey), enabled);
    Q_EMIT soundsEnabledChanged();
}

qreal AppSettings::soundGain() const
{
    // QAudio::convertVolume(LogarithmicVolumeScale -> LinearVolumeScale), without linking Qt Multimedia
    // into the app's start-up: the gain falls off the way loudness is heard.
    if (m_soundVolume >= 1.0)
        return 1.0;
    return -std::log(1.0 - m_soundVolume) / std::log(100.0);
}

void AppSettings::setSoundVolume(qreal volume)
{
    volume = qBound(0.0, volume, 1.0);
    if (qFuzzyCompare(m_soundVolume, volume))
        return;
    m_soundVolume = volume;
    m_settings.setValue(QLatin1String(VolumeKey), volume);
    Q_EMIT soundVolumeChanged();
}

void AppSettings::setReducedMotion(bool reduced)
{
    if (m_reducedMotion == reduced)
        return;
    m_reducedMotion = reduced;
    m_settings.setValue(QLatin1String(ReducedMotionKey), reduced);
    Q_EMIT reducedMotionChanged();
}
