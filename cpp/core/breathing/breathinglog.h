#pragma once

#include <QLoggingCategory>

// Logging for breathing exercises and their cue sounds ("pausa.breathing").
Q_DECLARE_LOGGING_CATEGORY(lcBreathing)
