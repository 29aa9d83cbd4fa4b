#pragma once

#include <QLoggingCategory>

// The progress store's logging category, "pausa.progress": technical detail of storage problems goes
// here; the learner only ever sees the plain sentences of ProgressStore::lastError() / OpenResult.
Q_DECLARE_LOGGING_CATEGORY(lcProgress)
