#include "progresslog.h"

Q_LOGGING_CATEGORY(lcProgress, "pausa.progress")
