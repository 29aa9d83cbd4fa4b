#include "xapilog.h"

Q_LOGGING_CATEGORY(lcXapi, "pausa.xapi")
