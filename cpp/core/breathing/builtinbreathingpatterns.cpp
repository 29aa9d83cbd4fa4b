#include "builtinbreathingpatterns.h"

#include <QCoreApplication>

namespace BuiltInBreathingPatterns {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("BreathingPatterns", text);
}

BreathingPhase phase(BreathingPhase::Kind kind, double seconds)
{
    BreathingPhase result;
    result.kind = kind;
    result.seconds = seconds;
    return result;
}

} // namespace

QList<BreathingPattern> all()
{
    using Kind = BreathingPhase::Kind;

    BreathingPattern box;
    box.id = QString::fromUtf16(BoxId);
    box.title = translated(QT_TRANSLATE_NOOP("BreathingPatterns", "Box breathing"));
    box.description = translated(QT_TRANSLATE_NOOP("BreathingPatterns",
        "Four equal steps: in, hold, out, hold. Steadies you before a task or a meeting you dread."));
    box.phases = {phase(Kind::Inhale, 4), phase(Kind::HoldIn, 4), phase(Kind::Exhale, 4), phase(Kind::HoldOut, 4)};
    box.suggestedSeconds = 120;

    BreathingPattern fourSevenEight;
    fourSevenEight.id = QString::fromUtf16(FourSevenEightId);
    fourSevenEight.title = translated(QT_TRANSLATE_NOOP("BreathingPatterns", "4-7-8 breathing"));
    fourSevenEight.description = translated(QT_TRANSLATE_NOOP("BreathingPatterns",
        "In for 4, hold for 7, slowly out for 8. The long breath out helps you wind down after a hard moment at work."));
    fourSevenEight.phases = {phase(Kind::Inhale, 4), phase(Kind::HoldIn, 7), phase(Kind::Exhale, 8)};
    fourSevenEight.suggestedSeconds = 0;
    fourSevenEight.suggestedCycles = 4;

    BreathingPattern coherent;
    coherent.id = QString::fromUtf16(CoherentId);
    coherent.title = translated(QT_TRANSLATE_NOOP("BreathingPatterns", "Coherent breathing"));
    coherent.description = translated(QT_TRANSLATE_NOOP("BreathingPatterns",
        "Slow, even breaths: about five and a half seconds in, the same out. A few calm minutes at the end of a shift."));
    coherent.phases = {phase(Kind::Inhale, 5.5), phase(Kind::Exhale, 5.5)};
    coherent.suggestedSeconds = 300;

    // Two breaths in (a full one, then a short top-up) and one long breath out.
    BreathingPattern sigh;
    sigh.id = QString::fromUtf16(SighId);
    sigh.title = translated(QT_TRANSLATE_NOOP("BreathingPatterns", "Physiological sigh"));
    sigh.description = translated(QT_TRANSLATE_NOOP("BreathingPatterns",
        "Breathe in, then top up with a short second breath in, then let it all out slowly. The quickest way to let tension go."));
    BreathingPhase topUp = phase(Kind::Inhale, 1);
    topUp.minSeconds = 0.5;   // a top-up is a short sip by nature
    topUp.maxSeconds = 2;
    sigh.phases = {phase(Kind::Inhale, 2), topUp, phase(Kind::Exhale, 6)};
    sigh.suggestedSeconds = 60;

    return {box, fourSevenEight, coherent, sigh};
}

} // namespace BuiltInBreathingPatterns
