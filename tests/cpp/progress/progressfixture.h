#pragma once

#include "progress/progressstore.h"

// A small, fixed learner history (course "fixture-course", January 2026, every event at a whole
// UTC hour between 08:00 and 12:00, so the local dates are the same in any time zone from UTC-8 to
// UTC+11). progress_fixture_writer records it into data/progress-v<N>.db; tst_progressrecovery
// opens those files and compares them with the same history recorded fresh.
namespace ProgressFixture {

QString courseId();
// The course as it was when the history was recorded.
QList<ProgressStore::ModuleStructure> structure();
// Records the history; false (with store.lastError()) when a write fails.
bool record(ProgressStore &store);
// UTC time on a January 2026 day.
QDateTime at(int day, int hour);
// Every figure a screen can read about the fixture course, as text: two stores holding the same
// history give the same text.
QString describe(ProgressStore &store);

} // namespace ProgressFixture
