#include "breathingcueplayer.h"

#include "breathing/breathinglog.h"

#include <QAudio>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>

namespace {

// Logged once per run, however many exercises are done without a sound card.
bool s_loggedNoOutput = false;

} // namespace

BreathingCuePlayer::BreathingCuePlayer(QObject *parent)
    : QObject(parent)
{
}

BreathingCuePlayer::~BreathingCuePlayer() = default;

void BreathingCuePlayer::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        for (QSoundEffect *effect : m_effects) {
            if (effect)
                effect->stop();
        }
    }
    Q_EMIT enabledChanged();
}

void BreathingCuePlayer::setVolume(qreal volume)
{
    volume = qBound(0.0, volume, 1.0);
    if (qFuzzyCompare(m_volume, volume))
        return;
    m_volume = volume;
    applyVolume();
    Q_EMIT volumeChanged();
}

void BreathingCuePlayer::prepare()
{
    if (!m_enabled)
        return;
    if (!m_checked)
        checkOutputs();
    if (m_available && !m_effects[InhaleCue])
        createEffects();
}

void BreathingCuePlayer::play(BreathingPatternModel::PhaseKind kind)
{
    if (!m_enabled || m_volume <= 0)
        return;
    prepare();
    if (!m_available)
        return;
    const Cue cue = kind == BreathingPatternModel::Inhale ? InhaleCue
                  : kind == BreathingPatternModel::Exhale ? ExhaleCue : HoldCue;
    QSoundEffect *effect = m_effects[cue];
    if (effect && effect->status() != QSoundEffect::Error)
        effect->play();
}

QUrl BreathingCuePlayer::sourceFor(BreathingPatternModel::PhaseKind kind)
{
    switch (kind) {
    case BreathingPatternModel::Inhale:
        return QUrl(QStringLiteral("qrc:/qt/qml/Pausa/sounds/breathe-in.wav"));
    case BreathingPatternModel::Exhale:
        return QUrl(QStringLiteral("qrc:/qt/qml/Pausa/sounds/breathe-out.wav"));
    case BreathingPatternModel::HoldIn:
    case BreathingPatternModel::HoldOut:
        break;
    }
    return QUrl(QStringLiteral("qrc:/qt/qml/Pausa/sounds/hold.wav"));
}

void BreathingCuePlayer::checkOutputs()
{
    m_checked = true;
    if (!m_devices) {
        // Follows a headset being plugged in or out during an exercise.
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioOutputsChanged, this, [this] {
            destroyEffects();   // they are bound to the old default output
            checkOutputs();
            if (m_available && m_enabled)
                createEffects();
        });
    }
    const bool available = !QMediaDevices::audioOutputs().isEmpty();
    if (!available && !s_loggedNoOutput) {
        s_loggedNoOutput = true;
        qCInfo(lcBreathing, "No audio output found; breathing cues are silent.");
    }
    if (m_available != available) {
        m_available = available;
        Q_EMIT availableChanged();
    }
}

void BreathingCuePlayer::createEffects()
{
    const BreathingPatternModel::PhaseKind kinds[CueCount] = {BreathingPatternModel::Inhale,
                                                              BreathingPatternModel::HoldIn,
                                                              BreathingPatternModel::Exhale};
    for (int cue = 0; cue < CueCount; ++cue) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(sourceFor(kinds[cue]));
        connect(effect, &QSoundEffect::statusChanged, this, [effect] {
            if (effect->status() == QSoundEffect::Error)
                qCWarning(lcBreathing) << "Cannot load the breathing cue" << effect->source();
        });
        m_effects[cue] = effect;
    }
    applyVolume();
}

void BreathingCuePlayer::destroyEffects()
{
    for (QSoundEffect *&effect : m_effects) {
        delete effect;
        effect = nullptr;
    }
}

void BreathingCuePlayer::applyVolume()
{
    const float linear = QAudio::convertVolume(float(m_volume), QAudio::LogarithmicVolumeScale,
                                               QAudio::LinearVolumeScale);
    for (QSoundEffect *effect : m_effects) {
        if (effect)
            effect->setVolume(linear);
    }
}
