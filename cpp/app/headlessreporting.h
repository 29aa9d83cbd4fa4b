#pragma once

// `pausa --data-dir DIR --send-results` and `pausa --join LINK`: reporting's command-line side,
// with no window and no display (a QCoreApplication, made before any QGuiApplication).
// Returns -1 when the command line asks for neither (main then starts the app), else the exit code:
// --send-results 0 when nothing is left waiting, 1 otherwise; --join 0, or 2 for a bad link.
int runHeadlessReporting(int argc, char *argv[]);
