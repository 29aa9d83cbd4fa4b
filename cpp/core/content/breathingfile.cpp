#include "breathingfile.h"

#include "contentid.h"
#include "contentlimits.h"
#include "frontmatter.h"
#include "textfile.h"

#include <QLocale>

#include <cmath>

namespace {

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

} // namespace

bool BreathingFile::parsePattern(QStringView value, const QString &path, int line, int column,
                                 QList<BreathingPhase> *phases, Diagnostics *diagnostics)
{
    Diagnostics ignored;
    if (!diagnostics)
        diagnostics = &ignored;
    phases->clear();
    if (value.trimmed().isEmpty()) {
        diagnostics->append(Diagnostic::error(path, line, column,
            QStringLiteral("the pattern is empty; write phases like \"inhale 4, hold 4, exhale 4\"")));
        return false;
    }
    // Counted before anything is parsed, so a pattern of thousands of phases costs no more than its commas.
    if (const qsizetype count = value.count(u',') + 1; count > ContentLimits::maxPhasesPerPattern) {
        qsizetype at = -1;
        for (int i = 0; i < ContentLimits::maxPhasesPerPattern; ++i)
            at = value.indexOf(u',', at + 1);
        do
            ++at;   // to the first phase past the limit
        while (at < value.size() && value[at].isSpace());
        diagnostics->append(ContentLimits::tooMany(path, line, column + int(at), QStringLiteral("the pattern"),
            count, QStringLiteral("phases"), ContentLimits::maxPhasesPerPattern,
            QStringLiteral("write one round of the breathing; the exercise repeats it")));
        return false;
    }
    bool ok = true;
    bool hasInhale = false;
    bool hasExhale = false;
    qsizetype partStart = 0;
    while (partStart <= value.size()) {
        qsizetype partEnd = value.indexOf(u',', partStart);
        if (partEnd < 0)
            partEnd = value.size();
        const QStringView part = value.sliced(partStart, partEnd - partStart);
        // Columns of the part's words, for messages that point at the exact word.
        qsizetype i = 0;
        QList<QStringView> words;
        QList<int> columns;
        while (i < part.size()) {
            while (i < part.size() && part[i].isSpace())
                ++i;
            const qsizetype start = i;
            while (i < part.size() && !part[i].isSpace())
                ++i;
            if (i > start) {
                words.append(part.sliced(start, i - start));
                columns.append(column + int(partStart + start));
            }
        }
        const int partColumn = columns.isEmpty() ? column + int(partStart) : columns.first();
        if (words.isEmpty()) {
            diagnostics->append(Diagnostic::error(path, line, partColumn,
                QStringLiteral("an empty phase: two commas in a row, or a comma at the end")));
            ok = false;
        } else if (words.size() != 2) {
            diagnostics->append(Diagnostic::error(path, line, partColumn,
                QStringLiteral("expected a phase and its seconds, like \"inhale 4\", but found ")
                    + quoted(part.trimmed())));
            ok = false;
        } else {
            BreathingPhase phase;
            const QString kind = words[0].toString().toLower();
            if (kind == u"inhale") {
                phase.kind = BreathingPhase::Kind::Inhale;
                hasInhale = true;
            } else if (kind == u"exhale") {
                phase.kind = BreathingPhase::Kind::Exhale;
                hasExhale = true;
            } else if (kind == u"hold") {
                const bool afterBreath = !phases->isEmpty()
                    && (phases->last().kind == BreathingPhase::Kind::Inhale
                        || phases->last().kind == BreathingPhase::Kind::Exhale);
                if (!afterBreath) {
                    diagnostics->append(Diagnostic::error(path, line, columns[0],
                        QStringLiteral("a hold must come right after an inhale or an exhale")));
                    ok = false;
                }
                phase.kind = !phases->isEmpty() && phases->last().kind == BreathingPhase::Kind::Exhale
                    ? BreathingPhase::Kind::HoldOut
                    : BreathingPhase::Kind::HoldIn;
            } else {
                diagnostics->append(Diagnostic::error(path, line, columns[0],
                    QStringLiteral("unknown phase ") + quoted(words[0])
                        + QStringLiteral(": use inhale, hold or exhale")));
                ok = false;
            }
            bool isNumber = false;
            phase.seconds = QLocale::c().toDouble(words[1], &isNumber);
            if (!isNumber || !std::isfinite(phase.seconds) || phase.seconds < minPhaseSeconds
                || phase.seconds > maxPhaseSeconds) {
                diagnostics->append(Diagnostic::error(path, line, columns[1],
                    QStringLiteral("the seconds of a phase must be a number from 1 to 20 (like 4 or 4.5), found ")
                        + quoted(words[1])));
                ok = false;
            }
            phases->append(phase);
        }
        partStart = partEnd + 1;
    }
    if (ok && (!hasInhale || !hasExhale)) {
        diagnostics->append(Diagnostic::error(path, line, column,
            QStringLiteral("a pattern needs at least one inhale and one exhale")));
        ok = false;
    }
    if (!ok)
        phases->clear();
    return ok;
}

std::optional<BreathingPattern> BreathingFile::read(const QString &path, Diagnostics *diagnostics, int *idLine)
{
    TextFile file;
    if (!file.read(path, path, diagnostics))
        return std::nullopt;
    return parse(file.text(), path, diagnostics, idLine);
}

std::optional<BreathingPattern> BreathingFile::parse(QStringView text, const QString &path,
                                                     Diagnostics *diagnostics, int *idLine)
{
    Diagnostics ignored;
    if (!diagnostics)
        diagnostics = &ignored;
    FrontMatter frontMatter;
    if (!frontMatter.parse(text, path, diagnostics))
        return std::nullopt;
    static const QSet<QString> known{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("pattern"),
                                     QStringLiteral("minutes"), QStringLiteral("cycles")};
    frontMatter.warnUnknownKeys(known, path, diagnostics);

    BreathingPattern pattern;
    pattern.id = frontMatter.string(u"id", true, path, diagnostics);
    pattern.title = frontMatter.string(u"title", true, path, diagnostics);
    const QString phases = frontMatter.string(u"pattern", true, path, diagnostics);
    bool usable = !pattern.id.isEmpty() && !pattern.title.isEmpty() && !phases.isEmpty();
    ContentId::check(pattern.id, frontMatter, path, diagnostics);
    if (const FrontMatterEntry *entry = frontMatter.find(u"id"); entry && idLine)
        *idLine = entry->line;
    if (const FrontMatterEntry *entry = frontMatter.find(u"pattern"); entry && !phases.isEmpty())
        usable = parsePattern(phases, path, entry->line, entry->valueColumn, &pattern.phases, diagnostics) && usable;

    const FrontMatterEntry *minutes = frontMatter.find(u"minutes");
    const FrontMatterEntry *cycles = frontMatter.find(u"cycles");
    // Both is a warning, as in the app: the exercise is whole either way, and the rule (minutes wins) is
    // stated. An error here would fail `check` for a module the app shows as written.
    if (minutes && cycles) {
        diagnostics->append(Diagnostic::warning(path, cycles->line, 1,
            QStringLiteral("give either minutes or cycles, not both: minutes is used and cycles is ignored; "
                           "remove the one you do not mean")));
    }
    if (minutes) {
        bool isNumber = false;
        const double value = QLocale::c().toDouble(minutes->value, &isNumber);
        if (!isNumber || !std::isfinite(value) || value <= 0 || value > 60) {
            diagnostics->append(Diagnostic::error(path, minutes->line, minutes->valueColumn,
                QStringLiteral("minutes must be a number above 0 and at most 60, found ") + quoted(minutes->value)));
        } else {
            pattern.suggestedSeconds = int(std::lround(value * 60));
            pattern.suggestedCycles = 0;
        }
    } else if (cycles) {
        bool isNumber = false;
        const int value = cycles->value.toInt(&isNumber);
        if (!isNumber || value < 1 || value > 100) {
            diagnostics->append(Diagnostic::error(path, cycles->line, cycles->valueColumn,
                QStringLiteral("cycles must be a whole number from 1 to 100, found ") + quoted(cycles->value)));
        } else {
            pattern.suggestedCycles = value;
            pattern.suggestedSeconds = 0;
        }
    }
    pattern.description = text.sliced(frontMatter.bodyOffset()).trimmed().toString();
    pattern.description.remove(u'\r');
    if (!usable)
        return std::nullopt;
    return pattern;
}
