#pragma once

#include <QLoggingCategory>

// "pausa.xapi": what the sender did and what the LRS answered. Never credentials: the Basic auth
// header and the secret are never passed to the log.
Q_DECLARE_LOGGING_CATEGORY(lcXapi)
