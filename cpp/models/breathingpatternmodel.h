#pragma once

#include "breathing/breathingpattern.h"

#include <QAbstractListModel>
#include <QList>
#include <QSettings>
#include <QtQml/qqml.h>

#include <optional>

// The breathing exercises on offer: the built-in ones, then those from courses (setCoursePatterns()),
// each with the learner's phase-length adjustments applied and the planned length of a session under
// the chosen length (minutes, cycles, or each exercise's own suggestion). Adjustments and the chosen
// length are kept in QSettings.
class BreathingPatternModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QList<int> lengthChoicesMinutes READ lengthChoicesMinutes CONSTANT)
    Q_PROPERTY(int minCycles READ minCycles CONSTANT)
    Q_PROPERTY(int maxCycles READ maxCycles CONSTANT)
    Q_PROPERTY(int defaultCycles READ defaultCycles CONSTANT)
    // The chosen length: minutes (one of lengthChoicesMinutes) or cycles; with both 0 each exercise runs
    // for its own suggested length. Setting one clears the other.
    Q_PROPERTY(int lengthMinutes READ lengthMinutes WRITE setLengthMinutes NOTIFY lengthChanged)
    Q_PROPERTY(int lengthCycles READ lengthCycles WRITE setLengthCycles NOTIFY lengthChanged)
    // The same choice in the form BreathingSessionModel takes it.
    Q_PROPERTY(int durationSeconds READ durationSeconds NOTIFY lengthChanged)

public:
    enum PhaseKind { Inhale, HoldIn, Exhale, HoldOut };
    Q_ENUM(PhaseKind)

    enum Roles {
        PatternIdRole = Qt::UserRole + 1, // QString: "box", "4-7-8", "coherent", "sigh" or a course's id
        TitleRole,                        // QString, in the UI language
        DescriptionRole,                  // QString: how and when to use it (Markdown)
        RhythmRole,                       // QString: the phase lengths, "4 · 7 · 8"
        PhasesRole,                       // list of {kind, continues, seconds, minSeconds, maxSeconds}, adjusted
        CycleSecondsRole,                 // real: one cycle, adjusted
        PlannedCyclesRole,                // int: cycles a session runs under the chosen length
        PlannedSecondsRole,               // int: how long that takes
        AdjustedRole,                     // bool: the learner changed a phase length
        FromCourseRole,                   // bool: from a course file rather than built in
        CourseTitleRole,                  // QString: the course it comes from; empty for a built-in one
        SectionStartRole,                 // bool: the first exercise of its course (or of the built-in ones)
    };

    explicit BreathingPatternModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QList<int> lengthChoicesMinutes() const;
    int minCycles() const;
    int maxCycles() const;
    int defaultCycles() const;

    int lengthMinutes() const { return m_lengthMinutes; }
    void setLengthMinutes(int minutes);
    int lengthCycles() const { return m_lengthCycles; }
    void setLengthCycles(int cycles);
    int durationSeconds() const { return m_lengthMinutes * 60; }

    // The row of a pattern, or -1.
    Q_INVOKABLE int indexOf(const QString &patternId) const;
    // Makes phase `phaseIndex` of row `row` `steps` half-seconds longer (negative: shorter), within its
    // bounds. Returns whether it changed.
    Q_INVOKABLE bool adjustPhase(int row, int phaseIndex, int steps);
    // Back to the exercise's own phase lengths.
    Q_INVOKABLE void resetPhases(int row);

    // Course patterns, shown after the built-in ones (an id already taken is skipped). Replaces any
    // course patterns given before.
    void setCoursePatterns(const QList<BreathingPattern> &patterns);
    // The same, each course's exercises shown under the course's title.
    struct CourseExercises
    {
        QString courseTitle;
        QList<BreathingPattern> patterns;
    };
    void setCoursePatterns(const QList<CourseExercises> &courses);
    // A pattern with the learner's adjustments, or nothing for an unknown id.
    std::optional<BreathingPattern> pattern(const QString &patternId) const;

Q_SIGNALS:
    void countChanged();
    void lengthChanged();

private:
    struct Row
    {
        BreathingPattern original;
        QList<double> seconds;   // the learner's phase lengths, one per phase
        bool fromCourse = false;
        QString courseTitle;
    };

    Row makeRow(const BreathingPattern &pattern, bool fromCourse) const;
    BreathingPattern adjustedPattern(const Row &row) const;
    QVariantList phaseList(const Row &row) const;
    QString rhythm(const Row &row) const;
    void saveAdjustment(const Row &row);
    void saveLength();

    QSettings m_settings;
    QList<Row> m_rows;
    int m_lengthMinutes = 0;
    int m_lengthCycles = 0;
};
