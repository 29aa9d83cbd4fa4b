#include "breathinglog.h"

// Info by default: the one "no audio output" line should reach the log without any set-up.
Q_LOGGING_CATEGORY(lcBreathing, "pausa.breathing", QtInfoMsg)
