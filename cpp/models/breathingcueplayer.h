#pragma once

#include "breathingpatternmodel.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqml.h>

#include <array>

class QMediaDevices;
class QSoundEffect;

// The soft cue at each phase change of a breathing exercise: one sound for breathing in, one for
// holding, one for breathing out. The only piece of Pausa that touches Qt Multimedia.
//
// With no audio output it stays silent and says so in one log line: QSoundEffect would otherwise
// report itself "playing" forever on such a system (shared/PLATFORM.md), so it is not even created.
class BreathingCuePlayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    // 0..1 as on a volume slider (perceptual); converted to the linear scale QSoundEffect wants.
    Q_PROPERTY(qreal volume READ volume WRITE setVolume NOTIFY volumeChanged)
    // Whether there is an audio output to play to (checked once cues are first needed).
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)

public:
    explicit BreathingCuePlayer(QObject *parent = nullptr);
    ~BreathingCuePlayer() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    qreal volume() const { return m_volume; }
    void setVolume(qreal volume);
    bool isAvailable() const { return m_available; }

    // Loads the sounds ahead of the first cue (a no-op when disabled or without audio output).
    Q_INVOKABLE void prepare();
    // Plays the cue for a phase that just began.
    Q_INVOKABLE void play(BreathingPatternModel::PhaseKind kind);

    // Where the cue for a phase kind lives (the Pausa module's resources).
    static QUrl sourceFor(BreathingPatternModel::PhaseKind kind);

Q_SIGNALS:
    void enabledChanged();
    void volumeChanged();
    void availableChanged();

private:
    enum Cue { InhaleCue, HoldCue, ExhaleCue, CueCount };

    void checkOutputs();
    void createEffects();
    void destroyEffects();
    void applyVolume();

    bool m_enabled = true;
    qreal m_volume = 0.6;
    bool m_available = false;
    bool m_checked = false;
    QMediaDevices *m_devices = nullptr;
    std::array<QSoundEffect *, CueCount> m_effects{};
};
