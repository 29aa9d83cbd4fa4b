#pragma once

class QQuickWindow;

// For the startup benchmark: when the window has shown its first frame, prints "FIRST_FRAME" with the
// process's peak resident memory (kB, from /proc/self/status) and quits.
void exitAfterFirstFrame(QQuickWindow *window);
