#pragma once

struct AppOptions;

// `pausa --data-dir DIR --subscribe URL --sync` (or `--sync` alone for the existing subscriptions):
// installs or updates courses with no window and no display, for administrators preparing a device and
// for tests. Prints one line per course (installed / updated / unchanged / failed: reason).
namespace HeadlessSync {
// Whether the command line asks for it (looked at before any QGuiApplication exists).
bool wanted(int argc, char *argv[]);
// Runs it under a QCoreApplication; the exit status: 0, 1 when anything failed, 3 when another Pausa
// holds the data folder.
int run(int argc, char *argv[]);
}
