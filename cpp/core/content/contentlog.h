#pragma once

#include <QLoggingCategory>

// Logging for loading course content ("pausa.content"); enable with QT_LOGGING_RULES="pausa.content.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcContent)
