#pragma once

#include "breathingpattern.h"

#include <QList>

// The exercises Pausa ships with; course files can add more.
namespace BuiltInBreathingPatterns {

inline constexpr auto BoxId = u"box";
inline constexpr auto FourSevenEightId = u"4-7-8";
inline constexpr auto CoherentId = u"coherent";
inline constexpr auto SighId = u"sigh";

// Box breathing, 4-7-8, coherent breathing and the physiological sigh, in that order, with titles
// and descriptions in the current UI language.
QList<BreathingPattern> all();

} // namespace BuiltInBreathingPatterns
