#include "contentlog.h"

Q_LOGGING_CATEGORY(lcContent, "pausa.content", QtWarningMsg)
