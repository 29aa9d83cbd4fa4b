#include "breathingpatternmodel.h"

#include <QCoreApplication>

#include "breathing/breathinglog.h"
#include "breathing/breathingrules.h"
#include "breathing/builtinbreathingpatterns.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr auto LengthMinutesKey = "breathing/lengthMinutes";
constexpr auto LengthCyclesKey = "breathing/lengthCycles";

QString adjustmentKey(const QString &patternId)
{
    return QStringLiteral("breathing/phases/") + patternId;
}

static_assert(int(BreathingPhase::Kind::Inhale) == BreathingPatternModel::Inhale);
static_assert(int(BreathingPhase::Kind::HoldIn) == BreathingPatternModel::HoldIn);
static_assert(int(BreathingPhase::Kind::Exhale) == BreathingPatternModel::Exhale);
static_assert(int(BreathingPhase::Kind::HoldOut) == BreathingPatternModel::HoldOut);

} // namespace

BreathingPatternModel::BreathingPatternModel(QObject *parent)
    : QAbstractListModel(parent)
{
    const QList<BreathingPattern> builtIns = BuiltInBreathingPatterns::all();
    for (const BreathingPattern &builtIn : builtIns)
        m_rows.append(makeRow(builtIn, false));

    const QList<int> choices = lengthChoicesMinutes();
    const int minutes = m_settings.value(QLatin1String(LengthMinutesKey), 0).toInt();
    const int cycles = m_settings.value(QLatin1String(LengthCyclesKey), 0).toInt();
    if (choices.contains(minutes))
        m_lengthMinutes = minutes;
    else if (cycles > 0)
        m_lengthCycles = std::clamp(cycles, minCycles(), maxCycles());
}

int BreathingPatternModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BreathingPatternModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    // Built-in texts are English sources (the model may exist before a translator is installed), so they
    // are translated when read; a course's texts are shown as written.
    case Qt::DisplayRole:
    case TitleRole:
        return row.fromCourse ? row.original.title
                              : QCoreApplication::translate("BreathingPatterns", qPrintable(row.original.title));
    case PatternIdRole:
        return row.original.id;
    case DescriptionRole:
        return row.fromCourse ? row.original.description
                              : QCoreApplication::translate("BreathingPatterns", qPrintable(row.original.description));
    case RhythmRole:
        return rhythm(row);
    case PhasesRole:
        return phaseList(row);
    case CycleSecondsRole: {
        double total = 0;
        for (double seconds : row.seconds)
            total += seconds;
        return total;
    }
    case PlannedCyclesRole:
        return BreathingRules::cyclesFor(adjustedPattern(row), durationSeconds(), m_lengthCycles);
    case PlannedSecondsRole: {
        const BreathingPattern pattern = adjustedPattern(row);
        const qint64 ms = BreathingRules::cycleMs(pattern)
            * BreathingRules::cyclesFor(pattern, durationSeconds(), m_lengthCycles);
        return int((ms + 500) / 1000);
    }
    case AdjustedRole:
        for (qsizetype i = 0; i < row.seconds.size(); ++i) {
            if (row.seconds.at(i) != row.original.phases.at(i).seconds)
                return true;
        }
        return false;
    case FromCourseRole:
        return row.fromCourse;
    case CourseTitleRole:
        return row.courseTitle;
    case SectionStartRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).courseTitle != row.courseTitle
            || m_rows.at(index.row() - 1).fromCourse != row.fromCourse;
    }
    return {};
}

QHash<int, QByteArray> BreathingPatternModel::roleNames() const
{
    return {
        {PatternIdRole, "patternId"},
        {TitleRole, "title"},
        {DescriptionRole, "description"},
        {RhythmRole, "rhythm"},
        {PhasesRole, "phases"},
        {CycleSecondsRole, "cycleSeconds"},
        {PlannedCyclesRole, "plannedCycles"},
        {PlannedSecondsRole, "plannedSeconds"},
        {AdjustedRole, "adjusted"},
        {FromCourseRole, "fromCourse"},
        {CourseTitleRole, "courseTitle"},
        {SectionStartRole, "sectionStart"},
    };
}

QList<int> BreathingPatternModel::lengthChoicesMinutes() const
{
    return BreathingRules::lengthChoicesMinutes();
}

int BreathingPatternModel::minCycles() const
{
    return BreathingRules::MinCycles;
}

int BreathingPatternModel::maxCycles() const
{
    return BreathingRules::MaxCycles;
}

int BreathingPatternModel::defaultCycles() const
{
    return BreathingRules::DefaultCycles;
}

void BreathingPatternModel::setLengthMinutes(int minutes)
{
    if (!lengthChoicesMinutes().contains(minutes))
        minutes = 0;
    if (m_lengthMinutes == minutes && (minutes == 0 || m_lengthCycles == 0))
        return;
    m_lengthMinutes = minutes;
    if (minutes > 0)
        m_lengthCycles = 0;
    saveLength();
}

void BreathingPatternModel::setLengthCycles(int cycles)
{
    cycles = cycles > 0 ? std::clamp(cycles, minCycles(), maxCycles()) : 0;
    if (m_lengthCycles == cycles && (cycles == 0 || m_lengthMinutes == 0))
        return;
    m_lengthCycles = cycles;
    if (cycles > 0)
        m_lengthMinutes = 0;
    saveLength();
}

int BreathingPatternModel::indexOf(const QString &patternId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).original.id == patternId)
            return int(i);
    }
    return -1;
}

bool BreathingPatternModel::adjustPhase(int row, int phaseIndex, int steps)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &target = m_rows[row];
    if (phaseIndex < 0 || phaseIndex >= target.seconds.size())
        return false;
    const double before = target.seconds.at(phaseIndex);
    const double after = BreathingRules::clampPhaseSeconds(target.original.phases.at(phaseIndex),
                                                           before + steps * BreathingRules::AdjustStepSeconds);
    if (after == before)
        return false;
    target.seconds[phaseIndex] = after;
    saveAdjustment(target);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed,
                       {RhythmRole, PhasesRole, CycleSecondsRole, PlannedCyclesRole, PlannedSecondsRole, AdjustedRole});
    return true;
}

void BreathingPatternModel::resetPhases(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &target = m_rows[row];
    QList<double> original;
    for (const BreathingPhase &phase : std::as_const(target.original.phases))
        original.append(phase.seconds);
    if (target.seconds == original)
        return;
    target.seconds = original;
    saveAdjustment(target);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed,
                       {RhythmRole, PhasesRole, CycleSecondsRole, PlannedCyclesRole, PlannedSecondsRole, AdjustedRole});
}

void BreathingPatternModel::setCoursePatterns(const QList<BreathingPattern> &patterns)
{
    setCoursePatterns(QList<CourseExercises>{{QString(), patterns}});
}

void BreathingPatternModel::setCoursePatterns(const QList<CourseExercises> &courses)
{
    beginResetModel();
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.fromCourse; }),
                 m_rows.end());
    for (const CourseExercises &course : courses) {
        for (const BreathingPattern &pattern : course.patterns) {
            if (pattern.phases.isEmpty() || indexOf(pattern.id) >= 0) {
                qCWarning(lcBreathing) << "Skipping course breathing pattern" << pattern.id
                                       << (pattern.phases.isEmpty() ? "without phases" : "with an id already in use");
                continue;
            }
            m_rows.append(makeRow(pattern, true));
            m_rows.last().courseTitle = course.courseTitle;
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

std::optional<BreathingPattern> BreathingPatternModel::pattern(const QString &patternId) const
{
    const int row = indexOf(patternId);
    if (row < 0)
        return std::nullopt;
    return adjustedPattern(m_rows.at(row));
}

BreathingPatternModel::Row BreathingPatternModel::makeRow(const BreathingPattern &pattern, bool fromCourse) const
{
    Row row;
    row.original = pattern;
    row.fromCourse = fromCourse;
    for (const BreathingPhase &phase : pattern.phases)
        row.seconds.append(phase.seconds);
    // The learner's lengths from last time, if they still fit this pattern.
    const QVariantList saved = m_settings.value(adjustmentKey(pattern.id)).toList();
    if (saved.size() == pattern.phases.size()) {
        for (qsizetype i = 0; i < saved.size(); ++i)
            row.seconds[i] = BreathingRules::clampPhaseSeconds(pattern.phases.at(i), saved.at(i).toDouble());
    }
    return row;
}

BreathingPattern BreathingPatternModel::adjustedPattern(const Row &row) const
{
    return BreathingRules::adjusted(row.original, row.seconds);
}

QVariantList BreathingPatternModel::phaseList(const Row &row) const
{
    QVariantList phases;
    for (qsizetype i = 0; i < row.seconds.size(); ++i) {
        const BreathingPhase &phase = row.original.phases.at(i);
        phases.append(QVariantMap{
            {QStringLiteral("kind"), int(phase.kind)},
            {QStringLiteral("continues"), BreathingRules::continuesPrevious(row.original, int(i))},
            {QStringLiteral("seconds"), row.seconds.at(i)},
            {QStringLiteral("minSeconds"), BreathingRules::minPhaseSeconds(phase)},
            {QStringLiteral("maxSeconds"), BreathingRules::maxPhaseSeconds(phase)},
        });
    }
    return phases;
}

QString BreathingPatternModel::rhythm(const Row &row) const
{
    QStringList parts;
    const QLocale locale;
    for (double seconds : row.seconds)
        parts.append(locale.toString(seconds, 'g', 3));
    return parts.join(QStringLiteral(" · "));
}

void BreathingPatternModel::saveAdjustment(const Row &row)
{
    QVariantList list;
    for (double seconds : row.seconds)
        list.append(seconds);
    m_settings.setValue(adjustmentKey(row.original.id), list);
}

void BreathingPatternModel::saveLength()
{
    m_settings.setValue(QLatin1String(LengthMinutesKey), m_lengthMinutes);
    m_settings.setValue(QLatin1String(LengthCyclesKey), m_lengthCycles);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {PlannedCyclesRole, PlannedSecondsRole});
    Q_EMIT lengthChanged();
}
